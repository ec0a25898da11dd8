package org.vigil.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.vigil.linkage.LinkageSettings;
import org.vigil.linkage.Linker;
import org.vigil.linkage.blocking.BlockingRule;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.scoring.Predictions;
import org.vigil.linkage.scoring.ScoredPairs;
import org.vigil.linkage.scoring.Scorer;
import org.vigil.linkage.table.RecordTable;
import org.vigil.linkage.training.PriorEstimation;

/**
 * Batch linkage with blocking and scoring on Spark, in the pipeline order of {@link Linker}:
 * <pre>{@code
 * SparkLinker s = SparkLinker.of(sc, SharedTable.read(left, right, "rec_id", null), settings);
 * LinkageModel m = s.local().train().model();    // on the driver, as Linker trains
 * Predictions p = s.predict(m);                   // blocks and scores on Spark; λ on the driver
 * Clusters c = s.local().cluster(p, guard);       // on the driver
 * }</pre>
 * {@link #predict} gives the same pairs, weights and λ as {@code local().predict(m)}: the same candidate pairs (each
 * once, by the first rule that blocks it; the same rules dropped for the pair budget and blocks skipped for size),
 * scored by a {@link Scorer} of the same model over an equal table on every executor.
 */
public final class SparkLinker {
    /** {@code BlockedPairs.MIN_RULE_BUDGET}: a rule within this many pairs is never dropped for the budget. */
    static final long MIN_RULE_BUDGET = 2_000_000;
    private final JavaSparkContext sc;
    private final SharedTable rows;
    private final Linker local;
    private final Map<String, Long> stageMillis = Collections.synchronizedMap(new LinkedHashMap<>());
    private List<BlockingRule> rules = List.of();
    private List<String> droppedRules = List.of();

    private SparkLinker(JavaSparkContext sc, SharedTable rows, Linker local) {
        this.sc = sc;
        this.rows = rows;
        this.local = local;
    }

    /** Deduplicates {@code rows}, or links its left records with its right ones if it has both. */
    public static SparkLinker of(JavaSparkContext sc, SharedTable rows, LinkageSettings settings) {
        return of(sc, rows, rows.toTable(), settings);
    }

    /** As {@link #of(JavaSparkContext, SharedTable, LinkageSettings)}, with {@code table} built by {@code rows.toTable()}. */
    public static SparkLinker of(JavaSparkContext sc, SharedTable rows, RecordTable table, LinkageSettings settings) {
        if (table.size() != rows.size()) {
            throw new IllegalArgumentException("the table is not the rows': " + table.size() + " records, " + rows.size() + " rows");
        }
        return new SparkLinker(sc, rows, rows.isLinkage() ? Linker.link(table, settings) : Linker.dedupe(table, settings));
    }

    /** The single-JVM linker over the driver's table: what trains and clusters. */
    public Linker local() {
        return local;
    }

    public RecordTable table() {
        return local.table();
    }

    /** Blocks and scores on Spark, then estimates λ from the scores, as {@link Linker#predict(LinkageModel)}. */
    public Predictions predict(LinkageModel model) {
        LinkageSettings settings = local.settings();
        List<BlockingRule> candidates = settings.blockingRules();
        ArrayList<String> names = new ArrayList<>();
        candidates.forEach(r -> names.add(r.name()));
        int n = table().size();
        Broadcast<byte[]> job = sc.broadcast(new ScoringJob(rows, model.toJson(), names, local.isLinkage(),
                settings.maxBlockSize()).toBytes());
        try {
            long t0 = System.nanoTime();
            int slices = Math.max(2 * sc.defaultParallelism(), Math.min(1_000, n / 20_000));
            int partitions = Math.max(Integer.parseInt(sc.getConf().get("spark.sql.shuffle.partitions", "4")), slices);
            JavaRDD<Block> blocks = SparkBlocking.blocks(sc, job, n, slices, partitions).persist(StorageLevel.MEMORY_ONLY());
            int leftSize = leftSize();
            boolean link = local.isLinkage();
            Map<Integer, Long> pairsByRule = blocks.mapToPair(b -> new scala.Tuple2<>(b.rule(), b.pairs(link, leftSize)))
                    .reduceByKey(Long::sum).collectAsMap();
            int[][] before = keep(candidates, pairsByRule, settings.maxPairsPerRecord(), n);
            long t1 = System.nanoTime();
            stageMillis.put("spark_block", (t1 - t0) / 1_000_000);
            List<ScoredChunk> chunks = SparkBlocking.score(blocks, job, before).collect();
            blocks.unpersist(false);
            ScoredPairs scored = concatenate(chunks);
            long t2 = System.nanoTime();
            stageMillis.put("spark_score", (t2 - t1) / 1_000_000);
            LinkageModel finalModel = model.withLambda(PriorEstimation.estimate(scored, local.totalPairs()));
            stageMillis.put("estimate_lambda", (System.nanoTime() - t2) / 1_000_000);
            return new Predictions(scored, new Scorer(finalModel, table()), settings.threshold());
        } finally {
            ExecutorState.forget(job.id());
            job.destroy();
        }
    }

    /**
     * Decides which candidate rules are kept, as {@code BlockedPairs} does: a rule whose blocks hold more than
     * max({@link #MIN_RULE_BUDGET}, maxPairsPerRecord × records) pairs is dropped (0: keep all). Returns, for each
     * kept candidate rule, the kept rules ahead of it; {@code null} for a dropped one.
     */
    private int[][] keep(List<BlockingRule> candidates, Map<Integer, Long> pairsByRule, double maxPairsPerRecord, int n) {
        double budget = maxPairsPerRecord > 0 ? Math.max(MIN_RULE_BUDGET, maxPairsPerRecord * n) : Double.POSITIVE_INFINITY;
        int[][] before = new int[candidates.size()][];
        List<Integer> kept = new ArrayList<>();
        List<BlockingRule> keptRules = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (int q = 0; q < candidates.size(); q++) {
            long pairs = pairsByRule.getOrDefault(q, 0L);
            if (pairs > budget) {
                dropped.add(candidates.get(q).name() + " (" + pairs + " pairs)");
                continue;
            }
            before[q] = kept.stream().mapToInt(Integer::intValue).toArray();
            kept.add(q);
            keptRules.add(candidates.get(q));
        }
        rules = List.copyOf(keptRules);
        droppedRules = List.copyOf(dropped);
        return before;
    }

    private int leftSize() {
        RecordTable t = table();
        if (!local.isLinkage()) {
            return t.size();
        }
        int left = 0;
        while (left < t.size() && t.source(left) == 0) {
            left++;
        }
        return left;
    }

    private static ScoredPairs concatenate(List<ScoredChunk> chunks) {
        int n = 0;
        long candidates = 0;
        for (ScoredChunk c : chunks) {
            n += c.size;
            candidates += c.candidates;
        }
        long[] pairs = new long[n];
        float[] weights = new float[n];
        int i = 0;
        for (ScoredChunk c : chunks) {
            System.arraycopy(c.pairs, 0, pairs, i, c.size);
            System.arraycopy(c.weights, 0, weights, i, c.size);
            i += c.size;
        }
        return ScoredPairs.ofPacked(pairs, weights, candidates);
    }

    /** The rules the last {@link #predict} used (those not dropped for the pair budget). */
    public List<BlockingRule> rules() {
        return rules;
    }

    /** Rules the last {@link #predict} dropped for exceeding the pair budget, with their pair counts. */
    public List<String> droppedRules() {
        return droppedRules;
    }

    /** Wall time of each Spark stage run so far, in milliseconds, in the order run. */
    public Map<String, Long> stageMillis() {
        synchronized (stageMillis) {
            return new LinkedHashMap<>(stageMillis);
        }
    }
}
