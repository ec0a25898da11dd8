package org.vigil.linkage.value;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses in normal form: folded, with common abbreviations spelled out
 * ({@code 14 Ferham Rd} → {@code 14 ferham road}); and free-text addresses split into house number,
 * street and postcode ({@code "14 Ferham Rd, S61 1AP"} → {@code 14}, {@code ferham road}, {@code S61 1AP}).
 */
public final class AddressText {

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("rd", "road"), Map.entry("st", "street"), Map.entry("str", "street"),
            Map.entry("ave", "avenue"), Map.entry("av", "avenue"), Map.entry("ln", "lane"),
            Map.entry("cl", "close"), Map.entry("ct", "court"), Map.entry("crt", "court"),
            Map.entry("cres", "crescent"), Map.entry("cr", "crescent"), Map.entry("dr", "drive"),
            Map.entry("pl", "place"), Map.entry("sq", "square"), Map.entry("tce", "terrace"),
            Map.entry("ter", "terrace"), Map.entry("gdns", "gardens"), Map.entry("gr", "grove"),
            Map.entry("hwy", "highway"), Map.entry("pde", "parade"), Map.entry("cct", "circuit"),
            Map.entry("cir", "circuit"), Map.entry("blvd", "boulevard"), Map.entry("wy", "way"),
            Map.entry("mt", "mount"), Map.entry("nth", "north"), Map.entry("sth", "south"),
            Map.entry("flt", "flat"), Map.entry("apt", "flat"));

    private static final Pattern UK_POSTCODE_IN_TEXT =
            Pattern.compile("(?i)\\b([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})\\b");
    private static final int LONGEST_ABBREVIATION =
            ABBREVIATIONS.keySet().stream().mapToInt(String::length).max().orElse(0);
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+[a-z]?)\\b\\s*(.*)$");
    /** A flat in a numbered building, folded: {@code flat 3 70 westgate} (from "Flat 3, 70 Westgate" or "Flat 3 70 Westgate"). */
    private static final Pattern FLAT = Pattern.compile("^(?:flat|apartment|unit|room) (\\d+[a-z]?) (\\d+[a-z]?)\\b\\s*(.*)$");

    private AddressText() {
    }

    /** A street line in normal form, or {@code null}. */
    public static String normalise(String text) {
        String f = Folding.fold(text);
        if (f == null) {
            return null;
        }
        if (!hasAbbreviation(f)) {
            return f;
        }
        String[] tokens = f.split(" ");
        StringBuilder b = new StringBuilder(f.length() + 8);
        for (String t : tokens) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(ABBREVIATIONS.getOrDefault(t, t));
        }
        return b.toString();
    }

    /** Whether a word of folded {@code f} is one {@link #normalise} spells out; only short words are looked up. */
    private static boolean hasAbbreviation(String f) {
        int start = 0;
        for (int i = 0; i <= f.length(); i++) {
            if (i == f.length() || f.charAt(i) == ' ') {
                if (i - start <= LONGEST_ABBREVIATION && ABBREVIATIONS.containsKey(f.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** A free-text address split into parts; each part may be {@code null}. */
    public record Parts(String houseNumber, String street, String locality, Postcode postcode) {
    }

    /**
     * Splits a free-text address. A UK postcode anywhere in the text is taken out; the first
     * comma-separated part is the street line (its leading number is the house number); a later
     * part, if any, is the locality. A flat in a numbered building, written with or without a comma
     * ("Flat 3, 70 Westgate", "Flat 3 70 Westgate"), has house number {@code 3/70} and street {@code westgate}:
     * the same flat agrees however it is written, and two flats of one building agree on the street only.
     */
    public static Parts split(String text) {
        if (text == null || text.isBlank()) {
            return new Parts(null, null, null, null);
        }
        String rest = text;
        Postcode postcode = null;
        Matcher m = UK_POSTCODE_IN_TEXT.matcher(text);
        if (m.find()) {
            postcode = Postcode.parse(m.group(1) + m.group(2));
            rest = text.substring(0, m.start()) + text.substring(m.end());
        }
        String[] parts = rest.split(",");
        int first = 0;
        String firstTwo = parts.length > 1 ? normalise(parts[0] + " " + parts[1]) : null;
        if (firstTwo != null && FLAT.matcher(firstTwo).matches()) {
            parts[1] = parts[0] + " " + parts[1]; // "Flat 3, 70 Westgate": one street line
            first = 1;
        }
        String street = parts.length > first ? normalise(parts[first]) : null;
        String locality = null;
        for (int i = parts.length - 1; i >= first + 1 && locality == null; i--) {
            locality = Folding.fold(parts[i]);
        }
        String number = null;
        Matcher flat = street == null ? null : FLAT.matcher(street);
        if (flat != null && flat.matches()) {
            number = flat.group(1) + "/" + flat.group(2);
            street = flat.group(3).isBlank() ? null : flat.group(3);
        } else if (street != null) {
            Matcher n = LEADING_NUMBER.matcher(street);
            if (n.matches()) {
                number = n.group(1);
                street = n.group(2).isBlank() ? null : n.group(2);
            }
        }
        return new Parts(number, street, locality, postcode);
    }
}
