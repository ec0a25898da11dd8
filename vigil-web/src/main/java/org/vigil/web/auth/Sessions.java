package org.vigil.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.vigil.ledger.Ledger;
import org.vigil.web.db.WebDatabase;

/**
 * Server-side sessions. A session token is 256 random bits, sent only in an HttpOnly SameSite=Strict cookie; the
 * database keeps its SHA-256. A session ends after {@code idleTimeout} without a request, after {@code maxAge} in
 * any case, and at logout. Every login starts a new session (a new id), so a token planted before login is useless.
 */
public final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration STORE_SEEN_EVERY = Duration.ofMinutes(1);

    private final WebDatabase db;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration maxAge;
    private final Map<String, Session> cache = new ConcurrentHashMap<>();

    public Sessions(WebDatabase db, Clock clock, Duration idleTimeout, Duration maxAge) {
        this.db = db;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.maxAge = maxAge;
    }

    /** A new random token, URL-safe base64 of 32 bytes. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Starts a session for {@code username}; returns the token for the cookie. */
    public String start(String username) {
        String token = newToken();
        Instant now = clock.instant();
        Session session = new Session(sha256(token), username, newToken(), now, now);
        db.update("INSERT INTO web_session (token_sha256, username, csrf_token, created_us, seen_us) VALUES (?, ?, ?, ?, ?)",
                session.tokenSha256(), username, session.csrfToken(), Ledger.micros(now), Ledger.micros(now));
        cache.put(session.tokenSha256(), session);
        return token;
    }

    /** The live session for this token, touched; empty if unknown, idle too long or too old (and then ended). */
    public Optional<Session> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String key = sha256(token);
        Session session = cache.computeIfAbsent(key, this::load);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(session.seen().plus(idleTimeout)) || now.isAfter(session.created().plus(maxAge))) {
            end(token);
            return Optional.empty();
        }
        session.touch(now);
        if (now.isAfter(session.stored().plus(STORE_SEEN_EVERY))) {
            session.stored(now);
            db.update("UPDATE web_session SET seen_us = ? WHERE token_sha256 = ?", Ledger.micros(now), key);
        }
        return Optional.of(session);
    }

    private Session load(String key) {
        return db.first("SELECT token_sha256, username, csrf_token, created_us, seen_us FROM web_session"
                + " WHERE token_sha256 = ?", rs -> new Session(rs.getString(1), rs.getString(2), rs.getString(3),
                micros(rs.getLong(4)), micros(rs.getLong(5))), key).orElse(null);
    }

    /** Ends the session with this token, if any. */
    public void end(String token) {
        if (token == null) {
            return;
        }
        String key = sha256(token);
        cache.remove(key);
        db.update("DELETE FROM web_session WHERE token_sha256 = ?", key);
    }

    /** Ends every session of an account (when it is disabled or its password changes). */
    public void endAllFor(String username) {
        cache.values().removeIf(s -> s.username().equals(username));
        db.update("DELETE FROM web_session WHERE username = ?", username);
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Constant-time comparison of two tokens. */
    public static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
    }

    private static Instant micros(long us) {
        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1_000L);
    }
}
