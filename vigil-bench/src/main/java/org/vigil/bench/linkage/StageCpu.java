package org.vigil.bench.linkage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * rounds after the first, to a tenth of a millisecond, and the predictions of the last round.
 *
 * <p>With two jars instead, both builds run in one JVM, each from its own class loader (as {@link SideBySide} loads
 * them), their rounds alternating, and it prints each build's medians and the median of the per-round differences
 * (new minus base) of each stage: on this shared machine one build's CPU drifts by a tenth from one run to the next,
 * more than the changes it has to tell apart, while two builds measured in turn meet the same machine.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.vigil.bench.linkage.StageCpu [FEBRL_DIR] [ROUNDS] [U_PAIRS]}
 * (defaults {@code /work/shared/data/linkage/febrl}, 30, the default sample size of
 * {@link LinkageSettings#defaultsFor(java.util.Set, int)}), or {@code … StageCpu BASE.jar NEW.jar [ROUNDS] [FEBRL_DIR]}
 * (each jar a {@code benchmarks.jar} of its build).
 */
public final class StageCpu {
    private static final String[] STAGES = {"read", "prime", "u", "em", "block_score_lambda", "total"};

    private StageCpu() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].endsWith(".jar")) {
            alternate(Path.of(args[0]), Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 100,
                    Path.of(args.length > 3 ? args[3] : "/work/shared/data/linkage/febrl"));
            return;
        }
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/data/linkage/febrl");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int uPairs = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        List<long[]> cpu = new ArrayList<>();
        long[] last = null;
        for (int round = 1; round <= rounds; round++) {
            last = round(dir, uPairs);
            if (round > 1) {
                cpu.add(last);
            }
        }
        System.out.printf(Locale.ROOT, "u pairs %d; %d candidate pairs, %d matches%n", last[STAGES.length],
                last[STAGES.length + 1], last[STAGES.length + 2]);
        System.out.println("thread CPU, median of rounds 2-" + rounds + " (ms):" + medians(cpu));
    }

    /**
     * One linkage of FEBRL4 on the calling thread: the thread's CPU nanoseconds in each of {@link #STAGES}, then the
     * u sample's size, the candidate pairs and the matches. Public, and of JDK types only, for {@link #alternate}.
     */
    public static long[] round(Path dir, int uPairs) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
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
        return new long[] {c1 - c0, c2 - c1, c3 - c2, c4 - c3, c5 - c4, c5 - c0, s.uSamplePairs(), p.candidates(),
                p.matches().length};
    }

    private static void alternate(Path base, Path next, int rounds, Path dir) throws Exception {
        Method[] builds = {roundOf(base), roundOf(next)};
        List<List<long[]>> cpu = List.of(new ArrayList<>(), new ArrayList<>());
        List<long[]> differences = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long[][] r = new long[2][];
            for (int i = 0; i < 2; i++) {
                int k = (round + i) % 2; // who goes first alternates
                r[k] = (long[]) builds[k].invoke(null, dir, 0);
            }
            for (int j = STAGES.length; j < r[0].length; j++) {
                if (r[0][j] != r[1][j]) {
                    throw new IllegalStateException("the builds differ in their u sample, candidates or matches: "
                            + java.util.Arrays.toString(r[0]) + " against " + java.util.Arrays.toString(r[1]));
                }
            }
            if (round >= rounds / 2) { // the second half: both builds compiled
                cpu.get(0).add(r[0]);
                cpu.get(1).add(r[1]);
                long[] d = new long[STAGES.length];
                for (int j = 0; j < d.length; j++) {
                    d[j] = r[1][j] - r[0][j];
                }
                differences.add(d);
            }
        }
        System.out.printf(Locale.ROOT, "thread CPU, medians of rounds %d-%d of %d alternating (ms)%n", rounds / 2 + 1,
                rounds, rounds);
        System.out.println(base + ":" + medians(cpu.get(0)));
        System.out.println(next + ":" + medians(cpu.get(1)));
        System.out.println("new minus base, median of each round's difference:" + medians(differences));
    }

    /** {@code round} of the StageCpu in {@code jar}, loaded apart from every other build's classes. */
    private static Method roundOf(Path jar) throws Exception {
        ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        return loader.loadClass(StageCpu.class.getName()).getMethod("round", Path.class, int.class);
    }

    private static String medians(List<long[]> rows) {
        StringBuilder line = new StringBuilder();
        for (int j = 0; j < STAGES.length; j++) {
            long[] column = new long[rows.size()];
            for (int i = 0; i < column.length; i++) {
                column[i] = rows.get(i)[j];
            }
            java.util.Arrays.sort(column);
            line.append(String.format(Locale.ROOT, " %s=%.1f", STAGES[j], column[column.length / 2] / 1e6));
        }
        return line.toString();
    }
}
