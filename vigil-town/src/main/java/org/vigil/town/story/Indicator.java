package org.vigil.town.story;

/** The exploitation indicators of spec §1.1, as bits of an {@code int}. */
public enum Indicator {
    MISSING("missing"), OLDER_PARTNER("older_partner"), GIFTS("gifts"), ALCOHOL_DRUGS("alcohol_drugs"),
    VEHICLE_PICKUP("vehicle_pickup"), TAXI("taxi"), HOTEL("hotel"), MULTIPLE_ADULTS("multiple_adults"),
    SEXUAL_HEALTH("sexual_health"), PREGNANCY("pregnancy"), INJURY("injury"), SCHOOL_ABSENCE("school_absence"),
    ONLINE_CONTACT("online_contact"), MONEY("money"), THREATS("threats"),
    TRAFFICKED_ELSEWHERE("trafficked_elsewhere");

    private static final Indicator[] ALL = values();
    private final String wire;

    Indicator(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public int bit() {
        return 1 << ordinal();
    }

    public boolean in(int set) {
        return (set & bit()) != 0;
    }

    public static Indicator[] all() {
        return ALL;
    }
}
