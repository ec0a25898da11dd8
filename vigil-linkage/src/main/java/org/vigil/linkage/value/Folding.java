package org.vigil.linkage.value;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Case and accent folding of free text: the first step of every normal form.
 *
 * <p>{@code fold(" Zoë  O'Brien ")} is {@code "zoe obrien"}: lower case, accents removed, apostrophes
 * dropped, any other run of non-alphanumeric characters turned into one space, trimmed.
 */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /** The folded text, or {@code null} when nothing alphanumeric is left. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        if (isFolded(text)) {
            return text; // most values of a clean file: nothing to allocate
        }
        String s = text;
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(Character.toLowerCase(c));
            } else {
                pendingSpace = true;
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** Whether {@code s} is already its own fold: lower-case ASCII letters and digits, words single-spaced. */
    private static boolean isFolded(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (s.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** {@link #fold} without the spaces: {@code "ever ett"} and {@code "everett"} have one compact form. */
    public static String compact(String folded) {
        return folded == null ? null : folded.replace(" ", "");
    }
}
