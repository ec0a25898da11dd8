package org.vigil.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one observation did to one alert: raised it, updated it on materially new evidence, or merged it into an
 * older alert about the same thing.
 *
 * @param alert the alert after the change
 * @param at event time of the change
 * @param trigger the record that brought it
 * @param changes what is new, in plain words; empty when raised
 */
public record AlertChange(Type type, Alert alert, Instant at, String trigger, List<String> changes) {
    public enum Type { RAISED, UPDATED, MERGED }

    public AlertChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(trigger, "trigger");
        changes = List.copyOf(changes);
    }
}
