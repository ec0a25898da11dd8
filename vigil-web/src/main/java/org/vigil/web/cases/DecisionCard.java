package org.vigil.web.cases;

import java.time.Instant;

/** A stored decision on a concern (spec §1.2), by a professional, with its outcome and reason. */
public record DecisionCard(String id, long leaf, String concernId, Instant at, String byId, String byName,
                           String outcome, String reason) {
}
