package org.vigil.concern;

/** A line that cannot be accepted. The message is a plain-language reason meant for the agency that sent it. */
public final class InvalidRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidRecordException(String reason) {
        super(reason);
    }
}
