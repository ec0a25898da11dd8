package org.vigil.bench.linkage;

import org.vigil.bench.Heap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.linkage.blocking.BlockedPairs;
import org.vigil.linkage.blocking.BlockingRecall;
import org.vigil.linkage.csv.CsvLinkage;
import org.vigil.linkage.csv.CsvPersons;
import org.vigil.linkage.csv.LinkOptions;
import org.vigil.linkage.csv.LinkSummary;
import org.vigil.linkage.table.RecordTable;

/**
 * Deduplicates one million FEBRL-style records ({@link FebrlStyleGenerator}, seeded) through
 * {@link CsvLinkage#run}, the code path of {@code vigil link}, and reports wall time per stage, peak heap
 * and peak RSS, then (untimed) pairwise quality against the ids and blocking recall.
 *
 * <p>Usage: {@code java -Xmx8g -cp benchmarks.jar org.vigil.bench.linkage.MillionDedup [RECORDS] [SEED]
 * [FEBRL_DIR] [WORK_DIR]} (defaults 1,000,000; 42; {@code /work/shared/data/linkage/febrl}; a temp dir).
 */
public final class MillionDedup {
    private MillionDedup() {
    }

    public static void main(String[] args) throws Exception {
        Heap.track();
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Path febrl = Path.of(args.length > 2 ? args[2] : "/work/shared/data/linkage/febrl");
        Path work = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("vigil-1m-");
        Path in = work.resolve("people.csv");
        Path out = work.resolve("pairs.csv");
        long g0 = System.nanoTime();
        int entities = new FebrlStyleGenerator(febrl, seed).write(in, records);
        System.out.printf(Locale.ROOT, "generated %,d records of %,d people in %d ms (%s, %,d bytes)%n", records, entities,
                (System.nanoTime() - g0) / 1_000_000, in, Files.size(in));
        System.gc();
        Heap.resetPeaks();

        long t0 = System.nanoTime();
        LinkSummary s = CsvLinkage.run(LinkOptions.of(in, null, "rec_id", out));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String heap = Heap.summary();
        System.out.printf(Locale.ROOT, "vigil link: %,d ms wall; %,d candidate pairs; %,d pairs written; lambda %.3g%n", ms,
                s.candidatePairs(), s.pairsWritten(), s.model().lambda());
        System.out.printf(Locale.ROOT, "stages (ms): %s%n", s.stageMillis());
        System.out.printf(Locale.ROOT, "blocking rules: %s%n", s.blockingRules());
        System.out.printf(Locale.ROOT, "%s; peak RSS %s; processors %d; java %s%n", heap, peakRss(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        // Untimed: quality against the ids, and blocking recall of the rules that were used.
        long tp = 0;
        List<String> lines = Files.readAllLines(out);
        for (String l : lines.subList(1, lines.size())) {
            String[] p = l.split(",");
            if (FebrlTruth.entity(p[0]).equals(FebrlTruth.entity(p[1]))) {
                tp++;
            }
        }
        RecordTable t = RecordTable.of(CsvPersons.read(in, "rec_id", Map.of()).records());
        String[] entity = new String[t.size()];
        for (int i = 0; i < t.size(); i++) {
            entity[i] = FebrlTruth.entity(t.id(i));
        }
        long truePairs = org.vigil.linkage.evaluation.PairwiseQuality.truePairs(entity, t.size());
        double precision = (double) tp / Math.max(1, lines.size() - 1);
        double recall = (double) tp / truePairs;
        System.out.printf(Locale.ROOT, "quality: P %.4f R %.4f F1 %.4f (%,d true pairs)%n", precision, recall,
                2 * precision * recall / (precision + recall), truePairs);
        List<org.vigil.linkage.blocking.BlockingRule> rules = new ArrayList<>();
        s.blockingRules().forEach(r -> rules.add(org.vigil.linkage.blocking.BlockingRule.parse(r)));
        BlockingRecall br = BlockingRecall.measure(BlockedPairs.of(t, rules, false, 0), entity, 2);
        System.out.println(br);
    }

    private static String peakRss() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return l.substring(6).trim();
                }
            }
        } catch (Exception e) {
            return "unknown";
        }
        return "unknown";
    }

}
