package org.vigil.log;

/** A signed note that the verifier's key does not vouch for, with the reason. */
public final class NoteVerificationException extends VerificationException {

    private static final long serialVersionUID = 1L;

    /** Why a note was rejected. */
    public enum Reason {
        /** The text is not a C2SP signed note: no blank line, a bad signature line, control characters. */
        MALFORMED_NOTE,
        /** No signature line carries the verifier's key name and key ID. */
        NO_SIGNATURE_BY_KEY,
        /** A signature by the verifier's key does not verify over the note text. */
        BAD_SIGNATURE
    }

    private final Reason reason;

    NoteVerificationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    NoteVerificationException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why the note was rejected. */
    public Reason reason() {
        return reason;
    }
}
