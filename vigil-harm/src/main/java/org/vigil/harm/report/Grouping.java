package org.vigil.harm.report;

import java.util.Arrays;
import java.util.Locale;
import org.vigil.harm.policeuk.StreetCrime;

/** What the report's rows are: police.uk crime categories, or local authority areas. */
public enum Grouping {
    CATEGORY("category", "Crime type"),
    /** Local authority: the LSOA name before its code; rows with no LSOA form "(no location)". */
    AREA("area", "Area");

    private final String token;
    private final String heading;

    Grouping(String token, String heading) {
        this.token = token;
        this.heading = heading;
    }

    /** "category" or "area", as the command line spells it. */
    public String token() {
        return token;
    }

    /** Column heading for the group names. */
    public String heading() {
        return heading;
    }

    String keyOf(StreetCrime crime) {
        return this == CATEGORY ? crime.category().label() : crime.area();
    }

    public static Grouping parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(g -> g.token.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a grouping: '" + text + "' (expected category or area)"));
    }
}
