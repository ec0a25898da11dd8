package org.vigil.linkage.csv;

import org.vigil.linkage.LinkageException;

/** Input the caller must fix: a missing file or column, an empty or repeated id, a forbidden column. */
public final class InputException extends LinkageException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
