package org.vigil.linkage.comparison;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * String similarity on the hot path of scoring.
 *
 * <p>{@link #jaroWinkler} is commons-text's {@code JaroWinklerSimilarity}; callers first check the cheap
 * upper bound in {@link org.vigil.linkage.table.LetterCounts}, so most pairs never reach it.
 * {@link #withinOneEdit} answers "Damerau–Levenshtein distance ≤ 1" in one pass, without the matrix
 * commons-text's thresholded {@code DamerauLevenshteinDistance} fills; it runs on nearly every
 * non-matching pair (identifiers, postcodes, phones) and is checked against commons-text by a property
 * test. See {@code docs/decisions/linkage-performance.md}.
 */
final class Typos {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private Typos() {
    }

    /** Jaro–Winkler similarity in [0, 1] (commons-text). */
    static double jaroWinkler(String left, String right) {
        return JARO_WINKLER.apply(left, right);
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
