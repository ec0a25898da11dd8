package org.vigil.web.audit;

import java.time.Instant;
import java.util.List;

/**
 * One logged event about a person or concern: its leaf in the log, when it was logged, who did what to which target,
 * and why (for a record, the agency's submission or decision; for an access, the stated purpose). For an access,
 * {@code purpose} also says whether that purpose is the one the log entry commits to; for a record it is null. An
 * access that showed other persons and concerns beside its target (a page, a queue, an export) names in {@code showed}
 * those of them asked about, and in {@code shownInAll} how many it showed.
 */
public record KnowledgeEvent(long leaf, Instant at, String actor, String action, String target, String reason,
                             StatedPurpose purpose, List<String> showed, int shownInAll) {
    /** An event that showed nothing beyond its target. */
    public KnowledgeEvent(long leaf, Instant at, String actor, String action, String target, String reason,
                          StatedPurpose purpose) {
        this(leaf, at, actor, action, target, reason, purpose, List.of(), 0);
    }

    public KnowledgeEvent {
        showed = List.copyOf(showed);
    }
}
