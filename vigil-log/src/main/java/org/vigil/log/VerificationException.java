package org.vigil.log;

/**
 * Evidence that something presented as part of the log does not hold: a proof that fails, or a note
 * without a good signature. Bad input that no log could answer is an {@link IllegalArgumentException}
 * instead.
 */
public abstract sealed class VerificationException extends RuntimeException
        permits ProofFailedException, NoteVerificationException {

    private static final long serialVersionUID = 1L;

    VerificationException(String message) {
        super(message);
    }

    VerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
