package org.vigil.linkage.comparison;

/**
 * String similarity on the hot path of scoring.
 *
 * <p>{@link #jaroWinkler} computes exactly what commons-text's {@code JaroWinklerSimilarity} computes
 * (matching window ⌊max/2⌋−1, transpositions halved, prefix of at most 4 with scaling 0.1, boost only
 * above 0.7), directly on the strings: commons-text 1.15 reads each character through a boxed
 * {@code SimilarityInput.at(i)} and costs 3–6× as much per pair. {@link #withinOneEdit} answers
 * "Damerau–Levenshtein distance ≤ 1" in one pass. Both are checked against commons-text, their
 * reference, by property tests; see {@code docs/decisions/linkage-string-similarity.md}.
 */
final class Typos {
    private Typos() {
    }

    /** Jaro–Winkler similarity in [0, 1], as commons-text's {@code JaroWinklerSimilarity.apply}. */
    static double jaroWinkler(String left, String right) {
        if (left.equals(right)) {
            return 1;
        }
        String max;
        String min;
        if (left.length() > right.length()) {
            max = left;
            min = right;
        } else {
            max = right;
            min = left;
        }
        int range = Math.max(max.length() / 2 - 1, 0);
        int minLen = min.length();
        int maxLen = max.length();
        // Matched positions in `max` as a bit set (names and address lines are short; fall back for long ones).
        if (maxLen > 128) {
            return jaroWinklerLong(left, right, min, max, range);
        }
        long flags0 = 0;
        long flags1 = 0;
        int matches = 0;
        long minMatched0 = 0;
        long minMatched1 = 0;
        for (int mi = 0; mi < minLen; mi++) {
            char c1 = min.charAt(mi);
            int end = Math.min(mi + range + 1, maxLen);
            for (int xi = Math.max(mi - range, 0); xi < end; xi++) {
                boolean taken = xi < 64 ? (flags0 & (1L << xi)) != 0 : (flags1 & (1L << (xi - 64))) != 0;
                if (!taken && c1 == max.charAt(xi)) {
                    if (xi < 64) {
                        flags0 |= 1L << xi;
                    } else {
                        flags1 |= 1L << (xi - 64);
                    }
                    if (mi < 64) {
                        minMatched0 |= 1L << mi;
                    } else {
                        minMatched1 |= 1L << (mi - 64);
                    }
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        // Transpositions: matched characters of `min` in order against matched characters of `max` in order.
        int transpositions = 0;
        int xi = 0;
        for (int mi = 0; mi < minLen; mi++) {
            boolean matched = mi < 64 ? (minMatched0 & (1L << mi)) != 0 : (minMatched1 & (1L << (mi - 64))) != 0;
            if (!matched) {
                continue;
            }
            while (!(xi < 64 ? (flags0 & (1L << xi)) != 0 : (flags1 & (1L << (xi - 64))) != 0)) {
                xi++;
            }
            if (min.charAt(mi) != max.charAt(xi)) {
                transpositions++;
            }
            xi++;
        }
        return score(left, right, matches, transpositions, prefix(left, right, minLen));
    }

    private static int prefix(String a, String b, int minLen) {
        int prefix = 0;
        int n = Math.min(4, minLen);
        while (prefix < n && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return prefix;
    }

    private static double score(String left, String right, double m, int transpositions, int prefix) {
        double j = (m / left.length() + m / right.length() + (m - (double) transpositions / 2) / m) / 3;
        return j < 0.7 ? j : j + 0.1 * prefix * (1 - j);
    }

    private static double jaroWinklerLong(String left, String right, String min, String max, int range) {
        boolean[] flags = new boolean[max.length()];
        int[] index = new int[min.length()];
        java.util.Arrays.fill(index, -1);
        int matches = 0;
        for (int mi = 0; mi < min.length(); mi++) {
            char c1 = min.charAt(mi);
            for (int xi = Math.max(mi - range, 0), end = Math.min(mi + range + 1, max.length()); xi < end; xi++) {
                if (!flags[xi] && c1 == max.charAt(xi)) {
                    index[mi] = xi;
                    flags[xi] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int xi = 0;
        for (int mi = 0; mi < min.length(); mi++) {
            if (index[mi] < 0) {
                continue;
            }
            while (!flags[xi]) {
                xi++;
            }
            if (min.charAt(mi) != max.charAt(xi)) {
                transpositions++;
            }
            xi++;
        }
        return score(left, right, matches, transpositions, prefix(left, right, min.length()));
    }

    /**
     * Whether {@code b} is {@code a} with at most one insertion, deletion, substitution or adjacent
     * transposition (Damerau–Levenshtein distance ≤ 1). Symmetric.
     */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        if (la > lb) {
            String t = a;
            a = b;
            b = t;
            la = a.length();
            lb = b.length();
        }
        int i = 0;
        while (i < la && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la) {
            return true; // equal, or b is a with one character appended
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true; // substitution
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2); // adjacent transposition
        }
        return a.regionMatches(i, b, i + 1, la - i); // insertion into a
    }
}
