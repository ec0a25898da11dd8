package org.vigil.town.story;

import java.util.HashMap;
import java.util.Map;
import org.vigil.town.world.Calendar;

/**
 * The town-wide counters behind every id: persons, networks, and concern and decision numbers per id prefix and
 * year. Districts are generated one after another, so these make ids unique across the whole town.
 */
public final class Serials {
    private static final int FIRST_YEAR = 1990;
    private static final int YEARS = 40;

    private long persons;
    private int networks;
    private final Map<String, int[]> perYear = new HashMap<>();

    public String person() {
        return "P-" + Calendar.padded(++persons, 6);
    }

    public String network() {
        return "N-" + Calendar.padded(++networks, 4);
    }

    /** The next id for a record of {@code prefix} in {@code year}, e.g. "YP-2003-0117". */
    public String recordId(String prefix, int year) {
        int[] counts = perYear.computeIfAbsent(prefix, p -> new int[YEARS]);
        int n = ++counts[year - FIRST_YEAR];
        return prefix + "-" + year + "-" + Calendar.padded(n, 4);
    }
}
