package org.vigil.log;

import java.util.Optional;

/**
 * A proof that does not check: it has the wrong number of hashes for its sizes, or it leads to a root
 * other than the expected one. Carries both roots when a root was calculated.
 */
public final class ProofFailedException extends VerificationException {

    private static final long serialVersionUID = 1L;

    private final transient Hash expected;
    private final transient Hash calculated;

    ProofFailedException(String message) {
        super(message);
        this.expected = null;
        this.calculated = null;
    }

    ProofFailedException(String what, Hash expected, Hash calculated) {
        super(what + ": calculated " + calculated + ", expected " + expected);
        this.expected = expected;
        this.calculated = calculated;
    }

    /** The root the caller trusted, if the check got as far as calculating one. */
    public Optional<Hash> expectedRoot() {
        return Optional.ofNullable(expected);
    }

    /** The root the proof leads to, if the check got as far as calculating one. */
    public Optional<Hash> calculatedRoot() {
        return Optional.ofNullable(calculated);
    }
}
