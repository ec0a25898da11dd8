package org.vigil.web.search;

import java.util.Locale;

/**
 * Vehicle registration marks with spaces and case ignored: "r7?2 klt" and "R7?2KLT" are the same. A {@code ?}
 * stands for one unknown character and {@code *} (in searches only) for any run of them.
 */
public final class Vrms {
    private Vrms() {
    }

    /** Upper case, letters, digits and wildcards only; null when nothing is left. */
    public static String normalise(String written) {
        if (written == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (char c : written.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '?' || c == '*') {
                out.append(c);
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    /**
     * Whether a search text is a registration: one or two words of letters, digits and wildcards, 2 to 8 characters
     * in all, with a digit or a wildcard and a letter or a wildcard.
     */
    public static boolean looksLikeVrm(String text) {
        if (text == null || !text.strip().matches("[A-Za-z0-9?*]{1,8}( [A-Za-z0-9?*]{1,4})?")) {
            return false;
        }
        String v = normalise(text);
        boolean digitOrWild = v.chars().anyMatch(c -> Character.isDigit(c) || c == '?' || c == '*');
        boolean letterOrWild = v.chars().anyMatch(c -> Character.isLetter(c) || c == '?' || c == '*');
        return v.length() >= 2 && v.length() <= 8 && digitOrWild && letterOrWild;
    }
}
