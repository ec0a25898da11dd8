package org.vigil.bench.linkage;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two builds of {@code vigil link} timed in one JVM, their rounds alternating, so that both meet the same machine:
 * on this shared 2-core machine the wall time of one linkage drifts by 20–30% in a quarter of an hour, more than most
 * changes move it, and two runs of a benchmark one after the other cannot tell a 5% change from that drift.
 *
 * <p>Each build is loaded from its own jar in a class loader of its own (the jars' classes never mix), and
 * {@code CsvLinkage.run} is called by reflection on the same files. Prints, for each build, the medians over the
 * second half of the rounds of the wall time, the process CPU time and each stage's time, and says whether the two
 * builds wrote the same pairs, byte for byte, in every round.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.vigil.bench.linkage.SideBySide BASE.jar NEW.jar [ROUNDS] [LEFT.csv
 * [RIGHT.csv] ID_COLUMN]} (defaults 100 rounds, FEBRL4's {@code dataset4a.csv} × {@code dataset4b.csv} on
 * {@code rec_id}). Each jar must hold the linkage library and its dependencies: {@code vigil-bench/target/benchmarks.jar}
 * or {@code vigil-cli/target/vigil.jar} of each build.
 */
public final class SideBySide {
    private SideBySide() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length == 4 || args.length > 6) {
            System.err.println("usage: SideBySide BASE.jar NEW.jar [ROUNDS] [LEFT.csv [RIGHT.csv] ID_COLUMN]");
            System.exit(2);
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Path febrl = Path.of("/work/shared/data/linkage/febrl");
        Path left = args.length > 4 ? Path.of(args[3]) : febrl.resolve("dataset4a.csv");
        Path right = args.length > 5 ? Path.of(args[4]) : args.length > 4 ? null : febrl.resolve("dataset4b.csv");
        String id = args.length > 4 ? args[args.length - 1] : "rec_id";
        Build[] builds = {new Build(Path.of(args[0])), new Build(Path.of(args[1]))};
        System.out.printf(Locale.ROOT, "%s%s on %s, %d rounds alternating, %d processors%n", left,
                right == null ? "" : " x " + right, id, rounds, Runtime.getRuntime().availableProcessors());
        boolean samePairs = true;
        for (int round = 0; round < rounds; round++) {
            byte[][] written = new byte[2][];
            for (int i = 0; i < 2; i++) {
                int k = (round + i) % 2; // who goes first alternates
                written[k] = builds[k].run(left, right, id, round >= rounds / 2);
            }
            samePairs &= Arrays.equals(written[0], written[1]);
        }
        for (Build b : builds) {
            System.out.println(b.summary());
        }
        System.out.println(samePairs ? "same pairs in every round" : "THE PAIRS DIFFER");
    }

    /** One build: its jar, its class loader, and what its rounds measured. */
    private static final class Build {
        private final Path jar;
        private final Method of;
        private final Method run;
        private final Method stages;
        private final List<Double> wall = new ArrayList<>();
        private final List<Double> cpu = new ArrayList<>();
        private final Map<String, List<Double>> byStage = new TreeMap<>();

        Build(Path jar) throws Exception {
            this.jar = jar;
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> options = loader.loadClass("org.vigil.linkage.csv.LinkOptions");
            of = options.getMethod("of", Path.class, Path.class, String.class, Path.class);
            run = loader.loadClass("org.vigil.linkage.csv.CsvLinkage").getMethod("run", options);
            stages = loader.loadClass("org.vigil.linkage.csv.LinkSummary").getMethod("stageMillis");
        }

        /** Links the files once; keeps the times if {@code measured}; returns the pairs file it wrote. */
        byte[] run(Path left, Path right, String id, boolean measured) throws Exception {
            Path out = Files.createTempFile("vigil-side-by-side-", ".csv");
            try {
                Object options = of.invoke(null, left, right, id, out);
                long c0 = DukeComparison.cpuNanos();
                long t0 = System.nanoTime();
                Object summary = run.invoke(null, options);
                double ms = (System.nanoTime() - t0) / 1e6;
                double cpuMs = (DukeComparison.cpuNanos() - c0) / 1e6;
                if (measured) {
                    wall.add(ms);
                    cpu.add(cpuMs);
                    @SuppressWarnings("unchecked")
                    Map<String, Long> s = (Map<String, Long>) stages.invoke(summary);
                    s.forEach((stage, v) -> byStage.computeIfAbsent(stage, x -> new ArrayList<>()).add(v.doubleValue()));
                }
                return Files.readAllBytes(out);
            } finally {
                Files.deleteIfExists(out);
            }
        }

        String summary() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s: wall %.1f ms, cpu %.0f ms; stages",
                    jar, DukeComparison.median(wall), DukeComparison.median(cpu)));
            byStage.forEach((stage, v) -> b.append(String.format(Locale.ROOT, " %s=%.1f", stage, DukeComparison.median(v))));
            return b.toString();
        }
    }
}
