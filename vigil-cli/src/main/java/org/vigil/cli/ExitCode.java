package org.vigil.cli;

/** Every exit status the command line uses, in one place. */
public final class ExitCode {
    /** The work was done. */
    public static final int OK = 0;
    /** The work failed: the store, a file or the network could not be used. */
    public static final int FAILED = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;
    /** Some input records were rejected and quarantined; every valid one was accepted. */
    public static final int REJECTED = 3;
    /** {@code verify} found the store or the log not as it was logged and signed. */
    public static final int TAMPERED = 4;
    /** What was asked for does not exist (an unknown record id, a tree size beyond the log). */
    public static final int NOT_FOUND = 5;

    private ExitCode() {
    }
}
