package org.vigil.web;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * How to run the web app. {@code dbUrl} empty means the embedded SQLite store in {@code data}; otherwise a
 * PostgreSQL URL (user and password from {@code VIGIL_DB_USER} / {@code VIGIL_DB_PASSWORD}, the log key in
 * {@code data}). {@code alerts} and {@code priorities} are JSON Lines files (spec §2.2, §2.3) until the engines
 * plug in; {@code policeUk} are data.police.uk street-level CSVs for the force chart. Port 0 picks a free port.
 */
public record WebOptions(Path data, String host, int port, String dbUrl, Path alerts, Path priorities,
                         List<Path> policeUk, Duration idleTimeout, Duration escalateAfter, boolean secureCookies,
                         int readers, PrintStream notices) {
    public WebOptions {
        if (data == null) {
            throw new IllegalArgumentException("the web app needs a data directory");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        policeUk = policeUk == null ? List.of() : List.copyOf(policeUk);
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
        escalateAfter = escalateAfter == null ? Duration.ofHours(48) : escalateAfter;
        readers = readers < 1 ? 4 : readers;
        notices = notices == null ? System.err : notices;
    }

    /** Defaults: loopback, port 8080, embedded store, 30-minute idle timeout, escalation after 48 hours. */
    public static WebOptions defaults(Path data) {
        return new WebOptions(data, "127.0.0.1", 8080, null, null, null, List.of(), null, null, false, 4, null);
    }

    public WebOptions withPort(int port) {
        return copy(d -> d.port = port);
    }

    public WebOptions withHost(String host) {
        return copy(d -> d.host = host);
    }

    public WebOptions withDbUrl(String dbUrl) {
        return copy(d -> d.dbUrl = dbUrl);
    }

    public WebOptions withAlerts(Path alerts) {
        return copy(d -> d.alerts = alerts);
    }

    public WebOptions withPriorities(Path priorities) {
        return copy(d -> d.priorities = priorities);
    }

    public WebOptions withPoliceUk(List<Path> files) {
        return copy(d -> d.policeUk = files);
    }

    public WebOptions withIdleTimeout(Duration idleTimeout) {
        return copy(d -> d.idleTimeout = idleTimeout);
    }

    public WebOptions withEscalateAfter(Duration escalateAfter) {
        return copy(d -> d.escalateAfter = escalateAfter);
    }

    /** Marks cookies Secure: set it when the app is served over HTTPS (behind a TLS proxy). */
    public WebOptions withSecureCookies(boolean secure) {
        return copy(d -> d.secureCookies = secure);
    }

    public WebOptions withReaders(int readers) {
        return copy(d -> d.readers = readers);
    }

    public WebOptions withNotices(PrintStream notices) {
        return copy(d -> d.notices = notices);
    }

    /** The one copy path of the withers: these options with {@code change} made, checked and defaulted again. */
    private WebOptions copy(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new WebOptions(d.data, d.host, d.port, d.dbUrl, d.alerts, d.priorities, d.policeUk, d.idleTimeout,
                d.escalateAfter, d.secureCookies, d.readers, d.notices);
    }

    /** The fields of a {@link WebOptions} while a wither changes one of them. */
    private static final class Draft {
        Path data;
        String host;
        int port;
        String dbUrl;
        Path alerts;
        Path priorities;
        List<Path> policeUk;
        Duration idleTimeout;
        Duration escalateAfter;
        boolean secureCookies;
        int readers;
        PrintStream notices;

        Draft(WebOptions o) {
            data = o.data;
            host = o.host;
            port = o.port;
            dbUrl = o.dbUrl;
            alerts = o.alerts;
            priorities = o.priorities;
            policeUk = o.policeUk;
            idleTimeout = o.idleTimeout;
            escalateAfter = o.escalateAfter;
            secureCookies = o.secureCookies;
            readers = o.readers;
            notices = o.notices;
        }
    }
}
