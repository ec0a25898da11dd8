package org.vigil.web.db;

/** The web tables could not be read or written. */
public final class WebDatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WebDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
