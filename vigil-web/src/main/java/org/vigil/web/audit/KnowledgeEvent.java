package org.vigil.web.audit;

import java.time.Instant;

/**
 * One logged event about a person or concern: its leaf in the log, when it was logged, who did what to which target,
 * and why (for a record, the agency's submission or decision; for an access, the stated purpose). For an access,
 * {@code purpose} also says whether that purpose is the one the log entry commits to; for a record it is null.
 */
public record KnowledgeEvent(long leaf, Instant at, String actor, String action, String target, String reason,
                             StatedPurpose purpose) {
}
