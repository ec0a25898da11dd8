package org.vigil.web.access;

import java.time.Instant;

/** One break-glass opening of a restricted concern: who, which, why, until when, and its review once done. */
public record BreakGlassGrant(long id, String username, String concernId, String reason, Instant at, Instant expires,
                              Long logLeaf, String reviewedBy, Instant reviewedAt, String reviewNote) {
    public boolean reviewed() {
        return reviewedBy != null;
    }
}
