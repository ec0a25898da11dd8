package org.vigil.people;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.concern.Place;
import org.vigil.linkage.value.AddressText;
import org.vigil.linkage.value.Folding;
import org.vigil.linkage.value.Postcode;

/**
 * One key per place across reports, learned as concerns arrive (see docs/decisions/places-keys.md). A place written
 * with an address is its kind, its street line in normal form and its postcode ("City Cabs, 26 Cemetery Rd, VA6 4ZF"
 * and "26, Cemetery Road va64zf" are {@code taxi_firm:26 cemetery road VA6 4ZF}). Reports often leave the postcode
 * out: a street line without one is the postcode that line was written with, if only ever one, and stays a key of its
 * own otherwise (the same number and street in two districts). A place written by name alone is the address that
 * name was written with, if only ever one ("City Cabs" after the reports above); a name written with two addresses
 * (two takeaways called "The Chippy") is the address its writer wrote it with, if he only ever wrote one: a
 * professional writes about the places of the area he works in, so the officer who wrote "The Chippy, 12 High Street"
 * means that chippy when he writes "the chippy" again. Otherwise a name stays its kind and folded name
 * ({@code takeaway:the chippy}), since nothing says which it is. The same holds for a street line without its
 * postcode. Names only label places here: no name raises a score. Learning follows the order of {@link #keyOf} calls,
 * so two instances fed the same concerns in the same order give the same keys. Not thread-safe.
 */
public final class PlaceKeys {
    private static final Pattern POSTCODE = Pattern.compile("(?i)\\b[A-Z]{1,2}[0-9][A-Z0-9]?\\s*[0-9][A-Z]{2}\\b");
    /** Marks a name or a street line written with two or more different addresses or postcodes. */
    private static final String AMBIGUOUS = "";
    /** Parts a writer's id from what he wrote in {@link #learned}: a character no id or name is written with. */
    private static final char WRITER = '\u0000';

    /**
     * Per kind and folded name, or kind and street line, the key of the address it was written with, or AMBIGUOUS; the
     * same per writer, under the writer's id and {@link #WRITER} before it.
     */
    private final Map<String, String> learned = new HashMap<>();

    /** The key of {@code p}, learning what its name and street line stand for; null for a place with neither. */
    public String keyOf(Place p) {
        return keyOf(p, null);
    }

    /**
     * The key of {@code p} as written by {@code writer} (an author's id; null when unknown), learning what its name and
     * street line stand for, for everyone and for that writer; null for a place with neither.
     */
    public String keyOf(Place p, String writer) {
        String kind = p.kind() == null ? "other" : p.kind();
        String name = Folding.fold(p.name());
        String byName = name == null ? null : kind + ":" + name;
        String address = p.address() == null || p.address().isBlank() ? null : p.address();
        String street = address == null ? null : AddressText.normalise(POSTCODE.matcher(address).replaceAll(" "));
        if (street != null) {
            String byStreet = kind + ":" + street;
            Matcher m = POSTCODE.matcher(address);
            String key = m.find() ? byStreet + " " + Postcode.parse(m.group()) : resolve(byStreet, writer);
            if (!key.equals(byStreet)) {
                learn(byStreet, writer, key);
            }
            if (byName != null) {
                learn(byName, writer, key);
            }
            return key;
        }
        return byName == null ? null : resolve(byName, writer);
    }

    private void learn(String from, String writer, String key) {
        learn(from, key);
        if (writer != null) {
            learn(writer + WRITER + from, key);
        }
    }

    /** What {@code from} was learned to stand for by everyone, or else by {@code writer}, if one key; else itself. */
    private String resolve(String from, String writer) {
        String key = learned.get(from);
        if (key != null && !key.equals(AMBIGUOUS)) {
            return key;
        }
        String mine = writer == null || key == null ? null : learned.get(writer + WRITER + from);
        return mine == null || mine.equals(AMBIGUOUS) ? from : mine;
    }

    /**
     * Records that {@code from} was written with {@code key}. A street line without its postcode and the same line
     * with one are one address, the more specific kept; two different addresses make {@code from} ambiguous.
     */
    private void learn(String from, String key) {
        learned.merge(from, key, (was, now) -> was.equals(now) || morePrecise(was, now) ? was
                : morePrecise(now, was) ? now : AMBIGUOUS);
    }

    /** Whether {@code key} is {@code street} with a postcode added. */
    private static boolean morePrecise(String key, String street) {
        return key.length() > street.length() + 1 && key.startsWith(street) && key.charAt(street.length()) == ' '
                && POSTCODE.matcher(key.substring(street.length() + 1)).matches();
    }
}
