package org.vigil.alerts.state;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places by the caller's key, with each time one was named in exploitation evidence: attached to a suspect, or
 * named by the concern when it also names a suspect. Schools and children's homes are left out: children are there
 * by design, so their recurring says nothing (a children's home targeted shows up instead as its children's
 * missing episodes).
 */
public final class PlaceBook {
    /**
     * Place kinds that tie the suspects named at them into one network: a private flat or house is shared by people
     * who know each other. A takeaway, taxi office, hotel, car park, park or shop is public: two groups of men may use
     * the same one without knowing each other, so such places recur in {@code place} alerts but tie no network.
     */
    public static final Set<String> PRIVATE = Set.of("address");
    /** Place kinds that never count as a recurring place. */
    public static final Set<String> WHERE_CHILDREN_ARE = Set.of("school", "care_home");

    /** At most this many ways of writing a place are kept for its alerts to show. */
    static final int MOST_WRITTEN = 16;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A place and its sightings. */
    public static final class Place {
        public final String key;
        public final String kind;
        /** (concern index {@code << 32}) | person index, or | 0xffffffff when named by the concern alone. */
        public final LongList sightings = new LongList();
        /**
         * How reports wrote the place, first written first (up to {@link #MOST_WRITTEN}), by the form in lower case
         * with spaces folded: "Express Cars" and "express  cars" are one way of writing it.
         */
        private final Map<String, String> written = new LinkedHashMap<>();

        Place(String key, String kind) {
            this.key = key;
            this.kind = kind;
        }
    }

    private final Map<String, Place> places = new HashMap<>();

    public static boolean counts(String kind) {
        return !WHERE_CHILDREN_ARE.contains(kind);
    }

    /**
     * Records a sighting of the place, as the report wrote it; returns the place's key as kept, so callers can hold
     * that one copy.
     */
    public String sight(String key, String kind, String written, int concern, int person) {
        Place place = places.computeIfAbsent(key, k -> new Place(k, kind));
        place.sightings.add(((long) concern << 32) | (person & 0xffffffffL));
        if (place.written.size() < MOST_WRITTEN) {
            place.written.putIfAbsent(SPACES.matcher(written.toLowerCase(Locale.ROOT)).replaceAll(" "), written);
        }
        return place.key;
    }

    public Place get(String key) {
        return places.get(key);
    }


    /** How the place was first written; its key if no report said. */
    public String firstWritten(String key) {
        Place place = places.get(key);
        return place == null ? key : written(place).get(0);
    }

    /** How reports wrote the place, first written first; its key if none said. */
    public List<String> written(Place place) {
        return place.written.isEmpty() ? List.of(place.key) : List.copyOf(place.written.values());
    }
}
