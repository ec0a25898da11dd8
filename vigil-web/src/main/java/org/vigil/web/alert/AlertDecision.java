package org.vigil.web.alert;

import java.time.Instant;
import java.util.List;

/** A supervisor's decision on an alert: the outcome, the reason, who and when, and the log leaf recording it. */
public record AlertDecision(String alertId, String outcome, String reason, String decidedBy, Instant at, long leaf) {
    /** The outcomes a supervisor can choose. */
    public static final List<String> OUTCOMES = List.of("act", "refer", "monitor", "no_further_action");
}
