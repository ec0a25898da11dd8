package org.vigil.linkage.model;

import org.vigil.linkage.LinkageException;

/** A saved model that cannot be read: not JSON, another format, or parameters that do not fit. */
public final class ModelFormatException extends LinkageException {
    private static final long serialVersionUID = 1L;

    public ModelFormatException(String message) {
        super(message);
    }

    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
