package org.vigil.ingest;

import java.io.IOException;

/** The input ended in the middle of a compressed stream: everything before {@code lineNumber} was read whole. */
final class TruncatedInputException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long lineNumber;
    private final transient byte[] partial;

    TruncatedInputException(long lineNumber, byte[] partial, String reason) {
        super(reason);
        this.lineNumber = lineNumber;
        this.partial = partial.clone();
    }

    long lineNumber() {
        return lineNumber;
    }

    byte[] partial() {
        return partial.clone();
    }
}
