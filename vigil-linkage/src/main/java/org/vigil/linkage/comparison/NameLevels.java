package org.vigil.linkage.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.linkage.table.CodeSetColumn;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.LetterCounts;
import org.vigil.linkage.table.NameFeatures;
import org.vigil.linkage.table.RecordTable;
import org.vigil.linkage.value.Nicknames;

/**
 * A given name or a surname, including aliases (the best level over all name pairs counts).
 *
 * <table>
 *   <caption>Levels</caption>
 *   <tr><th>level</th><th>a pair is here when</th></tr>
 *   <tr><td>null</td><td>either record has no name in this field</td></tr>
 *   <tr><td>exact</td><td>equal, ignoring spaces; term-frequency adjusted</td></tr>
 *   <tr><td>nickname</td><td>(given names only) listed as nickname and name in {@link Nicknames}, or a
 *       3–5 letter diminutive that begins the other ({@code ash}/{@code ashraf})</td></tr>
 *   <tr><td>jaro_winkler_high</td><td>Jaro–Winkler similarity ≥ {@code high} (default 0.92)</td></tr>
 *   <tr><td>phonetic</td><td>same Double Metaphone code (primary or alternate)</td></tr>
 *   <tr><td>jaro_winkler_low</td><td>Jaro–Winkler similarity ≥ {@code low} (default 0.80)</td></tr>
 *   <tr><td>initial</td><td>one side is a single letter, the initial of the other</td></tr>
 *   <tr><td>swapped</td><td>a given name of one equals a surname of the other (fields transposed)</td></tr>
 *   <tr><td>else</td><td>none of the above</td></tr>
 * </table>
 */
public final class NameLevels implements Comparison {
    static final String KIND = "name";

    private final Field field;
    private final double high;
    private final double low;
    private final boolean nicknames;
    private final List<ComparisonLevel> levels = new ArrayList<>();
    private final int exact;
    private final int nickname;
    private final int jwHigh;
    private final int phonetic;
    private final int jwLow;
    private final int initial;
    private final int swapped;
    private final int disagree;

    NameLevels(Field field, double high, double low, boolean nicknames) {
        if (field != Field.GIVEN_NAME && field != Field.SURNAME) {
            throw new IllegalArgumentException("name levels compare given names or surnames, not " + field);
        }
        if (!(high > low && low > 0 && high < 1)) {
            throw new IllegalArgumentException("need 0 < low < high < 1: " + low + ", " + high);
        }
        this.field = field;
        this.high = high;
        this.low = low;
        this.nicknames = nicknames;
        boolean given = field == Field.GIVEN_NAME;
        levels.add(ComparisonLevel.nullLevel(field.key()));
        exact = add(ComparisonLevel.tfLevel("exact", "equal ignoring spaces", given ? 0.70 : 0.75, given ? 0.01 : 0.005));
        nickname = nicknames
                ? add(ComparisonLevel.level("nickname", "nickname or diminutive of the other", 0.08, 0.002))
                : -1;
        jwHigh = add(ComparisonLevel.level("jaro_winkler_" + high, "Jaro-Winkler >= " + high, 0.08, 0.004));
        phonetic = add(ComparisonLevel.level("phonetic", "same Double Metaphone code", 0.03, 0.006));
        jwLow = add(ComparisonLevel.level("jaro_winkler_" + low, "Jaro-Winkler >= " + low, 0.04, 0.03));
        initial = add(ComparisonLevel.level("initial", "an initial matching the other's first letter", 0.03, 0.002));
        swapped = add(ComparisonLevel.level("swapped", "equals the other record's "
                + (given ? "surname" : "given name"), 0.01, 0.0005));
        disagree = add(ComparisonLevel.level("else", "different", 0.03, 0.90));
    }

    private int add(ComparisonLevel l) {
        levels.add(l);
        return levels.size() - 1;
    }

    @Override
    public Field field() {
        return field;
    }

    @Override
    public List<ComparisonLevel> levels() {
        return List.copyOf(levels);
    }

    @Override
    public ComparisonSpec spec() {
        return new ComparisonSpec(KIND, field, Map.of("high", Double.toString(high), "low", Double.toString(low),
                "nicknames", Boolean.toString(nicknames)));
    }

    @Override
    public BoundComparison bind(RecordTable table) {
        CodeSetColumn mine = table.names(field);
        CodeSetColumn other = table.names(field == Field.GIVEN_NAME ? Field.SURNAME : Field.GIVEN_NAME);
        NameFeatures f = table.nameFeatures();
        LetterCounts letters = mine.vocabulary().letterCounts();
        letters.prime();
        mine.vocabulary().charPositions().prime();
        return new BoundComparison() {
            @Override
            public int level(int a, int b) {
                int na = mine.sizeOf(a);
                int nb = mine.sizeOf(b);
                if (na == 0 || nb == 0) {
                    return 0;
                }
                if (na == 1 && nb == 1) {
                    // One name each: everything needed is in the two records' rows.
                    int x = mine.first(a);
                    int y = mine.first(b);
                    int l = pairLevel(f, letters, x, y, disagree);
                    if (l == disagree && (sameName(f, x, other.first(b)) || sameName(f, y, other.first(a))
                            || (other.sizeOf(a) > 1 || other.sizeOf(b) > 1) && swappedAny(f, mine.codes(a), mine.codes(b),
                                    other.codes(a), other.codes(b)))) {
                        return swapped;
                    }
                    return l;
                }
                int[] xa = mine.codes(a);
                int[] xb = mine.codes(b);
                int best = disagree;
                for (int x : xa) {
                    for (int y : xb) {
                        best = Math.min(best, pairLevel(f, letters, x, y, best));
                        if (best == exact) {
                            return exact;
                        }
                    }
                }
                if (best == disagree && (contains(f, xa, other.codes(b)) || contains(f, xb, other.codes(a)))) {
                    return swapped;
                }
                return best;
            }

            @Override
            public int population() {
                return mine.present();
            }

            @Override
            public double termFrequencyFloor(int record) {
                // One name each: the larger of the two frequencies; several: the least over agreeing pairs of
                // that larger one. Either way at least the frequency of one of the record's own names.
                return mine.rarestTermFrequency(record);
            }

            @Override
            public double termFrequency(int a, int b, int level) {
                if (mine.sizeOf(a) == 1 && mine.sizeOf(b) == 1) {
                    int x = mine.first(a);
                    int y = mine.first(b);
                    return Math.max(mine.termFrequency(x), mine.termFrequency(y));
                }
                double tf = 1;
                for (int x : mine.codes(a)) {
                    for (int y : mine.codes(b)) {
                        if (x == y || f.compact(x) == f.compact(y)) {
                            tf = Math.min(tf, Math.max(mine.termFrequency(x), mine.termFrequency(y)));
                        }
                    }
                }
                return tf;
            }
        };
    }

    /** Whether name {@code x} (not an initial) is name {@code y}, ignoring spaces; false if {@code y} is -1. */
    private static boolean sameName(NameFeatures f, int x, int y) {
        return y >= 0 && (x == y || f.compact(x) == f.compact(y)) && !f.isInitial(x);
    }

    private static boolean swappedAny(NameFeatures f, int[] xa, int[] xb, int[] oa, int[] ob) {
        return contains(f, xa, ob) || contains(f, xb, oa);
    }

    private static boolean contains(NameFeatures f, int[] names, int[] others) {
        for (int x : names) {
            for (int y : others) {
                if (x == y || f.compact(x) == f.compact(y)) {
                    if (!f.isInitial(x)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The level of one name pair; {@code best} is the best level found so far, so weaker tests can be skipped. */
    private int pairLevel(NameFeatures f, LetterCounts letters, int x, int y, int best) {
        if (x == y || f.compact(x) == f.compact(y)) {
            return exact;
        }
        boolean ix = f.isInitial(x);
        boolean iy = f.isInitial(y);
        if (ix || iy) {
            return ix && iy ? disagree : f.initial(x) == f.initial(y) ? initial : disagree;
        }
        if (nickname >= 0) {
            if (Nicknames.standard().related(f.nickname(x), f.nickname(y))
                    || (f.initial(x) == f.initial(y) && Nicknames.isDiminutivePrefix(f.value(x), f.value(y)))
                    || f.writtenTogether(x, y)) {
                return nickname;
            }
        }
        if (best <= jwHigh) {
            return disagree;
        }
        double bound = letters.jaroWinklerBound(x, y);
        double jw = bound >= low ? Typos.jaroWinkler(f.vocabulary(), x, y, low) : 0;
        if (jw >= high) {
            return jwHigh;
        }
        int mx = f.metaphone(x);
        int my = f.metaphone(y);
        if (mx >= 0 && (mx == my || mx == f.alternateMetaphone(y) || f.alternateMetaphone(x) == my)) {
            return phonetic;
        }
        return jw >= low ? jwLow : disagree;
    }
}
