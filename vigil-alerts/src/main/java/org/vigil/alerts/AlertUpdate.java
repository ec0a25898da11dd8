package org.vigil.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One update of an alert, for the history the UI shows: when (event time), which record brought it, what changed in
 * plain words, and the alert's persons, harm and reasons after it.
 */
public record AlertUpdate(Instant at, String trigger, List<String> changes, List<AlertPerson> persons, double harm,
        List<String> reasons) {
    public AlertUpdate {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(trigger, "trigger");
        changes = List.copyOf(changes);
        persons = List.copyOf(persons);
        reasons = List.copyOf(reasons);
    }
}
