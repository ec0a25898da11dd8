package org.vigil.alerts.evidence;

import java.util.Set;

/**
 * The exploitation indicators of interchange §1.1, split by how much they say on their own.
 *
 * <p><b>Specific</b> indicators are the grooming and exploitation markers of the serious case reviews and inquiries
 * (Jay 2014 §5, Casey 2015, Rochdale 2013): an older "boyfriend", gifts, lifts, taxis, hotels, several men, sexual
 * health, pregnancy, money, being taken to other towns. <b>General</b> indicators are real risks but also the daily
 * stuff of ordinary safeguarding (a child missing after a row, drinking in the park, an injury at training, poor
 * attendance, threats in a domestic incident, online worries); alone they never make a concern count as
 * exploitation evidence.
 */
public final class Indicators {
    public static final Set<String> SPECIFIC = Set.of("older_partner", "gifts", "vehicle_pickup", "taxi", "hotel",
            "multiple_adults", "sexual_health", "pregnancy", "money", "trafficked_elsewhere");
    public static final Set<String> GENERAL = Set.of("missing", "alcohol_drugs", "online_contact", "threats", "injury",
            "school_absence");
    /** Every indicator interchange §1.1 allows. */
    public static final Set<String> VOCABULARY = union(SPECIFIC, GENERAL);
    public static final String MISSING = "missing";
    public static final String OLDER_PARTNER = "older_partner";
    /** Indicators that put a vehicle or a place near a child: "adults or vehicles around" a missing episode. */
    public static final Set<String> TRANSPORTED = Set.of("vehicle_pickup", "taxi", "hotel", "trafficked_elsewhere",
            "multiple_adults", "older_partner");

    private Indicators() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
