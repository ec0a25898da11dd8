package org.vigil.ingest;

import org.vigil.concern.Submission;

/** One input line's fate: a submission, or a reason to reject it; from input {@code source}, line {@code line}. */
record Outcome(int source, long line, Submission submission, String reason, byte[] raw) {
}
