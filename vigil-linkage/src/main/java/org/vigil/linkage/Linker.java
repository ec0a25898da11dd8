package org.vigil.linkage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.linkage.blocking.BlockedPairs;
import org.vigil.linkage.blocking.BlockingRecall;
import org.vigil.linkage.clustering.ClusterGuard;
import org.vigil.linkage.clustering.Clusters;
import org.vigil.linkage.clustering.GuardedClustering;
import org.vigil.linkage.clustering.PairEvidence;
import org.vigil.linkage.comparison.Comparison;
import org.vigil.linkage.comparison.Comparisons;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.scoring.PairScoring;
import org.vigil.linkage.scoring.Predictions;
import org.vigil.linkage.scoring.ScoredPairs;
import org.vigil.linkage.scoring.Scorer;
import org.vigil.linkage.table.RecordTable;
import org.vigil.linkage.training.ExpectationMaximisation;
import org.vigil.linkage.training.PriorEstimation;
import org.vigil.linkage.training.RandomSampling;

/**
 * Batch linkage of one table (deduplication) or two (linkage), in pipeline order:
 * <pre>{@code
 * Linker linker = Linker.dedupe(table, LinkageSettings.defaultsFor(table.presentFields()));
 * Linker.Training t = linker.train(Comparisons.defaultsFor(table.presentFields()));  // u, then m by EM
 * Predictions p = linker.predict(t.model());                                          // block, score, λ
 * Clusters c = linker.cluster(p, ClusterGuard.defaults(p.threshold()));
 * }</pre>
 * Each stage's wall time is recorded in {@link #stageMillis()}; with {@link #blockInBackground()}, blocking runs
 * beside training and the two times overlap.
 */
public final class Linker {
    /**
     * Fewest distinct pairs that training needs. u is estimated from random pairs, and with a handful of distinct
     * pairs it is their own make-up: in a file of four people where the two who gave a postcode gave the same one,
     * agreeing on a postcode looked certain by chance (u = 1), and EM had two blocked pairs to learn m from. Below
     * this, the comparisons' default m and u stand, and only λ is estimated (docs/decisions/linkage-training.md).
     */
    public static final double MIN_TRAINING_PAIRS = 1_000;
    /**
     * Pseudo-records by which the default model smooths term frequencies ({@link LinkageModel#withTermFrequencyPrior}):
     * in a table of six records every shared value is a third of them, and two files' "Mary Jones, 30 June 1975,
     * S1 2AB" weighed 11 bits less than her name and birth alone.
     */
    static final double DEFAULT_TERM_FREQUENCY_PRIOR = 1_000;
    private final RecordTable table;
    private final boolean link;
    private final LinkageSettings settings;
    private final Map<String, Long> stageMillis = Collections.synchronizedMap(new LinkedHashMap<>());
    private BlockedPairs blocked;

    private Linker(RecordTable table, boolean link, LinkageSettings settings) {
        this.table = table;
        this.link = link;
        this.settings = settings;
    }

    /** Deduplicates {@code table}. */
    public static Linker dedupe(RecordTable table, LinkageSettings settings) {
        return new Linker(table, false, settings);
    }

    /** Links the left records (source 0, added first) of {@code table} with its right records (source 1). */
    public static Linker link(RecordTable table, LinkageSettings settings) {
        return new Linker(table, true, settings);
    }

    public RecordTable table() {
        return table;
    }

    public boolean isLinkage() {
        return link;
    }

    public LinkageSettings settings() {
        return settings;
    }

    /** Pairs that could be compared: n(n−1)/2, or left × right. */
    public double totalPairs() {
        double n = table.size();
        if (!link) {
            return n * (n - 1) / 2;
        }
        double left = table.leftSize();
        return left * (n - left);
    }

    /** Whether there are enough pairs to train on ({@link #MIN_TRAINING_PAIRS}). */
    public boolean canTrain() {
        return totalPairs() >= MIN_TRAINING_PAIRS;
    }

    /** The outcome of training. */
    public record Training(LinkageModel model, List<ExpectationMaximisation.Session> sessions) {
    }

    /**
     * Computes, on the settings' threads at once, everything derived per distinct value that the table and
     * {@code comparisons} read (phonetic codes, postcode parts, letter counts, character positions, token sets),
     * which otherwise the first to need it computes on one thread. Optional: it changes no result.
     */
    public Linker prime(List<Comparison> comparisons) {
        long t0 = System.nanoTime();
        List<Runnable> tasks = new ArrayList<>(table.primingTasks());
        for (Comparison c : comparisons) {
            tasks.add(() -> c.bind(table)); // binding primes what the comparison reads
        }
        Parallel.runEach(settings.threads(), tasks);
        stageMillis.put("prime", (System.nanoTime() - t0) / 1_000_000);
        return this;
    }

    /** The model training starts from: the comparisons' default m and u, and λ 10⁻⁴ ({@link #predict} estimates λ). */
    public LinkageModel untrained(List<Comparison> comparisons) {
        return LinkageModel.withPriors(comparisons, 1e-4);
    }

    /**
     * The model for a table too small to train on ({@link #canTrain()} false): {@link #untrained}, with term
     * frequencies smoothed by {@link #DEFAULT_TERM_FREQUENCY_PRIOR} pseudo-records.
     */
    public LinkageModel defaultModel(List<Comparison> comparisons) {
        return untrained(comparisons).withTermFrequencyPrior(DEFAULT_TERM_FREQUENCY_PRIOR);
    }

    /**
     * Trains {@code comparisons} without labels: u from random pairs, then m by EM. EM's pattern counts do not depend
     * on u, so with more than one thread they are counted on a thread of their own while u is sampled, and only EM's
     * iterations wait for u.
     */
    public Training train(List<Comparison> comparisons) {
        long t0 = System.nanoTime();
        ExpectationMaximisation.Options options = new ExpectationMaximisation.Options(100, 1e-4,
                settings.emMaxPairsPerSession(), settings.seed(), settings.threads());
        Parallel.Pending<ExpectationMaximisation.Patterns> patterns = null;
        if (settings.threads() > 1) {
            table.prime(); // before two threads read the table
            patterns = Parallel.inBackground("vigil-em-patterns", () -> ExpectationMaximisation.Patterns.count(
                    comparisons, table, link, settings.trainingRules(), options.withThreads(1)));
        }
        LinkageModel model = RandomSampling.estimateU(untrained(comparisons), table, link, settings.uSamplePairs(), settings.seed(), settings.threads());
        long t1 = System.nanoTime();
        stageMillis.put("train_u", (t1 - t0) / 1_000_000);
        ExpectationMaximisation.Result em = ExpectationMaximisation.estimateM(model, patterns != null ? patterns.join()
                : ExpectationMaximisation.Patterns.count(comparisons, table, link, settings.trainingRules(), options), options);
        stageMillis.put("train_m", (System.nanoTime() - t1) / 1_000_000);
        return new Training(em.model(), em.sessions());
    }

    /** Trains the default comparisons of the fields present in the table ({@link Comparisons#defaultsFor(RecordTable)}). */
    public Training train() {
        return train(Comparisons.defaultsFor(table));
    }

    /** Blocks (once), scores every candidate pair, and estimates λ from the scores. */
    public Predictions predict(LinkageModel model) {
        return predict(model, true);
    }

    /** As {@link #predict(LinkageModel)}; with {@code estimateLambda} false, the model's own λ is kept. */
    public Predictions predict(LinkageModel model, boolean estimateLambda) {
        BlockedPairs pairs = blocking();
        long t1 = System.nanoTime();
        ScoredPairs scored = PairScoring.score(pairs, new Scorer(model, table), 0.0, settings.threads());
        long t2 = System.nanoTime();
        stageMillis.put("score", (t2 - t1) / 1_000_000);
        LinkageModel finalModel = model;
        if (estimateLambda) {
            finalModel = model.withLambda(PriorEstimation.estimate(scored, totalPairs()));
            stageMillis.put("estimate_lambda", (System.nanoTime() - t2) / 1_000_000);
        }
        return new Predictions(scored, new Scorer(finalModel, table), settings.threshold());
    }

    /**
     * Starts building the candidate pairs on a thread of its own, so that blocking, which does not depend on the
     * model, overlaps training; {@link #predict} then waits for it. A failure there is not lost: predicting builds
     * the pairs again and throws it.
     */
    public Linker blockInBackground() {
        table.prime();
        Thread t = new Thread(() -> {
            try {
                blocking();
            } catch (RuntimeException e) {
                // predict() builds the pairs again and reports the failure there
            }
        }, "vigil-blocking");
        t.setDaemon(true);
        t.start();
        return this;
    }

    /** The candidate pairs under the settings' blocking rules (built on first use). */
    public synchronized BlockedPairs blocking() {
        if (blocked == null) {
            long t0 = System.nanoTime();
            blocked = BlockedPairs.of(table, settings.blockingRules(), link, settings.maxBlockSize(),
                    settings.maxPairsPerRecord(), settings.threads());
            stageMillis.put("block", (System.nanoTime() - t0) / 1_000_000);
        }
        return blocked;
    }

    /** Blocking recall against ground-truth entity keys (one per record, {@code null} if unknown). */
    public BlockingRecall blockingRecall(String[] entity) {
        return BlockingRecall.measure(blocking(), entity, settings.threads());
    }

    /** Clusters the matches, each join checked by {@code guard}. */
    public Clusters cluster(Predictions p, ClusterGuard guard) {
        long t0 = System.nanoTime();
        ScoredPairs s = p.pairs();
        int n = s.size();
        int[] a = new int[n];
        int[] b = new int[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = s.left(i);
            b[i] = s.right(i);
            w[i] = p.weight(i);
        }
        Clusters c = GuardedClustering.cluster(table.size(), a, b, w, PairEvidence.of(p.scorer(), guard.contradictions()), guard);
        stageMillis.put("cluster", (System.nanoTime() - t0) / 1_000_000);
        return c;
    }

    /** Wall time of each stage run so far, in milliseconds, in the order run. */
    public Map<String, Long> stageMillis() {
        synchronized (stageMillis) {
            return new LinkedHashMap<>(stageMillis);
        }
    }
}
