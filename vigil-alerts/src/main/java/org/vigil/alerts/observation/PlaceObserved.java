package org.vigil.alerts.observation;

import java.util.Objects;
import java.util.Set;

/**
 * A named place of a concern (interchange §1.1 {@code places}), resolved by the caller to a stable key: the same
 * takeaway written "Star Pizza" and "star pizza" should carry the same key.
 *
 * @param key the caller's key for the place
 * @param kind one of {@link #KINDS}
 */
public record PlaceObserved(String key, String kind) {

    public static final Set<String> KINDS = Set.of("address", "takeaway", "taxi_firm", "hotel", "car_park", "park",
            "school", "care_home", "shop", "other");

    public PlaceObserved {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a place needs a key");
        }
        if (!KINDS.contains(Objects.requireNonNull(kind, "kind"))) {
            throw new IllegalArgumentException("place " + key + " has kind '" + kind + "'; expected one of " + KINDS);
        }
    }
}
