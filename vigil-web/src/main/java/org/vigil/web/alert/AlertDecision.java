package org.vigil.web.alert;

import java.time.Instant;
import java.util.List;

/**
 * A supervisor's decision on an alert: the outcome, the reason, who and when, the log leaf recording it, and how many
 * updates on new evidence the alert had then ({@code versions}): an alert updated since is decided again.
 */
public record AlertDecision(String alertId, String outcome, String reason, String decidedBy, Instant at, long leaf,
                            int versions) {
    /** The outcomes a supervisor can choose. */
    public static final List<String> OUTCOMES = List.of("act", "refer", "monitor", "no_further_action");
}
