package org.vigil.bench.linkage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.linkage.LinkageSettings;
import org.vigil.linkage.Linker;
import org.vigil.linkage.comparison.Comparisons;
import org.vigil.linkage.csv.CsvPersons;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.scoring.Predictions;
import org.vigil.linkage.table.RecordTable;
import org.vigil.linkage.training.ExpectationMaximisation;
import org.vigil.linkage.training.RandomSampling;

/**
 * The CPU time of each stage of Vigil's FEBRL4 linkage (the job {@link DukeComparison} times), done on
 * one thread so that the thread's CPU time is the work of the stage whatever else the machine is running:
 * read both CSVs, prime the table's features, sample u, EM, block and score. Prints the median of the
 * rounds after the first, to a tenth of a millisecond (a change of 1% is under a millisecond), and the predictions
 * of the last round.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.vigil.bench.linkage.StageCpu [FEBRL_DIR] [ROUNDS] [U_PAIRS]}
 * (defaults {@code /work/shared/data/linkage/febrl}, 30, the default sample size of
 * {@link LinkageSettings#defaultsFor(java.util.Set, int)}).
 */
public final class StageCpu {
    private StageCpu() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/data/linkage/febrl");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int uPairs = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, List<Long>> cpu = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            long c0 = mx.getCurrentThreadCpuTime();
            RecordTable table = new RecordTable();
            CsvPersons.stream(dir.resolve("dataset4a.csv"), "rec_id", Map.of(), r -> table.add(r, 0));
            CsvPersons.stream(dir.resolve("dataset4b.csv"), "rec_id", Map.of(), r -> table.add(r, 1));
            long c1 = mx.getCurrentThreadCpuTime();
            table.prime();
            LinkageSettings s = LinkageSettings.defaultsFor(table.presentFields(), table.size()).withThreads(1);
            if (uPairs > 0) {
                s = s.withUSamplePairs(uPairs);
            }
            LinkageModel priors = LinkageModel.withPriors(Comparisons.defaultsFor(table.presentFields()), 1e-4);
            long c2 = mx.getCurrentThreadCpuTime();
            LinkageModel withU = RandomSampling.estimateU(priors, table, true, s.uSamplePairs(), s.seed(), 1);
            long c3 = mx.getCurrentThreadCpuTime();
            ExpectationMaximisation.Result em = ExpectationMaximisation.estimateM(withU, table, true, s.trainingRules(),
                    new ExpectationMaximisation.Options(100, 1e-4, s.emMaxPairsPerSession(), s.seed(), 1));
            long c4 = mx.getCurrentThreadCpuTime();
            Predictions p = Linker.link(table, s).predict(em.model());
            long c5 = mx.getCurrentThreadCpuTime();
            if (round > 1) {
                add(cpu, "read", c1 - c0);
                add(cpu, "prime", c2 - c1);
                add(cpu, "u", c3 - c2);
                add(cpu, "em", c4 - c3);
                add(cpu, "block_score_lambda", c5 - c4);
                add(cpu, "total", c5 - c0);
            }
            if (round == rounds) {
                System.out.printf(Locale.ROOT, "u pairs %d; %d candidate pairs, %d matches%n", s.uSamplePairs(), p.candidates(),
                        p.matches().length);
            }
        }
        StringBuilder line = new StringBuilder("thread CPU, median of rounds 2-" + rounds + " (ms):");
        cpu.forEach((stage, ns) -> {
            Collections.sort(ns);
            line.append(' ').append(stage).append('=').append(String.format(Locale.ROOT, "%.1f", ns.get(ns.size() / 2) / 1e6));
        });
        System.out.println(line);
    }

    private static void add(Map<String, List<Long>> cpu, String stage, long nanos) {
        cpu.computeIfAbsent(stage, k -> new ArrayList<>()).add(nanos);
    }
}
