package org.vigil.alerts.observation;

import java.util.Objects;
import java.util.Set;

/**
 * A named place of a concern (interchange §1.1 {@code places}), resolved by the caller to a stable key: the same
 * takeaway written "Star Pizza" and "star pizza" should carry the same key.
 *
 * @param key the caller's key for the place
 * @param kind one of {@link #KINDS}
 * @param written the place as the concern wrote it, for people to read ("Star Pizza, Wellgate, S60 2LR")
 */
public record PlaceObserved(String key, String kind, String written) {

    public static final Set<String> KINDS = Set.of("address", "takeaway", "taxi_firm", "hotel", "car_park", "park",
            "school", "care_home", "shop", "other");

    public PlaceObserved {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a place needs a key");
        }
        if (written == null || written.isBlank()) {
            written = key;
        }
        if (!KINDS.contains(Objects.requireNonNull(kind, "kind"))) {
            throw new IllegalArgumentException("place " + key + " has kind '" + kind + "'; expected one of " + KINDS);
        }
    }

    /** A place known by its key alone, which is also how it is shown. */
    public PlaceObserved(String key, String kind) {
        this(key, kind, key);
    }

    /** How a place written with this name and address reads: both, or whichever was given. */
    public static String written(String name, String address) {
        String n = name == null ? "" : name.strip();
        String a = address == null ? "" : address.strip();
        return n.isEmpty() ? a : a.isEmpty() ? n : n + ", " + a;
    }
}
