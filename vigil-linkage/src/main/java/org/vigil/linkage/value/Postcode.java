package org.vigil.linkage.value;

/**
 * A postcode in normal form. A UK postcode is printed with one space before the inward code
 * ({@code s611ap} is {@code S61 1AP}); a UK outward code alone ({@code S61}) is kept as a partial
 * postcode; anything else (Australian {@code 4223}, US ZIP) is upper case without spaces.
 *
 * <p>UK structure: outward code = area + district ({@code S61}); sector = outward + the inward
 * code's digit ({@code S61 1}); unit = the full postcode.
 */
public record Postcode(String text, boolean uk, String outward, String sector) {

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
        int n = s.length();
        if (n >= 5 && isOutward(s, n - 3) && isDigit(s.charAt(n - 3)) && isLetter(s.charAt(n - 2))
                && isLetter(s.charAt(n - 1))) {
            String out = s.substring(0, s.length() - 3);
            String in = s.substring(s.length() - 3);
            return new Postcode(out + " " + in, true, out, out + " " + in.charAt(0));
        }
        if (isOutward(s, n)) {
            return new Postcode(s, true, s, null);
        }
        return new Postcode(s, false, null, null);
    }

    /** Whether {@code s.substring(0, end)} (upper-case letters and digits) is a UK outward code: {@code [A-Z]{1,2}[0-9][A-Z0-9]?}. */
    private static boolean isOutward(String s, int end) {
        int letters = isLetter(s.charAt(0)) ? (end > 1 && isLetter(s.charAt(1)) ? 2 : 1) : 0;
        if (letters == 0 || end <= letters || !isDigit(s.charAt(letters))) {
            return false;
        }
        return end == letters + 1 || end == letters + 2;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether this is a complete postcode rather than a UK outward code alone. */
    public boolean isComplete() {
        return !uk || sector != null;
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * Whether this is one of the NHS's pseudo-postcodes in {@code ZZ99}, which health records carry for "no fixed
     * abode" ({@code ZZ99 3VZ}), "address not known" ({@code ZZ99 3WZ}) and a country of residence abroad: a place
     * nobody lives at, shared by everyone so recorded.
     */
    public boolean isPseudo() {
        return uk && "ZZ99".equals(outward);
    }
}
