package org.vigil.linkage.comparison;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.vigil.linkage.table.CharPositions;
import org.vigil.linkage.table.Vocabulary;

/**
 * String similarity on the hot path of scoring.
 *
 * <p>{@link #jaroWinkler} computes exactly what commons-text's {@code JaroWinklerSimilarity} computes, the
 * same arithmetic in the same order, so the levels are bit-for-bit unchanged (a property test compares the
 * two). commons-text 1.15 boxes every character and allocates four arrays per call; this keeps the match
 * flags in two {@code long} bit sets and allocates nothing, for strings up to 64 characters (longer ones
 * go to commons-text). Callers first check the cheap upper bound in
 * {@link org.vigil.linkage.table.LetterCounts}, so most pairs never reach it.
 * {@link #withinOneEdit} answers "Damerau–Levenshtein distance ≤ 1" in one pass, without the matrix
 * commons-text's thresholded {@code DamerauLevenshteinDistance} fills; it runs on nearly every
 * non-matching pair (identifiers, postcodes, phones) and is checked against commons-text by a property
 * test. See {@code docs/decisions/linkage-performance.md}.
 */
final class Typos {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private Typos() {
    }

    /** Jaro–Winkler similarity in [0, 1], equal to commons-text's {@code JaroWinklerSimilarity}. */
    static double jaroWinkler(String left, String right) {
        return jaroWinkler(left, right, 0);
    }

    /**
     * Jaro–Winkler similarity when it is at least {@code floor}, exactly as {@link #jaroWinkler(String, String)};
     * otherwise some value below {@code floor}. Callers that only compare the result with thresholds at or
     * above {@code floor} get the same answers, and the matching stops as soon as too many characters of
     * the shorter string have found no partner for {@code floor} to be reachable: with m matches,
     * Jaro ≤ (m/|a| + m/|b| + 1)/3 and Jaro–Winkler ≤ 0.6·Jaro + 0.4 (prefix at most 4, scale 0.1).
     */
    static double jaroWinkler(String left, String right, double floor) {
        if (left.equals(right)) {
            return 1.0;
        }
        String max = left.length() > right.length() ? left : right;
        String min = max == left ? right : left;
        int lmax = max.length();
        int lmin = min.length();
        if (lmax > 64) {
            return JARO_WINKLER.apply(left, right);
        }
        int misses = lmin - matchesNeeded(floor, left.length(), right.length());
        if (misses < 0) {
            return 0.0; // floor > 0 here
        }
        int range = Math.max(lmax / 2 - 1, 0);
        long minMatched = 0;
        long maxMatched = 0;
        int matches = 0;
        for (int mi = 0; mi < lmin; mi++) {
            char c = min.charAt(mi);
            int before = matches;
            for (int xi = Math.max(mi - range, 0), xn = Math.min(mi + range + 1, lmax); xi < xn; xi++) {
                if ((maxMatched & (1L << xi)) == 0 && c == max.charAt(xi)) {
                    minMatched |= 1L << mi;
                    maxMatched |= 1L << xi;
                    matches++;
                    break;
                }
            }
            if (matches == before && --misses < 0) {
                return 0.0; // floor > 0 here, as misses starts at lmin when floor ≤ 0
            }
        }
        return jaroWinkler(left, right, min, max, matches, minMatched, maxMatched);
    }

    /**
     * {@link #jaroWinkler(String, String, double)} of the values with codes {@code x} and {@code y}, the same
     * result: the longer value's {@link CharPositions} give each character of the shorter its first unmatched
     * partner in the search window in a few bit operations, instead of a scan of the window.
     */
    static double jaroWinkler(Vocabulary vocabulary, int x, int y, double floor) {
        if (x == y) {
            return 1.0; // and only then are the values equal: a vocabulary holds each value once
        }
        String left = vocabulary.value(x);
        String right = vocabulary.value(y);
        boolean leftIsMax = left.length() > right.length();
        long[] maxPositions = vocabulary.charPositions().of(leftIsMax ? x : y);
        if (maxPositions == null) {
            return jaroWinkler(left, right, floor);
        }
        String max = leftIsMax ? left : right;
        String min = leftIsMax ? right : left;
        int lmax = max.length();
        int lmin = min.length();
        int misses = lmin - matchesNeeded(floor, left.length(), right.length());
        if (misses < 0) {
            return 0.0;
        }
        int range = Math.max(lmax / 2 - 1, 0);
        long minMatched = 0;
        long maxMatched = 0;
        int matches = 0;
        for (int mi = 0; mi < lmin; mi++) {
            int hi = Math.min(mi + range + 1, lmax);
            long window = (hi == 64 ? -1L : (1L << hi) - 1) & (-1L << Math.max(mi - range, 0));
            long free = CharPositions.positions(maxPositions, min.charAt(mi)) & window & ~maxMatched;
            if (free != 0) {
                minMatched |= 1L << mi;
                maxMatched |= free & -free; // the first unmatched partner, as the scan would find it
                matches++;
            } else if (--misses < 0) {
                return 0.0;
            }
        }
        return jaroWinkler(left, right, min, max, matches, minMatched, maxMatched);
    }

    /** Jaro–Winkler from the matches found: transpositions, then the common prefix. */
    private static double jaroWinkler(String left, String right, String min, String max, int matches, long minMatched,
                                      long maxMatched) {
        if (matches == 0) {
            return 0.0;
        }
        int halfTranspositions = 0;
        for (long a = minMatched, b = maxMatched; a != 0; a &= a - 1, b &= b - 1) {
            if (min.charAt(Long.numberOfTrailingZeros(a)) != max.charAt(Long.numberOfTrailingZeros(b))) {
                halfTranspositions++;
            }
        }
        int prefix = 0;
        for (int i = 0, n = Math.min(4, min.length()); i < n && left.charAt(i) == right.charAt(i); i++) {
            prefix++;
        }
        double m = matches;
        double j = (m / left.length() + m / right.length() + (m - (double) halfTranspositions / 2) / m) / 3;
        return j < 0.7 ? j : j + 0.1 * prefix * (1 - j);
    }

    /**
     * The fewest matching characters with which Jaro–Winkler could reach {@code floor} for strings of these
     * lengths, rounded down a little so that rounding error can only make the early exit rarer; ≤ 0 when
     * {@code floor} ≤ 0.
     */
    private static int matchesNeeded(double floor, int la, int lb) {
        double jaro = floor < 0.7 ? floor : (floor - 0.4) / 0.6;
        return (int) Math.ceil((3 * jaro - 1) / (1.0 / la + 1.0 / lb) - 1e-6);
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
