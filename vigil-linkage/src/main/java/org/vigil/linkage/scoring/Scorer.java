package org.vigil.linkage.scoring;

import java.util.ArrayList;
import java.util.List;
import org.vigil.linkage.comparison.BirthLevels;
import org.vigil.linkage.comparison.BoundComparison;
import org.vigil.linkage.comparison.Comparison;
import org.vigil.linkage.comparison.ComparisonLevel;
import org.vigil.linkage.comparison.ExactLevels;
import org.vigil.linkage.comparison.SetLevels;
import org.vigil.linkage.explain.Waterfall;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.model.MatchWeight;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.RecordTable;

/**
 * A model bound to a table: scores and explains pairs of its records. Thread-safe once the table has
 * stopped growing and is primed.
 */
public final class Scorer {
    /** Term frequencies are floored here so that one-off values do not give unbounded weights. */
    static final double MIN_TERM_FREQUENCY = 1e-7;
    /** Level counts that stand for an entity holding every value the pair agrees on: {@link #mostAmongOthers}. */
    private static final int[][] EVERY_VALUE_ITS_OWN = new int[0][];

    private final LinkageModel model;
    private final RecordTable table;
    private final BoundComparison[] bound;
    private final double[][] weights;
    private final boolean[][] tf;
    /** Whether any level of comparison k is adjusted by term frequency. */
    private final boolean[] adjusted;
    /** log₂ of the u a term-frequency adjustment replaces ({@link Comparison#termFrequencyU}), and that u. */
    private final double[][] log2U;
    private final double[][] tfU;
    private final double prior;
    private final double tfPrior;
    /** Bounds are summed in another order than weights: a margin far above rounding error keeps them safe. */
    private static final double MARGIN = 1e-9;
    /** Comparisons in the order {@link #weightAtLeast} computes them: cheap and decisive first. */
    private final int[] order;
    /** For each comparison, the bit of its field in {@link RecordTable#presence}; a pair lacking it is at level 0. */
    private final int[] fieldBit;
    /** The bits of {@link #fieldBit}: presence bits of other fields move no bound. */
    private final int fieldBits;
    /** {@link Reach} tables the field bits six at a time. */
    static final int CHUNKS = (Field.values().length + 5) / 6;
    /** The most each comparison can add, for the table at its current size. */
    private volatile Gains gains;
    /**
     * {@link #traits}: above the presence bits, a flag and the low 2 bits of the sex code; a 5-bit filter of the
     * companion codes (code mod 5); a flag and the low 4 bits of the birth year of a date of birth. Values that
     * differ there differ in full, and companions whose filters share no bit share no code.
     */
    private static final int SHIFT = Field.values().length;
    private static final boolean HINTS = SHIFT + 3 + 5 + 5 <= 32;
    private static final int SEX_FLAG = 4 << SHIFT;
    private static final int SEX_HINT = 7 << SHIFT;
    private static final int COMPANIONS = 0x1F << (SHIFT + 3);
    private static final int YEAR_FLAG = 0x10 << (SHIFT + 8);
    private static final int YEAR_HINT = 0x1F << (SHIFT + 8);
    /** The comparison of sex by {@link ExactLevels}, and its level "else"; or -1. */
    private final int sexK;
    private final int sexElse;
    /** The comparison of companions by {@link SetLevels}, and its level "else" (it has no middle level); or -1. */
    private final int companionK;
    private final int companionElse;
    /** The comparison by {@link BirthLevels}, and its levels that dates of different years can be at; or -1. */
    private final int birthK;
    private final int[] birthOtherYear;

    public Scorer(LinkageModel model, RecordTable table) {
        this.model = model;
        this.table = table;
        table.prime();
        List<Comparison> cs = model.comparisons();
        bound = new BoundComparison[cs.size()];
        weights = new double[cs.size()][];
        tf = new boolean[cs.size()][];
        adjusted = new boolean[cs.size()];
        log2U = new double[cs.size()][];
        tfU = new double[cs.size()][];
        for (int k = 0; k < cs.size(); k++) {
            bound[k] = cs.get(k).bind(table);
            List<ComparisonLevel> levels = cs.get(k).levels();
            weights[k] = new double[levels.size()];
            tf[k] = new boolean[levels.size()];
            log2U[k] = new double[levels.size()];
            tfU[k] = new double[levels.size()];
            double[] u = model.u(k);
            for (int l = 0; l < levels.size(); l++) {
                weights[k][l] = model.weight(k, l);
                tf[k][l] = levels.get(l).termFrequencyAdjusted();
                adjusted[k] |= tf[k][l];
                tfU[k][l] = cs.get(k).termFrequencyU(u, l);
                log2U[k][l] = MatchWeight.log2(tfU[k][l]);
            }
        }
        prior = model.prior().bits();
        tfPrior = model.termFrequencyPrior();
        fieldBit = new int[cs.size()];
        for (int k = 0; k < cs.size(); k++) {
            // 0: always computed (a null level adjusted by term frequency, which no comparison has today, or a
            // comparison of several fields, which is at its null level only when a record lacks all of them).
            fieldBit[k] = tf[k][0] || cs.get(k).fields().size() > 1 ? 0 : 1 << cs.get(k).field().ordinal();
        }
        fieldBits = java.util.Arrays.stream(fieldBit).reduce(0, (x, y) -> x | y);
        sexK = HINTS ? comparisonOf(cs, Field.SEX, ExactLevels.class) : -1;
        sexElse = sexK < 0 ? -1 : levelOf(cs.get(sexK), "else");
        int c = HINTS ? comparisonOf(cs, Field.COMPANION, SetLevels.class) : -1;
        // Companions without a code in common are at "else": the only level besides null and shared.
        companionK = c >= 0 && cs.get(c).levels().size() == 3 && levelOf(cs.get(c), "else") == 2 ? c : -1;
        companionElse = companionK < 0 ? -1 : 2;
        int b = HINTS ? comparisonOf(cs, Field.BIRTH, BirthLevels.class) : -1;
        int[] other = b < 0 ? null : new int[] {levelOf(cs.get(b), "one_digit"), levelOf(cs.get(b), "within_2_years"),
                levelOf(cs.get(b), "else")};
        if (other != null && java.util.Arrays.stream(other).anyMatch(l -> l < 0 || tf[b][l])) {
            other = null;
        }
        birthK = other == null ? -1 : b;
        birthOtherYear = other;
        gains = gains(-1);
        double[] first = gains.max;
        order = java.util.stream.IntStream.range(0, cs.size()).boxed()
                .sorted(java.util.Comparator.<Integer>comparingInt(k -> cost(cs.get(k).field()))
                        .thenComparing(k -> -first[k]))
                .mapToInt(Integer::intValue).toArray();
    }

    private static int comparisonOf(List<Comparison> cs, Field f, Class<?> kind) {
        for (int k = 0; k < cs.size(); k++) {
            if (cs.get(k).field() == f && kind.isInstance(cs.get(k))) {
                return k;
            }
        }
        return -1;
    }

    private static int levelOf(Comparison c, String label) {
        for (int l = 0; l < c.levels().size(); l++) {
            if (c.levels().get(l).label().equals(label)) {
                return l;
            }
        }
        return -1;
    }

    /**
     * The record's {@link RecordTable#presence} bits and, above them, a few bits of its sex, companions and birth
     * year: kept beside a record in a block, they let {@link Candidates#mayReachWith} settle more candidates than
     * presence alone, still without reading them.
     */
    public int traits(int record) {
        int t = table.presence(record);
        if (!HINTS) {
            return t;
        }
        int sex = table.codes(Field.SEX).code(record);
        if (sex >= 0) {
            t |= (4 | (sex & 3)) << SHIFT;
        }
        // Companions compared through what their codes stand for now cannot be settled by codes kept in a block.
        if (!table.codeSets(Field.COMPANION).isCanonicalised()) {
            for (int code : table.codeSets(Field.COMPANION).codes(record)) {
                t |= 1 << (SHIFT + 3 + code % 5);
            }
        }
        int date = table.birth().date(record);
        if (date > 0) {
            t |= (0x10 | (date / 10000 & 0xF)) << (SHIFT + 8);
        }
        return t;
    }

    /**
     * A rough rank of what a comparison costs per pair: names (nicknames, Jaro–Winkler, phonetic codes) most,
     * free-text fields compared by Jaro–Winkler next, codes, sets and dates least.
     */
    private static int cost(Field f) {
        return switch (f) {
            case GIVEN_NAME, SURNAME -> 2;
            case ADDRESS_LINE, ADDRESS_LINE_2, LOCALITY, BIRTH_PLACE, OCCUPATION -> 1;
            default -> 0;
        };
    }

    public LinkageModel model() {
        return model;
    }

    public RecordTable table() {
        return table;
    }

    /** Number of comparisons. */
    public int comparisons() {
        return bound.length;
    }

    /** The level of comparison {@code k} for the pair. */
    public int level(int k, int a, int b) {
        return bound[k].level(a, b);
    }

    /** The pair's comparison vector packed 4 bits per comparison (comparison 0 lowest). */
    public long pattern(int a, int b) {
        long p = 0;
        for (int k = 0; k < bound.length; k++) {
            p |= (long) bound[k].level(a, b) << (4 * k);
        }
        return p;
    }

    /**
     * What comparison {@code k} adds to the pair's weight: its level's weight and, for a term-frequency-adjusted
     * level, the adjustment. {@link #weightWithoutPrior} is the sum of these.
     */
    public double contribution(int k, int a, int b) {
        int l = bound[k].level(a, b);
        return tf[k][l] ? weights[k][l] + tfAdjustment(k, l, a, b) : weights[k][l];
    }

    /**
     * Whether comparison {@code k} can be at any level but null for a pair with {@code record}: false when the
     * record lacks the comparison's field, and then {@link #contribution} is 0 whatever the other record.
     */
    public boolean compares(int k, int record) {
        return fieldBit[k] == 0 || (table.presence(record) & fieldBit[k]) != 0;
    }

    /** Sum of level weights and term-frequency adjustments, without the prior. */
    public double weightWithoutPrior(int a, int b) {
        double w = 0;
        for (int k = 0; k < bound.length; k++) {
            int l = bound[k].level(a, b);
            w += weights[k][l];
            if (tf[k][l]) {
                w += tfAdjustment(k, l, a, b);
            }
        }
        return w;
    }

    /**
     * For each comparison with a term-frequency adjusted level, how many of {@code records[from..to)}, other than
     * {@code a}, are at each level with {@code a} (null for the other comparisons): what {@link #weightAmongOthers}
     * takes out of the values' counts. One pass over the records serves every candidate among them.
     */
    public int[][] levelCounts(int a, int[] records, int from, int to) {
        int[][] counts = new int[bound.length][];
        for (int k = 0; k < bound.length; k++) {
            if (!adjusted[k] || !compares(k, a)) {
                continue;
            }
            counts[k] = new int[weights[k].length];
            for (int i = from; i < to; i++) {
                if (records[i] != a) {
                    counts[k][bound[k].level(a, records[i])]++;
                }
            }
        }
        return counts;
    }

    /**
     * The pair's total weight, prior included, with each term-frequency adjustment made from the value's frequency
     * among records other than {@code b}'s fellows, the other records already taken for the same entity as {@code b}.
     * {@code counts} are {@link #levelCounts} of {@code a} over the entity's records, {@code b} among them when
     * {@code counted}. Each record at the pair's level of a comparison, so holding the value they agree on, is taken
     * out of the value's count, {@code scale} times over (the records were sampled one in {@code scale}). A prolific
     * entity's own name or phone is then as rare as it is among everyone else; two namesakes still see each other's
     * records. Never less than {@link #weight}: every adjustment is computed in full.
     */
    public double weightAmongOthers(int a, int b, int[][] counts, boolean counted, double scale) {
        double w = 0;
        for (int k = 0; k < bound.length; k++) {
            int l = bound[k].level(a, b);
            w += weights[k][l];
            if (tf[k][l]) {
                double taken = counts == EVERY_VALUE_ITS_OWN ? Double.POSITIVE_INFINITY
                        : fellows(counts, k, l, counted) * scale;
                w += tfAdjustment(k, l, a, b, taken);
            }
        }
        return prior + w;
    }

    /**
     * The most {@link #weightAmongOthers} can give the pair, whatever the entity's other records: each value the pair
     * agrees on as if b alone held it. Costs one scoring of the pair, where counting costs one per record of the entity.
     */
    public double mostAmongOthers(int a, int b) {
        return weightAmongOthers(a, b, EVERY_VALUE_ITS_OWN, false, 1);
    }

    /** The records other than b at level l of comparison k, from {@link #levelCounts}; none without counts. */
    private static int fellows(int[][] counts, int k, int l, boolean counted) {
        if (counts == null || counts[k] == null) {
            return 0;
        }
        return Math.max(0, counts[k][l] - (counted ? 1 : 0));
    }

    /** As {@link #tfAdjustment}, with {@code fellows} records holding the value not counted ({@code b} still is). */
    private double tfAdjustment(int k, int l, int a, int b, double fellows) {
        double f = bound[k].termFrequency(a, b, l);
        if (fellows > 0 || tfPrior > 0) {
            double n = bound[k].population();
            if (fellows > 0) {
                f = Math.max(f - fellows / n, Math.min(f, 1 / n));
            }
            if (tfPrior > 0) {
                f = (f * n + tfPrior * tfU[k][l]) / (n + tfPrior);
            }
        }
        return log2U[k][l] - MatchWeight.log2(Math.max(MIN_TERM_FREQUENCY, f));
    }

    private double tfAdjustment(int k, int l, int a, int b) {
        return tfAdjustment(k, l, a, b, 0);
    }

    /**
     * For each comparison, the most it can add to a pair's weight while the table has {@code size} records: its
     * largest level weight, a term-frequency-adjusted level counted with the adjustment of a value no record
     * holds (the smoothed frequency is then at its least, {@code prior·u/(n + prior)}, so the adjustment at its
     * greatest). Null levels weigh 0, so the result is never negative.
     */
    private final class Gains {
        final int size;
        /** Per comparison, the most it can add. */
        final double[] max;
        /**
         * The bounds of {@link #max} by the fields a pair has, made when first asked for: at most sizes only
         * {@link #max} is read, by {@link #candidatesOf}, which makes bounds of its own.
         */
        private Reach reach;

        Gains(int size, double[] max) {
            this.size = size;
            this.max = max;
        }

        Reach reach() {
            Reach r = reach;
            if (r == null) {
                r = new Reach(max); // immutable: a thread that makes its own meanwhile gets the same bounds
                reach = r;
            }
            return r;
        }
    }

    private Gains gains(int size) {
        double[] max = new double[bound.length];
        for (int k = 0; k < bound.length; k++) {
            max[k] = gain(k, 0);
        }
        return new Gains(size, max);
    }

    /**
     * The most a pair can weigh, prior included, given the most each comparison can add ({@code max}) and the
     * fields the pair has in common: a sum of one table entry per six field bits, instead of a loop over the
     * comparisons (it is asked once for every candidate). A comparison always computed counts in full. A chunk's
     * table has an entry for each combination of the fields the model compares alone (Vigil's mention model compares
     * 14 of the 19), since the other fields' bits add nothing: one is built for every record added.
     */
    private final class Reach {
        private final double[] max;
        private final double base;
        private final double[][] byBits;

        Reach(double[] max) {
            this.max = max;
            double b = prior;
            double[] gainOfField = new double[6 * CHUNKS];
            for (int k = 0; k < bound.length; k++) {
                if (fieldBit[k] == 0) {
                    b += max[k];
                } else {
                    b += weights[k][0];
                    gainOfField[Integer.numberOfTrailingZeros(fieldBit[k])] += max[k] - weights[k][0];
                }
            }
            base = b;
            byBits = byBits(gainOfField, fieldBits);
        }

        double of(int both) {
            return sum(base, byBits, fieldBits, both);
        }
    }

    /**
     * For each six bits of {@code compared}, the gains of every combination of them ({@code gainOfField} by bit, 6 ×
     * {@link #CHUNKS} of them; 0 for a bit not compared), each summed from the highest bit down: entry {@code m} of a
     * chunk is entry {@code m} without its lowest bit plus that bit's gain. Only the combinations of compared bits
     * have an entry.
     */
    static double[][] byBits(double[] gainOfField, int compared) {
        double[][] byBits = new double[CHUNKS][];
        for (int c = 0; c < CHUNKS; c++) {
            int bits = (compared >>> (6 * c)) & 63;
            double[] row = new double[bits + 1];
            // Each combination of the chunk's compared bits in increasing order, so m & (m - 1) comes before m.
            for (int m = -bits & bits; m != 0; m = (m - bits) & bits) {
                row[m] = row[m & (m - 1)] + gainOfField[6 * c + Integer.numberOfTrailingZeros(m)];
            }
            byBits[c] = row;
        }
        return byBits;
    }

    /** {@code base} plus the gains of the compared bits of {@code both}, one {@link #byBits} entry per chunk. */
    static double sum(double base, double[][] byBits, int compared, int both) {
        double r = base;
        int bits = both & compared;
        for (int c = 0; c < CHUNKS; c++) {
            r += byBits[c][(bits >>> (6 * c)) & 63];
        }
        return r;
    }

    /** The most comparison {@code k} can add to a pair whose agreed value has a frequency of at least {@code floor}. */
    private double gain(int k, double floor) {
        double most = 0;
        for (int l = 0; l < weights[k].length; l++) {
            double w = weights[k][l];
            if (tf[k][l]) {
                double least = floor;
                if (tfPrior > 0) {
                    double n = bound[k].population();
                    least = (floor * n + tfPrior * tfU[k][l]) / (n + tfPrior);
                }
                w += log2U[k][l] - MatchWeight.log2(Math.max(MIN_TERM_FREQUENCY, least));
            }
            most = Math.max(most, w);
        }
        return most;
    }

    /**
     * The most the pair can weigh, prior included, whatever the frequencies of the values it agrees on: from the fields
     * both records hold alone, without reading them.
     */
    public double reach(int a, int b) {
        return current().reach().of(table.presence(a) & table.presence(b));
    }

    /**
     * The pair's total match weight if it is at least {@code floor}, and otherwise some value below {@code floor}.
     * A result at or above {@code floor} is exactly {@link #weight} (the same double). A comparison of a field
     * either record lacks is at its null level without being computed; the others are computed cheapest first,
     * and scoring stops as soon as the weight so far plus the most the remaining comparisons could add
     * (term-frequency adjustments included) falls short of {@code floor}.
     */
    public double weightAtLeast(int a, int b, double floor) {
        return weightAtLeast(a, b, floor, current().reach(), new int[bound.length], new double[bound.length]);
    }

    /**
     * Scoring of many records against {@code record}, each as {@link #weightAtLeast}, with bounds that also use
     * what {@code record} holds (a pair agreeing on a common name cannot gain what a rare one would): most
     * candidates of a block are settled from their presence bits alone. Valid until the table grows; not
     * thread-safe.
     */
    public Candidates candidatesOf(int record, double floor) {
        double[] max = current().max.clone();
        for (int k = 0; k < bound.length; k++) {
            double f = bound[k].termFrequencyFloor(record);
            if (f > 0) {
                max[k] = Math.min(max[k], gain(k, f));
            }
        }
        return new Candidates(record, floor, new Reach(max), table.size());
    }

    /** See {@link #candidatesOf}. */
    public final class Candidates {
        private final int record;
        private final double floor;
        private final Reach reach;
        private final int size;
        private final int mine;
        private final int traits;
        /** What a different sex, no companion in common, or dates of birth in different years take from the reach. */
        private final double sexCut;
        private final double companionCut;
        private final double yearCut;
        /** Scratch for {@link #weightAtLeast}, reused by every candidate. */
        private final int[] levels = new int[bound.length];
        private final double[] adjustments = new double[bound.length];

        private Candidates(int record, double floor, Reach reach, int size) {
            this.record = record;
            this.mine = table.presence(record);
            this.traits = traits(record);
            this.floor = floor;
            this.reach = reach;
            this.size = size;
            // Sex codes that differ are at level else; dates of birth whose years differ are at one of birthOtherYear.
            sexCut = sexK < 0 ? 0 : Math.max(0, reach.max[sexK] - weights[sexK][sexElse]);
            companionCut = companionK < 0 ? 0 : Math.max(0, reach.max[companionK] - weights[companionK][companionElse]);
            double most = Double.NEGATIVE_INFINITY;
            if (birthK >= 0) {
                for (int l : birthOtherYear) {
                    most = Math.max(most, weights[birthK][l]);
                }
            }
            yearCut = birthK < 0 ? 0 : Math.max(0, reach.max[birthK] - most);
        }

        /**
         * Whether a candidate with the fields {@code presence} ({@link RecordTable#presence}) could reach the floor:
         * false settles it (its weight is below the floor) without reading the candidate.
         */
        public boolean mayReach(int presence) {
            return reach.of(presence & mine) >= floor - MARGIN;
        }

        /**
         * As {@link #mayReach}, for a candidate's {@link #traits}: a sex or a birth year that differs from the record's,
         * or companions with none in common, bound that comparison by the most its levels for such a pair weigh.
         */
        public boolean mayReachWith(int traits) {
            double r = reach.of(traits & mine);
            int both = traits & this.traits;
            int differ = traits ^ this.traits;
            if ((both & SEX_FLAG) != 0 && (differ & SEX_HINT) != 0) {
                r -= sexCut;
            }
            if ((both & YEAR_FLAG) != 0 && (differ & YEAR_HINT) != 0) {
                r -= yearCut;
            }
            if ((traits & COMPANIONS) != 0 && (this.traits & COMPANIONS) != 0 && (both & COMPANIONS) == 0) {
                r -= companionCut;
            }
            return r >= floor - MARGIN;
        }

        /** The weight of {@code candidate} with the record, as {@link #weightAtLeast}. */
        public double weight(int candidate) {
            if (table.size() != size) {
                throw new IllegalStateException("the table grew from " + size + " to " + table.size() + " records");
            }
            return weightAtLeast(candidate, record, floor, reach, levels, adjustments);
        }
    }

    private Gains current() {
        Gains g = gains;
        int size = table.size();
        if (g.size != size) {
            g = gains(size);
            gains = g;
        }
        return g;
    }

    /** Whether comparison {@code k} must be computed for a pair with fields {@code both} in common. */
    private boolean compared(int both, int k) {
        return fieldBit[k] == 0 || (both & fieldBit[k]) != 0;
    }

    /** {@code levels} and {@code adjustments} are scratch of one entry per comparison, their contents ignored. */
    private double weightAtLeast(int a, int b, double floor, Reach bounds, int[] levels, double[] adjustments) {
        int both = table.presence(a) & table.presence(b);
        double reach = bounds.of(both);
        double[] max = bounds.max;
        double stop = floor - MARGIN;
        if (reach < stop) {
            return Math.min(reach, Math.nextDown(floor));
        }
        // Levels and adjustments are kept apart and summed as weightWithoutPrior sums them, for the same double.
        // A comparison not computed is at level 0, where no adjustment is read.
        java.util.Arrays.fill(levels, 0);
        for (int k : order) {
            if (!compared(both, k)) {
                continue;
            }
            int l = bound[k].level(a, b);
            levels[k] = l;
            double w = weights[k][l];
            if (tf[k][l]) {
                adjustments[k] = tfAdjustment(k, l, a, b);
                w += adjustments[k];
            }
            reach += w - max[k];
            if (reach < stop) {
                return Math.min(reach, Math.nextDown(floor));
            }
        }
        double w = 0;
        for (int k = 0; k < bound.length; k++) {
            int l = levels[k];
            w += weights[k][l];
            if (tf[k][l]) {
                w += adjustments[k];
            }
        }
        return prior + w;
    }

    /** The pair's total match weight, prior included. */
    public double weight(int a, int b) {
        return prior + weightWithoutPrior(a, b);
    }

    public double probability(int a, int b) {
        return MatchWeight.probabilityOf(weight(a, b));
    }

    /** The pair's weight step by step. */
    public Waterfall explain(int a, int b) {
        return explain(a, b, null, false, 1);
    }

    /** As {@link #explain(int, int)}, with the frequencies of {@link #weightAmongOthers}. */
    public Waterfall explain(int a, int b, int[][] counts, boolean counted, double scale) {
        List<Waterfall.Step> steps = new ArrayList<>();
        double total = prior;
        List<Comparison> cs = model.comparisons();
        for (int k = 0; k < bound.length; k++) {
            Comparison c = cs.get(k);
            int l = bound[k].level(a, b);
            double adj = tf[k][l] ? tfAdjustment(k, l, a, b, fellows(counts, k, l, counted) * scale) : 0;
            steps.add(new Waterfall.Step(c.name(), c.levels().get(l).label(), describe(c, a), describe(c, b),
                    model.m(k, l), model.u(k, l), new MatchWeight(weights[k][l]),
                    new MatchWeight(adj)));
            total += weights[k][l] + adj;
        }
        return new Waterfall(table.id(a), table.id(b), new MatchWeight(prior), steps, new MatchWeight(total));
    }

    /** The record's values of the fields {@code c} reads, separated by " / " when there are several. */
    private String describe(Comparison c, int record) {
        List<String> values = new ArrayList<>();
        for (Field f : c.fields()) {
            values.add(table.describe(f, record));
        }
        return String.join(" / ", values);
    }
}
