package org.vigil.web.person;

import java.util.List;
import org.vigil.concern.Concern;
import org.vigil.concern.Place;
import org.vigil.concern.Subject;
import org.vigil.web.cases.DecisionCard;

/**
 * One mention of a person with the concern it is in, parsed from the record exactly as stored, and the decisions on
 * that concern. {@code breakGlass} says it is shown only through a break-glass grant.
 */
public record Evidence(String mentionKey, Concern concern, Subject subject, List<DecisionCard> decisions,
                       boolean breakGlass) {
    public Evidence {
        decisions = List.copyOf(decisions);
    }

    /** The places this subject is linked to, by name. */
    public List<Place> places() {
        return concern.places().stream().filter(p -> subject.places().contains(p.ref())).toList();
    }
}
