package org.vigil.linkage.value;

import java.util.ArrayList;
import java.util.List;

/**
 * A vehicle registration mark as written, possibly partial: {@code R7?2 KLT}, where each {@code ?}
 * stands for one unknown character. Spacing, hyphens and case are ignored: {@code r762-klt} is
 * {@code R762KLT}.
 */
public record Vrm(String text) {

    public static final char WILDCARD = '?';
    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("[A-Z0-9?]{2,10}");

    public Vrm {
        if (text == null || !FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("not a normalised VRM: " + text);
        }
    }

    /** The mark in {@code text}, or {@code null} when fewer than two characters remain or it is no mark. */
    public static Vrm parse(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toUpperCase(text.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == WILDCARD) {
                b.append(c);
            } else if (c == '*' || c == '_') {
                b.append(WILDCARD);
            }
        }
        return b.length() < 2 || b.length() > 10 || !mayBeAMark(b) ? null : new Vrm(b.toString());
    }

    /**
     * Whether a mark holds a digit or a wildcard: every UK registration has a digit, and a mark written in letters
     * alone is a form's "UNKNOWN", "NOT KNOWN", "TBC" or "NONE", which would otherwise tie together every car nobody
     * saw the registration of.
     */
    static boolean mayBeAMark(CharSequence mark) {
        for (int i = 0; i < mark.length(); i++) {
            char c = mark.charAt(i);
            if (c >= '0' && c <= '9' || c == WILDCARD) {
                return true;
            }
        }
        return false;
    }

    public boolean hasWildcards() {
        return text.indexOf(WILDCARD) >= 0;
    }

    /**
     * Whether both marks could be the same registration: same length, and at each position the same
     * character or a wildcard on either side. Symmetric.
     */
    public boolean matches(Vrm other) {
        String a = text;
        String b = other.text;
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && x != WILDCARD && y != WILDCARD) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many characters two marks of one length both give, the positions where neither has a wildcard: how much a
     * wildcard match pins down. {@code R7?2KLT} and {@code R762KLT} give 6; {@code R??????} and {@code R762KLT}, 1.
     * Symmetric; for marks of different lengths, 0.
     */
    public int knownInCommon(Vrm other) {
        String a = text;
        String b = other.text;
        if (a.length() != b.length()) {
            return 0;
        }
        int known = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != WILDCARD && b.charAt(i) != WILDCARD) {
                known++;
            }
        }
        return known;
    }

    /**
     * Blocking keys such that two marks {@link #matches match} with at most one wildcard between them
     * only if they share a key: the mark itself, and for a complete mark each variant with one
     * position replaced by a wildcard.
     */
    public List<String> blockingKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(text);
        if (!hasWildcards()) {
            char[] c = text.toCharArray();
            for (int i = 0; i < c.length; i++) {
                char keep = c[i];
                c[i] = WILDCARD;
                keys.add(new String(c));
                c[i] = keep;
            }
        }
        return keys;
    }

    @Override
    public String toString() {
        return text;
    }
}
