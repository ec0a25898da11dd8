package org.vigil.web.auth;

import java.time.Instant;

/**
 * A logged-in session: whose it is, its CSRF token, when it began and when it was last used. The token itself is
 * only in the cookie; the database keeps its SHA-256.
 */
public final class Session {
    private final String tokenSha256;
    private final String username;
    private final String csrfToken;
    private final Instant created;
    private volatile Instant seen;
    private volatile Instant stored;

    Session(String tokenSha256, String username, String csrfToken, Instant created, Instant seen) {
        this.tokenSha256 = tokenSha256;
        this.username = username;
        this.csrfToken = csrfToken;
        this.created = created;
        this.seen = seen;
        this.stored = seen;
    }

    String tokenSha256() {
        return tokenSha256;
    }

    public String username() {
        return username;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Instant created() {
        return created;
    }

    public Instant seen() {
        return seen;
    }

    void touch(Instant now) {
        seen = now;
    }

    Instant stored() {
        return stored;
    }

    void stored(Instant at) {
        stored = at;
    }
}
