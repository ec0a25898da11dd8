package org.vigil.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: at most {@code perAccount} failed logins for one username from one address, and
 * {@code perAddress} from one address for any username, within a sliding {@code window}. A success clears the
 * username's count for that address.
 */
public final class LoginThrottle {
    private final Clock clock;
    private final Duration window;
    private final int perAccount;
    private final int perAddress;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, Duration window, int perAccount, int perAddress) {
        this.clock = clock;
        this.window = window;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /** Seconds to wait before another try is allowed, or 0 if it is allowed now. */
    public long retryAfterSeconds(String address, String username) {
        Instant now = clock.instant();
        long account = wait(accountKey(address, username), perAccount, now);
        long any = wait("ip " + address, perAddress, now);
        return Math.max(account, any);
    }

    public void failed(String address, String username) {
        Instant now = clock.instant();
        record(accountKey(address, username), now);
        record("ip " + address, now);
    }

    public void succeeded(String address, String username) {
        failures.remove(accountKey(address, username));
    }

    private long wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return 0;
            }
            return Math.max(1, Duration.between(now, times.peekFirst().plus(window)).toSeconds());
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static String accountKey(String address, String username) {
        return "account " + address + " " + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }
}
