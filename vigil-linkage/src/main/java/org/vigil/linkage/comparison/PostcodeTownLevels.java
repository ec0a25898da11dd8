package org.vigil.linkage.comparison;

import java.util.List;
import java.util.Map;
import org.vigil.linkage.table.CodeColumn;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.LetterCounts;
import org.vigil.linkage.table.PackedValues;
import org.vigil.linkage.table.PostcodeFeatures;
import org.vigil.linkage.table.RecordTable;

/**
 * Postcode and town as one comparison, for files whose town follows from the postcode ({@link #townFollowsPostcode}):
 * a ZIP code or a UK postcode lies in one town, and two comparisons would count one agreement twice
 * (docs/decisions/linkage-address.md). The levels are
 * {@link PostcodeLevels}' split by the town, then the town's own when the postcodes are not close. Each level's u
 * is that of the pair of facts among random pairs: where the town follows from the postcode, agreeing on both is
 * about as common as agreeing on the postcode, and the town adds nothing; where they are independent, far rarer.
 * Term-frequency adjustments follow Splink: the u of agreeing on the value, whatever the other field, is replaced
 * by the value's frequency ({@link #termFrequencyU}).
 *
 * <table>
 *   <caption>Levels</caption>
 *   <tr><th>level</th><th>a pair is here when</th></tr>
 *   <tr><td>null</td><td>neither postcode nor town is on both sides</td></tr>
 *   <tr><td>postcode_and_town</td><td>the same postcode and town; adjusted by the postcode's frequency</td></tr>
 *   <tr><td>postcode_and_close_town</td><td>the same postcode, towns Jaro–Winkler ≥ 0.80 (a typo); adjusted so</td></tr>
 *   <tr><td>postcode_no_town</td><td>the same postcode, a town missing; adjusted so</td></tr>
 *   <tr><td>postcode</td><td>the same postcode, different towns; adjusted so</td></tr>
 *   <tr><td>sector_and_town, sector</td><td>UK: the same postcode sector, with or without the same town</td></tr>
 *   <tr><td>district_and_town, district</td><td>UK: the same outward code, with or without the same town</td></tr>
 *   <tr><td>one_character_and_town, one_character</td><td>postcodes one character apart, with or without the
 *       same town</td></tr>
 *   <tr><td>town</td><td>the same town, postcodes not close or missing; adjusted by the town's frequency</td></tr>
 *   <tr><td>town_jaro_winkler_0.92, town_jaro_winkler_0.8</td><td>towns that close, postcodes not</td></tr>
 *   <tr><td>else</td><td>different</td></tr>
 * </table>
 */
public final class PostcodeTownLevels implements Comparison {
    static final String KIND = "postcode_town";
    private static final double HIGH = 0.92;
    private static final double LOW = 0.80;
    /** The levels of the same postcode, each adjusted by the postcode's frequency. */
    private static final int BOTH = 1;
    private static final int CLOSE_TOWN = 2;
    private static final int NO_TOWN = 3;
    private static final int POSTCODE = 4;
    /** Close postcodes: sector, district, one character at 5-10, with the town at the odd level. */
    private static final int NEAR = 5;
    private static final int TOWN = 11;
    private static final int ELSE = 14;
    /** The levels at which the towns are the same: the u of a town's agreement whatever the postcodes. */
    private static final int[] SAME_TOWN = {BOTH, NEAR, NEAR + 2, NEAR + 4, TOWN};
    private static final List<ComparisonLevel> LEVELS = List.of(
            ComparisonLevel.nullLevel("postcode and town"),
            ComparisonLevel.tfLevel("postcode_and_town", "same postcode and town", 0.70, 0.0008),
            ComparisonLevel.tfLevel("postcode_and_close_town", "same postcode, towns Jaro-Winkler >= 0.80", 0.05, 0.0001),
            ComparisonLevel.tfLevel("postcode_no_town", "same postcode, a town missing", 0.03, 0.0001),
            ComparisonLevel.tfLevel("postcode", "same postcode, different towns", 0.02, 0.0001),
            ComparisonLevel.level("sector_and_town", "same UK postcode sector and town", 0.02, 0.001),
            ComparisonLevel.level("sector", "same UK postcode sector", 0.005, 0.001),
            ComparisonLevel.level("district_and_town", "same UK outward code and town", 0.02, 0.005),
            ComparisonLevel.level("district", "same UK outward code", 0.005, 0.005),
            ComparisonLevel.level("one_character_and_town", "postcodes one character apart, same town", 0.03, 0.005),
            ComparisonLevel.level("one_character", "postcodes one character apart", 0.02, 0.005),
            ComparisonLevel.tfLevel("town", "same town, postcodes not close", 0.03, 0.01),
            ComparisonLevel.level("town_jaro_winkler_0.92", "towns Jaro-Winkler >= 0.92, postcodes not close", 0.02, 0.01),
            ComparisonLevel.level("town_jaro_winkler_0.8", "towns Jaro-Winkler >= 0.80, postcodes not close", 0.01, 0.04),
            ComparisonLevel.level("else", "different", 0.04, 0.9167));

    /** {@link #townFollowsPostcode}: the share of same-postcode pairs that share a town, at or above which it does. */
    static final double FOLLOWS = 0.5;

    PostcodeTownLevels() {
    }

    /**
     * Whether, among the pairs of {@code table}'s records that share a postcode, at least {@link #FOLLOWS} share a
     * town as well (North Carolina's voter files: 0.87-0.99). Where the two are independent (FEBRL: 0.05-0.33, the
     * share that duplicates of one person give) two comparisons are right, and better: a pair of independent facts
     * is too rare among random pairs for its u to be measured there.
     */
    static boolean townFollowsPostcode(RecordTable table) {
        CodeColumn postcodes = table.codes(Field.POSTCODE);
        CodeColumn towns = table.codes(Field.LOCALITY);
        long[] keys = new long[table.size()];
        int n = 0;
        for (int r = 0; r < table.size(); r++) {
            int x = postcodes.code(r);
            int y = towns.code(r);
            if (x >= 0 && y >= 0) {
                keys[n++] = (long) x << 32 | y;
            }
        }
        java.util.Arrays.sort(keys, 0, n);
        long samePostcode = 0;
        long both = 0;
        for (int i = 0, postcodeRun = 0, pairRun = 0; i < n; i++) {
            boolean newPostcode = i == 0 || keys[i] >>> 32 != keys[i - 1] >>> 32;
            postcodeRun = newPostcode ? 1 : postcodeRun + 1;
            pairRun = i == 0 || keys[i] != keys[i - 1] ? 1 : pairRun + 1;
            samePostcode += postcodeRun - 1; // pairs the record makes with earlier records of its postcode
            both += pairRun - 1;
        }
        return samePostcode > 0 && both >= FOLLOWS * samePostcode;
    }

    @Override
    public String name() {
        return KIND;
    }

    /** The postcode: what training sessions switch off by; the town is read as well ({@link #fields}). */
    @Override
    public Field field() {
        return Field.POSTCODE;
    }

    @Override
    public List<Field> fields() {
        return List.of(Field.POSTCODE, Field.LOCALITY);
    }

    @Override
    public List<ComparisonLevel> levels() {
        return LEVELS;
    }

    @Override
    public ComparisonSpec spec() {
        return new ComparisonSpec(KIND, Field.POSTCODE, Map.of());
    }

    /**
     * The u of agreeing on the adjusted value whatever the other field: the sum over the levels of the same postcode,
     * or over those of the same town.
     */
    @Override
    public double termFrequencyU(double[] u, int level) {
        if (level >= BOTH && level <= POSTCODE) {
            return u[BOTH] + u[CLOSE_TOWN] + u[NO_TOWN] + u[POSTCODE];
        }
        if (level == TOWN) {
            double sum = 0;
            for (int l : SAME_TOWN) {
                sum += u[l];
            }
            return sum;
        }
        return u[level];
    }

    @Override
    public BoundComparison bind(RecordTable table) {
        CodeColumn postcodes = table.codes(Field.POSTCODE);
        CodeColumn towns = table.codes(Field.LOCALITY);
        PostcodeFeatures f = table.postcodeFeatures();
        PackedValues packed = postcodes.vocabulary().packedValues();
        LetterCounts letters = towns.vocabulary().letterCounts();
        packed.prime();
        letters.prime();
        towns.vocabulary().charPositions().prime();
        return new BoundComparison() {
            @Override
            public int level(int a, int b) {
                int x = postcodes.code(a);
                int y = postcodes.code(b);
                int s = towns.code(a);
                int t = towns.code(b);
                boolean bothTowns = s >= 0 && t >= 0;
                if (x >= 0 && y >= 0) {
                    if (x == y) {
                        return !bothTowns ? NO_TOWN : s == t ? BOTH : similarity(s, t) >= LOW ? CLOSE_TOWN : POSTCODE;
                    }
                    int near = PostcodeLevels.nearness(f, packed, postcodes, x, y);
                    if (near >= 0) {
                        return NEAR + 2 * near + (bothTowns && s == t ? 0 : 1);
                    }
                }
                if (!bothTowns) {
                    return x >= 0 && y >= 0 ? ELSE : 0;
                }
                if (s == t) {
                    return TOWN;
                }
                double jw = similarity(s, t);
                return jw >= HIGH ? TOWN + 1 : jw >= LOW ? TOWN + 2 : ELSE;
            }

            /** Jaro–Winkler of two towns if at least {@link #LOW}, else 0. */
            private double similarity(int s, int t) {
                return letters.jaroWinklerBound(s, t) < LOW ? 0 : Typos.jaroWinkler(towns.vocabulary(), s, t, LOW);
            }

            @Override
            public double termFrequency(int a, int b, int level) {
                return level == TOWN ? towns.termFrequencyOf(a) : postcodes.termFrequencyOf(a);
            }

            @Override
            public double termFrequencyFloor(int record) {
                // A pair agrees on the record's postcode or on its town; 0 stands for a value the record lacks.
                double p = postcodes.termFrequencyOf(record);
                double q = towns.termFrequencyOf(record);
                return p == 0 ? q : q == 0 ? p : Math.min(p, q);
            }

            @Override
            public int population() {
                return postcodes.present();
            }
        };
    }
}
