package org.vigil.concern;

import java.time.Instant;

/** A concern or a decision, once validated. */
public sealed interface ParsedRecord permits Concern, Decision {
    /** The record's {@code id}, unique across all inputs. */
    String id();

    /** The wire name of its type: "concern" or "decision". */
    String type();

    /** Event time: {@code received} for a concern, {@code at} for a decision. */
    Instant eventTime();

    /** The stable id of the professional who submitted or decided it. */
    String actor();
}
