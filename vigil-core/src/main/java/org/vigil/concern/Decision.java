package org.vigil.concern;

import java.time.Instant;

/** What a professional decided about a concern (spec §1.2). The concern may arrive later than the decision. */
public record Decision(String id, String concern, Instant at, Professional by, String outcome, String reason)
        implements ParsedRecord {
    @Override
    public String type() {
        return "decision";
    }

    @Override
    public Instant eventTime() {
        return at;
    }

    @Override
    public String actor() {
        return by.id();
    }
}
