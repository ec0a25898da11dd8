package org.vigil.alerts.observation;

import java.time.Instant;
import java.util.Comparator;

/**
 * Something the engine is told, in event time: a concern, a decision, or linkage joining two persons. The caller
 * (the core) parses, stores and links records; the engine sees only these values, so it holds no storage and does no
 * linkage of its own.
 */
public sealed interface Observation permits ConcernObserved, DecisionObserved, PersonsMerged {

    /**
     * Replay order: event time, then {@link #recordId()}. Replaying the same observations in this order gives the same
     * alerts with the same ids.
     */
    Comparator<Observation> EVENT_ORDER =
            Comparator.comparing(Observation::at).thenComparing(Observation::recordId);

    /** Event time (interchange §1): a concern's {@code received}, a decision's {@code at}, a merge's {@code at}. */
    Instant at();

    /** The id of the record this observation comes from; it breaks ties in event time. */
    String recordId();
}
