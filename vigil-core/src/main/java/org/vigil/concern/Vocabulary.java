package org.vigil.concern;

import java.util.List;
import java.util.Set;

/** The closed vocabularies of the interchange format (spec §1), spelled as they are on the wire. */
public final class Vocabulary {
    public static final Set<String> SUBJECT_ROLES =
            Set.of("victim", "suspect", "associate", "witness", "reporter", "other");

    public static final Set<String> PLACE_KINDS = Set.of("address", "takeaway", "taxi_firm", "hotel", "car_park",
            "park", "school", "care_home", "shop", "other");

    public static final Set<String> INDICATORS = Set.of("missing", "older_partner", "gifts", "alcohol_drugs",
            "vehicle_pickup", "taxi", "hotel", "multiple_adults", "sexual_health", "pregnancy", "injury",
            "school_absence", "online_contact", "money", "threats", "trafficked_elsewhere");

    public static final Set<String> OUTCOMES = Set.of("no_further_action", "referred", "crime_recorded",
            "investigation", "safeguarding_plan", "strategy_meeting", "arrest", "charge", "conviction", "other");

    public static final Set<String> SEXES = Set.of("F", "M", "X");

    /** 3x5x2 grading: source evaluation 1–3, intelligence assessment A–E, handling code P or C. */
    public static final Set<String> SOURCE_3X5X2 = Set.of("1", "2", "3");
    public static final Set<String> INTELLIGENCE_3X5X2 = Set.of("A", "B", "C", "D", "E");
    public static final Set<String> HANDLING_3X5X2 = Set.of("P", "C");

    private Vocabulary() {
    }

    /** The vocabulary in a stable order, for error messages. */
    static String list(Set<String> words) {
        return String.join(", ", List.copyOf(new java.util.TreeSet<>(words)));
    }
}
