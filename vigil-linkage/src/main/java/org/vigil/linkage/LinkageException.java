package org.vigil.linkage;

/**
 * Root of the linkage library's exceptions. Subclasses separate a caller's bad input
 * ({@link org.vigil.linkage.csv.InputException}) from a model that cannot be read
 * ({@link org.vigil.linkage.model.ModelFormatException}).
 */
public abstract class LinkageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected LinkageException(String message) {
        super(message);
    }

    protected LinkageException(String message, Throwable cause) {
        super(message, cause);
    }
}
