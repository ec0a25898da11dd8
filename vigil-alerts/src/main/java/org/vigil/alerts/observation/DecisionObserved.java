package org.vigil.alerts.observation;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What a professional decided about a concern (interchange §1.2). It may arrive before its concern.
 *
 * @param id the decision id
 * @param concern the concern decided on
 * @param at event time
 * @param outcome one of {@link #OUTCOMES}
 * @param byId the professional's stable id
 * @param byRole the professional's role as written
 * @param reason free text; required for {@code no_further_action}
 */
public record DecisionObserved(String id, String concern, Instant at, String outcome, String byId, String byRole,
        String reason) implements Observation {

    public static final String NO_FURTHER_ACTION = "no_further_action";
    public static final Set<String> OUTCOMES = Set.of(NO_FURTHER_ACTION, "referred", "crime_recorded", "investigation",
            "safeguarding_plan", "strategy_meeting", "arrest", "charge", "conviction", "other");

    public DecisionObserved {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a decision needs an id");
        }
        if (concern == null || concern.isBlank()) {
            throw new IllegalArgumentException("decision " + id + " names no concern");
        }
        Objects.requireNonNull(at, "at");
        if (!OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("decision " + id + " has outcome '" + outcome + "'; expected one of " + OUTCOMES);
        }
        byId = Objects.requireNonNullElse(byId, "");
        byRole = Objects.requireNonNullElse(byRole, "");
        reason = Objects.requireNonNullElse(reason, "");
    }

    public static DecisionObserved of(String id, String concern, Instant at, String outcome, String reason) {
        return new DecisionObserved(id, concern, at, outcome, "", "", reason);
    }

    public boolean noFurtherAction() {
        return outcome.equals(NO_FURTHER_ACTION);
    }

    @Override
    public String recordId() {
        return id;
    }
}
