package org.vigil.linkage.training;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vigil.linkage.blocking.BlockedPairs;
import org.vigil.linkage.blocking.BlockingRule;
import org.vigil.linkage.comparison.Comparison;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.scoring.Scorer;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.RecordTable;

/**
 * Estimates m probabilities by Expectation–Maximisation over blocked pairs, u held fixed (Splink's
 * {@code estimate_parameters_using_expectation_maximisation}).
 *
 * <p>One session per training rule. In a session the pairs are those the rule blocks together (a sample
 * of at most {@link Options#maxPairsPerSession()}), summarised as counts of distinct comparison vectors.
 * Comparisons whose field the rule reads are switched off: every pair agrees there by construction, so
 * they carry no information about m. So are the other parts of an address when the rule reads one of them:
 * records that share a postcode nearly all share a town too, matches or not, and EM, whose u for the town
 * is that of random pairs, would take that agreement for a match (on a file of names, town and postcode it
 * judged 99% of same-postcode pairs to be matches, and names' m fell to their u). Each iteration:
 * <ul>
 *   <li>E: posterior P(match | γ) = σ(logit λ<sub>s</sub> + Σ<sub>k active</sub> ln(m<sub>k,γk</sub>/u<sub>k,γk</sub>));
 *   <li>M: m<sub>k,l</sub> ∝ Σ count·posterior over patterns with γ<sub>k</sub> = l (null level excluded;
 *       pseudo-count 0.5), λ<sub>s</sub> = mean posterior;
 * </ul>
 * until no m moves by more than {@link Options#tolerance()}. A comparison's m is the mean of its
 * estimates over the sessions that estimated it; comparisons never estimated keep their m.
 */
public final class ExpectationMaximisation {

    /** Settings of a training run. */
    public record Options(int maxIterations, double tolerance, long maxPairsPerSession, long seed, int threads) {
        public static Options defaults(int threads) {
            return new Options(100, 1e-4, 2_000_000, 42, threads);
        }

        public Options withThreads(int n) {
            return new Options(maxIterations, tolerance, maxPairsPerSession, seed, n);
        }
    }

    /** What one session did. */
    public record Session(String rule, long blockedPairs, long usedPairs, int patterns, int iterations,
                          boolean converged, double lambdaInBlocks, Set<Field> switchedOff) {
    }

    /** The model with estimated m, and what each session did. */
    public record Result(LinkageModel model, List<Session> sessions) {
    }

    private ExpectationMaximisation() {
    }

    /** As {@link #estimateM(LinkageModel, Patterns, Options)}, counting the patterns first. */
    public static Result estimateM(LinkageModel model, RecordTable table, boolean link, List<BlockingRule> rules,
                                   Options options) {
        return estimateM(model, Patterns.count(model.comparisons(), table, link, rules, options), options);
    }

    /**
     * The comparison vectors of each session's pairs, counted. They depend on the comparisons' levels only, not on m
     * or u, so they can be counted while u is still being estimated; EM then runs on the counts alone.
     */
    public static final class Patterns {
        private final List<Comparison> comparisons;
        private final List<Counted> sessions;

        private Patterns(List<Comparison> comparisons, List<Counted> sessions) {
            this.comparisons = comparisons;
            this.sessions = sessions;
        }

        /** Blocks {@code table} by each of {@code rules} in turn and counts the patterns of its pairs (a sample of them). */
        public static Patterns count(List<Comparison> comparisons, RecordTable table, boolean link,
                                     List<BlockingRule> rules, Options options) {
            Scorer scorer = new Scorer(LinkageModel.withPriors(comparisons, 1e-4), table); // levels only: no weight is read
            List<Counted> sessions = new ArrayList<>();
            for (BlockingRule rule : rules) {
                BlockedPairs pairs = BlockedPairs.of(table, List.of(rule), link, 0, 0, options.threads());
                long blocked = pairs.blockPairsByRule()[0];
                double keep = blocked <= options.maxPairsPerSession() ? 1.0 : (double) options.maxPairsPerSession() / blocked;
                long threshold = keep >= 1 ? Long.MAX_VALUE : (long) (keep * Long.MAX_VALUE);
                long seed = options.seed();
                List<Sink> sinks = pairs.forEachParallel(options.threads(), () -> new Sink(scorer, threshold, seed));
                PatternCounts counts = new PatternCounts();
                long used = 0;
                for (Sink s : sinks) {
                    counts.addAll(s.counts);
                    used += s.used;
                }
                sessions.add(new Counted(rule, blocked, used, counts.toArrays()));
            }
            return new Patterns(List.copyOf(comparisons), List.copyOf(sessions));
        }
    }

    /** One session's pairs: {@code patterns[0]} the distinct patterns, {@code patterns[1]} their counts. */
    private record Counted(BlockingRule rule, long blocked, long used, long[][] patterns) {
    }

    /** m for {@code model} (whose u is held) by EM on {@code patterns}, counted for the model's comparisons. */
    public static Result estimateM(LinkageModel model, Patterns patterns, Options options) {
        if (!patterns.comparisons.equals(model.comparisons())) {
            throw new IllegalArgumentException("patterns counted for " + patterns.comparisons + ", not for the model's "
                    + model.comparisons());
        }
        int k = model.comparisons().size();
        double[][] sum = new double[k][];
        int[] sessionsFor = new int[k];
        List<Session> sessions = new ArrayList<>();
        for (Counted c : patterns.sessions) {
            BlockingRule rule = c.rule();
            boolean[] active = new boolean[k];
            Set<Field> off = switchedOff(rule);
            for (int q = 0; q < k; q++) {
                active[q] = !off.contains(model.comparisons().get(q).field());
            }
            if (c.used() == 0) {
                sessions.add(new Session(rule.name(), c.blocked(), 0, 0, 0, false, Double.NaN, off));
                continue;
            }
            long[][] pc = c.patterns();
            SessionResult r = run(model, pc[0], pc[1], active, options);
            for (int q = 0; q < k; q++) {
                if (active[q] && r.m[q] != null) {
                    if (sum[q] == null) {
                        sum[q] = new double[r.m[q].length];
                    }
                    for (int l = 0; l < r.m[q].length; l++) {
                        sum[q][l] += r.m[q][l];
                    }
                    sessionsFor[q]++;
                }
            }
            sessions.add(new Session(rule.name(), c.blocked(), c.used(), pc[0].length, r.iterations, r.converged, r.lambda,
                    off));
        }
        LinkageModel out = model;
        for (int q = 0; q < k; q++) {
            if (sessionsFor[q] > 0) {
                double[] m = sum[q].clone();
                for (int l = 0; l < m.length; l++) {
                    m[l] /= sessionsFor[q];
                }
                out = out.withM(q, m);
            }
        }
        return new Result(out, List.copyOf(sessions));
    }

    /** Parts of an address: a pair that shares one tends to share the others, match or not. */
    private static final Set<Field> ADDRESS = EnumSet.of(Field.STREET_NUMBER, Field.ADDRESS_LINE, Field.ADDRESS_LINE_2,
            Field.LOCALITY, Field.POSTCODE, Field.REGION);

    /** The fields whose comparisons a session under {@code rule} does not estimate. */
    static Set<Field> switchedOff(BlockingRule rule) {
        Set<Field> off = EnumSet.noneOf(Field.class);
        off.addAll(rule.fields());
        if (off.stream().anyMatch(ADDRESS::contains)) {
            off.addAll(ADDRESS);
        }
        return off;
    }

    record SessionResult(double[][] m, double lambda, int iterations, boolean converged) {
    }

    /** EM on pattern counts; returns m for active comparisons that had non-null data. */
    static SessionResult run(LinkageModel model, long[] patterns, long[] counts, boolean[] active, Options options) {
        int k = active.length;
        int n = patterns.length;
        int[][] levels = new int[n][k];
        for (int p = 0; p < n; p++) {
            for (int q = 0; q < k; q++) {
                levels[p][q] = (int) (patterns[p] >>> (4 * q)) & 0xf;
            }
        }
        double[][] m = new double[k][];
        double[][] lnU = new double[k][];
        for (int q = 0; q < k; q++) {
            m[q] = model.m(q);
            double[] u = model.u(q);
            lnU[q] = new double[u.length];
            for (int l = 0; l < u.length; l++) {
                lnU[q][l] = Math.log(u[l]);
            }
        }
        double total = 0;
        for (long c : counts) {
            total += c;
        }
        double lambda = 0.3;
        int iteration = 0;
        boolean converged = false;
        boolean[] estimated = new boolean[k];
        while (iteration < options.maxIterations() && !converged) {
            iteration++;
            double[][] acc = new double[k][];
            for (int q = 0; q < k; q++) {
                acc[q] = new double[m[q].length];
            }
            double[][] lnM = new double[k][];
            for (int q = 0; q < k; q++) {
                lnM[q] = new double[m[q].length];
                for (int l = 0; l < m[q].length; l++) {
                    lnM[q][l] = Math.log(m[q][l]);
                }
            }
            double logitPrior = Math.log(lambda / (1 - lambda));
            double matches = 0;
            for (int p = 0; p < n; p++) {
                double z = logitPrior;
                int[] lv = levels[p];
                for (int q = 0; q < k; q++) {
                    int l = lv[q];
                    if (active[q] && l != 0) {
                        z += lnM[q][l] - lnU[q][l];
                    }
                }
                double post = 1 / (1 + Math.exp(-z));
                double w = counts[p] * post;
                matches += w;
                for (int q = 0; q < k; q++) {
                    if (active[q] && lv[q] != 0) {
                        acc[q][lv[q]] += w;
                    }
                }
            }
            double maxChange = 0;
            for (int q = 0; q < k; q++) {
                if (!active[q]) {
                    continue;
                }
                double s = 0;
                for (int l = 1; l < acc[q].length; l++) {
                    s += acc[q][l] + 0.5;
                }
                if (s <= 0.5 * (acc[q].length - 1) + 1e-9) {
                    continue; // no non-null pairs for this comparison
                }
                estimated[q] = true;
                for (int l = 1; l < acc[q].length; l++) {
                    double next = (acc[q][l] + 0.5) / s;
                    maxChange = Math.max(maxChange, Math.abs(next - m[q][l]));
                    m[q][l] = next;
                }
            }
            lambda = Math.min(1 - 1e-9, Math.max(1e-9, matches / total));
            converged = maxChange < options.tolerance();
        }
        double[][] out = new double[k][];
        for (int q = 0; q < k; q++) {
            out[q] = estimated[q] ? m[q] : null;
        }
        return new SessionResult(out, lambda, iteration, converged);
    }

    private static final class Sink implements BlockedPairs.PairSink {
        private final Scorer scorer;
        private final long threshold;
        private final long seed;
        final PatternCounts counts = new PatternCounts();
        long used;

        Sink(Scorer scorer, long threshold, long seed) {
            this.scorer = scorer;
            this.threshold = threshold;
            this.seed = seed;
        }

        @Override
        public void accept(int a, int b) {
            if (threshold != Long.MAX_VALUE) {
                long h = mix(((long) a << 32 | b) ^ seed) >>> 1;
                if (h > threshold) {
                    return;
                }
            }
            used++;
            counts.add(scorer.pattern(a, b), 1);
        }

        private static long mix(long k) {
            k ^= k >>> 33;
            k *= 0xff51afd7ed558ccdL;
            k ^= k >>> 33;
            k *= 0xc4ceb9fe1a85ec53L;
            k ^= k >>> 33;
            return k;
        }
    }
}
