package org.vigil.alerts.observation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Linkage has joined persons: every mention of {@code merged} now belongs to {@code into}. Alerts about any of them
 * follow the joined person; none is raised again as new.
 *
 * @param into the surviving person id
 * @param merged the person ids joined into it
 * @param at event time of the record whose arrival led linkage to join them
 * @param trigger that record's id
 */
public record PersonsMerged(String into, List<String> merged, Instant at, String trigger) implements Observation {

    public PersonsMerged {
        if (into == null || into.isBlank()) {
            throw new IllegalArgumentException("a merge needs the person it merges into");
        }
        merged = List.copyOf(merged);
        if (merged.isEmpty() || merged.contains(into)) {
            throw new IllegalArgumentException("a merge into " + into + " needs other persons to merge: " + merged);
        }
        Objects.requireNonNull(at, "at");
        trigger = Objects.requireNonNullElse(trigger, "");
    }

    @Override
    public String recordId() {
        return trigger + "#merge:" + into;
    }
}
