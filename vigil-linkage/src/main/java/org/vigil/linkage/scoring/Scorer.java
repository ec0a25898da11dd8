package org.vigil.linkage.scoring;

import java.util.ArrayList;
import java.util.List;
import org.vigil.linkage.comparison.BoundComparison;
import org.vigil.linkage.comparison.Comparison;
import org.vigil.linkage.comparison.ComparisonLevel;
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

    private final LinkageModel model;
    private final RecordTable table;
    private final BoundComparison[] bound;
    private final double[][] weights;
    private final boolean[][] tf;
    private final double[][] log2U;
    private final double prior;
    private final double tfPrior;
    /** Bounds are summed in another order than weights: a margin far above rounding error keeps them safe. */
    private static final double MARGIN = 1e-9;
    /** Comparisons in the order {@link #weightAtLeast} computes them: cheap and decisive first. */
    private final int[] order;
    /** For each comparison, the bit of its field in {@link RecordTable#presence}; a pair lacking it is at level 0. */
    private final int[] fieldBit;
    /** The most each comparison can add, for the table at its current size. */
    private volatile Gains gains;

    public Scorer(LinkageModel model, RecordTable table) {
        this.model = model;
        this.table = table;
        table.prime();
        List<Comparison> cs = model.comparisons();
        bound = new BoundComparison[cs.size()];
        weights = new double[cs.size()][];
        tf = new boolean[cs.size()][];
        log2U = new double[cs.size()][];
        for (int k = 0; k < cs.size(); k++) {
            bound[k] = cs.get(k).bind(table);
            List<ComparisonLevel> levels = cs.get(k).levels();
            weights[k] = new double[levels.size()];
            tf[k] = new boolean[levels.size()];
            log2U[k] = new double[levels.size()];
            for (int l = 0; l < levels.size(); l++) {
                weights[k][l] = model.weight(k, l);
                tf[k][l] = levels.get(l).termFrequencyAdjusted();
                log2U[k][l] = MatchWeight.log2(model.u(k, l));
            }
        }
        prior = model.prior().bits();
        tfPrior = model.termFrequencyPrior();
        fieldBit = new int[cs.size()];
        for (int k = 0; k < cs.size(); k++) {
            // 0: always computed (a null level adjusted by term frequency, which no comparison has today).
            fieldBit[k] = tf[k][0] ? 0 : 1 << cs.get(k).field().ordinal();
        }
        gains = gains(-1);
        double[] first = gains.reach().max;
        order = java.util.stream.IntStream.range(0, cs.size()).boxed()
                .sorted(java.util.Comparator.<Integer>comparingInt(k -> cost(cs.get(k).field()))
                        .thenComparing(k -> -first[k]))
                .mapToInt(Integer::intValue).toArray();
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

    private double tfAdjustment(int k, int l, int a, int b) {
        double f = bound[k].termFrequency(a, b, l);
        if (tfPrior > 0) {
            double n = bound[k].population();
            f = (f * n + tfPrior * model.u(k, l)) / (n + tfPrior);
        }
        return log2U[k][l] - MatchWeight.log2(Math.max(MIN_TERM_FREQUENCY, f));
    }

    /**
     * For each comparison, the most it can add to a pair's weight while the table has {@code size} records: its
     * largest level weight, a term-frequency-adjusted level counted with the adjustment of a value no record
     * holds (the smoothed frequency is then at its least, {@code prior·u/(n + prior)}, so the adjustment at its
     * greatest). Null levels weigh 0, so the result is never negative.
     */
    private record Gains(int size, Reach reach) {
    }

    private Gains gains(int size) {
        double[] max = new double[bound.length];
        for (int k = 0; k < bound.length; k++) {
            max[k] = gain(k, 0);
        }
        return new Gains(size, new Reach(max));
    }

    /**
     * The most a pair can weigh, prior included, given the most each comparison can add ({@code max}) and the
     * fields the pair has in common: a sum of three table entries, one per six field bits, instead of a loop
     * over the comparisons (it is asked once for every candidate). A comparison always computed counts in full.
     */
    private final class Reach {
        private static final int CHUNKS = (Field.values().length + 5) / 6;
        private final double[] max;
        private final double base;
        private final double[][] byBits = new double[CHUNKS][64];

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
            for (int c = 0; c < CHUNKS; c++) {
                for (int m = 1; m < 64; m++) {
                    byBits[c][m] = byBits[c][m & (m - 1)] + gainOfField[6 * c + Integer.numberOfTrailingZeros(m)];
                }
            }
        }

        double of(int both) {
            double r = base;
            for (int c = 0; c < CHUNKS; c++) {
                r += byBits[c][(both >>> (6 * c)) & 63];
            }
            return r;
        }
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
                    least = (floor * n + tfPrior * model.u(k, l)) / (n + tfPrior);
                }
                w += log2U[k][l] - MatchWeight.log2(Math.max(MIN_TERM_FREQUENCY, least));
            }
            most = Math.max(most, w);
        }
        return most;
    }

    /**
     * The pair's total match weight if it is at least {@code floor}, and otherwise some value below {@code floor}.
     * A result at or above {@code floor} is exactly {@link #weight} (the same double). A comparison of a field
     * either record lacks is at its null level without being computed; the others are computed cheapest first,
     * and scoring stops as soon as the weight so far plus the most the remaining comparisons could add
     * (term-frequency adjustments included) falls short of {@code floor}.
     */
    public double weightAtLeast(int a, int b, double floor) {
        return weightAtLeast(a, b, floor, current().reach());
    }

    /**
     * Scoring of many records against {@code record}, each as {@link #weightAtLeast}, with bounds that also use
     * what {@code record} holds (a pair agreeing on a common name cannot gain what a rare one would): most
     * candidates of a block are settled from their presence bits alone. Valid until the table grows; not
     * thread-safe.
     */
    public Candidates candidatesOf(int record, double floor) {
        double[] max = current().reach().max.clone();
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

        private Candidates(int record, double floor, Reach reach, int size) {
            this.record = record;
            this.mine = table.presence(record);
            this.floor = floor;
            this.reach = reach;
            this.size = size;
        }

        /**
         * Whether a candidate with the fields {@code presence} ({@link RecordTable#presence}) could reach the floor:
         * false settles it (its weight is below the floor) without reading the candidate.
         */
        public boolean mayReach(int presence) {
            return reach.of(presence & mine) >= floor - MARGIN;
        }

        /** The weight of {@code candidate} with the record, as {@link #weightAtLeast}. */
        public double weight(int candidate) {
            if (table.size() != size) {
                throw new IllegalStateException("the table grew from " + size + " to " + table.size() + " records");
            }
            return weightAtLeast(candidate, record, floor, reach);
        }
    }

    private Gains current() {
        Gains g = gains;
        int size = table.size();
        if (g.size() != size) {
            g = gains(size);
            gains = g;
        }
        return g;
    }

    /** Whether comparison {@code k} must be computed for a pair with fields {@code both} in common. */
    private boolean compared(int both, int k) {
        return fieldBit[k] == 0 || (both & fieldBit[k]) != 0;
    }

    private double weightAtLeast(int a, int b, double floor, Reach bounds) {
        int both = table.presence(a) & table.presence(b);
        double reach = bounds.of(both);
        double[] max = bounds.max;
        double stop = floor - MARGIN;
        if (reach < stop) {
            return Math.min(reach, Math.nextDown(floor));
        }
        // Levels and adjustments are kept apart and summed as weightWithoutPrior sums them, for the same double.
        int[] levels = new int[bound.length];
        double[] adjustments = new double[bound.length];
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
        List<Waterfall.Step> steps = new ArrayList<>();
        double total = prior;
        List<Comparison> cs = model.comparisons();
        for (int k = 0; k < bound.length; k++) {
            Comparison c = cs.get(k);
            int l = bound[k].level(a, b);
            double adj = tf[k][l] ? tfAdjustment(k, l, a, b) : 0;
            steps.add(new Waterfall.Step(c.name(), c.levels().get(l).label(), table.describe(c.field(), a),
                    table.describe(c.field(), b), model.m(k, l), model.u(k, l), new MatchWeight(weights[k][l]),
                    new MatchWeight(adj)));
            total += weights[k][l] + adj;
        }
        return new Waterfall(table.id(a), table.id(b), new MatchWeight(prior), steps, new MatchWeight(total));
    }
}
