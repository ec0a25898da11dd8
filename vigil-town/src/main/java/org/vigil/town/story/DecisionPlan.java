package org.vigil.town.story;

/** A decision as the town produced it, before it is written (spec §1.2). */
public final class DecisionPlan {
    public final ConcernPlan concern;
    public final long at;
    public final Staff by;
    public final String outcome;
    public final String reason;
    public String id;
    public long position;

    public DecisionPlan(ConcernPlan concern, long at, Staff by, String outcome, String reason) {
        this.concern = concern;
        this.at = at;
        this.by = by;
        this.outcome = outcome;
        this.reason = reason;
    }
}
