package org.vigil.web;

/**
 * A request the app refuses, with the HTTP status it maps to (in {@link Failures}, the one place that maps them).
 * The message is shown to the user, so it never holds data they may not see.
 */
public class WebException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public WebException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** 400: the request itself is wrong (a bad record, a missing reason). */
    public static WebException badRequest(String message) {
        return new WebException(400, message);
    }

    /** 401: nobody is logged in. */
    public static WebException notLoggedIn() {
        return new WebException(401, "please log in");
    }

    /** 403: logged in, but not allowed. */
    public static WebException forbidden(String message) {
        return new WebException(403, message);
    }

    public static WebException notFound(String message) {
        return new WebException(404, message);
    }

    public static WebException tooManyRequests(String message) {
        return new WebException(429, message);
    }
}
