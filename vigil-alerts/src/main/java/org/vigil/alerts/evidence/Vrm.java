package org.vigil.alerts.evidence;

import java.util.Locale;

/**
 * A vehicle registration mark as written, possibly partial: {@code "R7?2 KLT"}, each {@code ?} one unseen character.
 * Case, spaces and hyphens are ignored. A mark is split into a <i>head</i> and the <i>tail</i> of its last three
 * characters (the three letters of the prefix and current UK formats).
 *
 * <p>Two marks are <b>compatible</b> when they have the same length, agree character by character (a {@code ?}
 * agrees with anything), and share at least {@value #SHARED} seen characters in the same positions. The last
 * condition is what keeps partial marks usable in a big town: there are few enough registrations that a mark with
 * four seen characters fits about one car in a district but several in a city, and a mark with three fits dozens.
 * A mark with fewer than {@value #SHARED} seen characters, or of a length no UK format has (under 5 or over 8), is
 * not used ({@link #parse} returns null); so neither is {@code "???? KLT"}, whose head length is unknown.
 *
 * @param head the characters before the tail
 * @param tail the last three characters
 */
public record Vrm(String head, String tail) {
    public static final char UNSEEN = '?';
    public static final int SHARED = 4;

    public Vrm {
        if (tail == null || tail.length() != 3 || head == null || head.length() < 2 || head.length() > 5) {
            throw new IllegalArgumentException("not a normalised VRM: head '" + head + "', tail '" + tail + "'");
        }
    }

    /** The mark written in {@code text}, or null if it says too little to match on. */
    public static Vrm parse(String text) {
        if (text == null) {
            return null;
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == UNSEEN) {
                b.append(c);
            }
        }
        String s = b.toString();
        if (s.length() < 5 || s.length() > 8 || s.chars().noneMatch(c -> c >= '0' && c <= '9' || c == UNSEEN)) {
            return null; // letters alone: a form's "UNKNOWN" or "NOT KNOWN", not a registration (every UK one has a digit)
        }
        Vrm vrm = new Vrm(s.substring(0, s.length() - 3), s.substring(s.length() - 3));
        return vrm.known() < SHARED ? null : vrm;
    }

    /** How many characters were seen. */
    public int known() {
        return count(head) + count(tail);
    }

    public boolean complete() {
        return head.indexOf(UNSEEN) < 0 && tail.indexOf(UNSEEN) < 0;
    }

    /** See the class comment. Symmetric. */
    public boolean compatible(Vrm other) {
        if (head.length() != other.head.length()) {
            return false;
        }
        int t = agree(tail, other.tail);
        int h = agree(head, other.head);
        return t >= 0 && h >= 0 && t + h >= SHARED;
    }

    /**
     * Blocking keys: two {@link #compatible} marks always share one. Each key is a pair of seen characters with their
     * positions and the mark's length: compatible marks have the same length and share at least {@value #SHARED} seen
     * characters in the same positions, so they share at least one such pair. A pair of characters fits few marks, so
     * a block stays small however many marks the town holds.
     */
    public int[] blockingKeys() {
        String s = head + tail;
        int n = s.length();
        int[] keys = new int[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char a = s.charAt(i);
            if (a == UNSEEN) {
                continue;
            }
            for (int j = i + 1; j < n; j++) {
                char b = s.charAt(j);
                if (b != UNSEEN) {
                    keys[k++] = pairKey(n, i, a, j, b);
                }
            }
        }
        return java.util.Arrays.copyOf(keys, k);
    }

    /** The blocking key of seen characters {@code a} at {@code i} and {@code b} at {@code j > i}, in a mark of length n. */
    public static int pairKey(int n, int i, char a, int j, char b) {
        return (((n * 8 + i) * 8 + j) * 128 + a) * 128 + b;
    }

    /** The mark's characters, head then tail, without the space. */
    public String chars() {
        return head + tail;
    }

    /** The mark as text, with a space before the tail: {@code "R7?2 KLT"}. */
    public String text() {
        return head + " " + tail;
    }

    @Override
    public String toString() {
        return text();
    }

    /** Seen positions in common if the two agree everywhere, else -1. */
    private static int agree(String a, String b) {
        int shared = 0;
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != UNSEEN && y != UNSEEN) {
                if (x != y) {
                    return -1;
                }
                shared++;
            }
        }
        return shared;
    }

    private static int count(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) != UNSEEN ? 1 : 0;
        }
        return n;
    }
}
