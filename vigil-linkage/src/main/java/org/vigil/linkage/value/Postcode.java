package org.vigil.linkage.value;

import java.util.regex.Pattern;

/**
 * A postcode in normal form. A UK postcode is printed with one space before the inward code
 * ({@code s611ap} is {@code S61 1AP}); a UK outward code alone ({@code S61}) is kept as a partial
 * postcode; anything else (Australian {@code 4223}, US ZIP) is upper case without spaces.
 *
 * <p>UK structure: outward code = area + district ({@code S61}); sector = outward + the inward
 * code's digit ({@code S61 1}); unit = the full postcode.
 */
public record Postcode(String text, boolean uk, String outward, String sector) {

    private static final Pattern UK_FULL = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");
    private static final Pattern UK_OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");

    /** The postcode in {@code text}, or {@code null} when there is nothing alphanumeric. */
    public static Postcode parse(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toUpperCase(text.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                b.append(c);
            }
        }
        String s = b.toString();
        if (s.isEmpty()) {
            return null;
        }
        if (UK_FULL.matcher(s).matches()) {
            String out = s.substring(0, s.length() - 3);
            String in = s.substring(s.length() - 3);
            return new Postcode(out + " " + in, true, out, out + " " + in.charAt(0));
        }
        if (UK_OUTWARD.matcher(s).matches() && Character.isLetter(s.charAt(0))) {
            return new Postcode(s, true, s, null);
        }
        return new Postcode(s, false, null, null);
    }

    /** Whether this is a complete postcode rather than a UK outward code alone. */
    public boolean isComplete() {
        return !uk || sector != null;
    }

    @Override
    public String toString() {
        return text;
    }
}
