package org.vigil.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.vigil.linkage.LinkageSettings;
import org.vigil.linkage.Linker;
import org.vigil.linkage.comparison.Comparison;
import org.vigil.linkage.comparison.Comparisons;
import org.vigil.linkage.csv.CsvLinkage;
import org.vigil.linkage.csv.LinkOptions;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.scoring.Predictions;
import org.vigil.linkage.table.RecordTable;

/**
 * {@code SparkLink LEFT.csv [RIGHT.csv] --id COL [--right-id COL] --out PAIRS.csv [--threshold P] [--model M.json]
 * [--master URL] [--compare]}: what {@code vigil link} does, with blocking and scoring on Spark. It reads and trains
 * as {@link CsvLinkage} does (same columns, settings, seed and model) and writes the same
 * {@code left_id,right_id,probability} file. {@code --compare} also runs {@link CsvLinkage} in this JVM, writes
 * its pairs beside the output ({@code PAIRS.csv.local}), and prints both wall times and whether the files are equal.
 */
public final class SparkLink {
    private SparkLink() {
    }

    /** The command line, parsed. */
    record Options(Path left, Path right, String idColumn, String rightIdColumn, Path out, double threshold,
                   Path modelIn, String master, boolean compare) {

        static Options parse(String... args) {
            Path left = null;
            Path right = null;
            String id = null;
            String rightId = null;
            Path out = null;
            double threshold = 0.5;
            Path model = null;
            String master = "local[2]";
            boolean compare = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--id" -> id = value(args, ++i, a);
                    case "--right-id" -> rightId = value(args, ++i, a);
                    case "--out" -> out = Path.of(value(args, ++i, a));
                    case "--threshold" -> threshold = Double.parseDouble(value(args, ++i, a));
                    case "--model" -> model = Path.of(value(args, ++i, a));
                    case "--master" -> master = value(args, ++i, a);
                    case "--compare" -> compare = true;
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option: " + a);
                        } else if (left == null) {
                            left = Path.of(a);
                        } else if (right == null) {
                            right = Path.of(a);
                        } else {
                            throw new IllegalArgumentException("at most two files: " + a);
                        }
                    }
                }
            }
            if (left == null || id == null || out == null) {
                throw new IllegalArgumentException("usage: SparkLink LEFT.csv [RIGHT.csv] --id COL [--right-id COL]"
                        + " --out PAIRS.csv [--threshold P] [--model M.json] [--master URL] [--compare]");
            }
            return new Options(left, right, id, rightId, out, threshold, model, master, compare);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        /** The same run as {@code vigil link} options, for {@link CsvLinkage}. */
        LinkOptions linkOptions(Path pairs) {
            return new LinkOptions(left, right, idColumn, pairs, Map.of(), threshold, modelIn, null, null, null, 0, 42,
                    rightIdColumn);
        }
    }

    /** What a run did: pairs written, candidates scored, and the wall time of each step in milliseconds. */
    record Summary(int written, long candidates, Map<String, Long> stageMillis) {
    }

    public static void main(String[] args) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = session(o.master());
        try {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            if (o.compare()) {
                compare(o, sc);
            } else {
                Summary s = run(o, sc);
                System.err.printf(Locale.ROOT, "%,d pairs written to %s (%,d candidates scored); %s%n", s.written(),
                        o.out(), s.candidates(), s.stageMillis());
            }
        } finally {
            spark.stop();
        }
    }

    /**
     * A session as ../shared/STACK.md says works here: no UI, four shuffle partitions, the driver on 127.0.0.1; and
     * Kryo for shuffled entries and task results (the broadcast job is Java-serialised bytes, {@link ScoringJob}).
     */
    static SparkSession session(String master) {
        return SparkSession.builder().appName("vigil-spark").master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    /** Reads, trains (or loads the model), predicts on Spark and writes the pairs, as {@link CsvLinkage#run}. */
    static Summary run(Options o, JavaSparkContext sc) {
        long t0 = System.nanoTime();
        SharedTable rows = SharedTable.read(o.left(), o.right(), o.idColumn(), o.rightIdColumn());
        RecordTable table = rows.toTable();
        Map<String, Long> times = new LinkedHashMap<>();
        int leftRows = (int) IntStream.range(0, table.size()).filter(i -> table.source(i) == 0).count();
        if (table.size() < 2 || (o.right() != null && (leftRows == 0 || leftRows == table.size()))) {
            write(o.out(), table, null); // one record, or a file with no rows: no pair can match
            return new Summary(0, 0, times);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        LinkageSettings settings = LinkageSettings.defaultsFor(table.presentFields(), table.size()).withThreads(threads)
                .withThreshold(o.threshold()).withSeed(42);
        SparkLinker spark = SparkLinker.of(sc, rows, table, settings);
        Linker local = spark.local();
        times.put("read", (System.nanoTime() - t0) / 1_000_000);
        LinkageModel model;
        if (o.modelIn() != null) {
            model = LinkageModel.load(o.modelIn());
        } else if (!local.canTrain()) {
            model = local.defaultModel(Comparisons.defaultsFor(local.table()));
        } else {
            List<Comparison> comparisons = Comparisons.defaultsFor(local.table());
            model = local.train(comparisons).model();
        }
        times.putAll(local.stageMillis());
        Predictions p = spark.predict(model);
        times.putAll(spark.stageMillis());
        long t1 = System.nanoTime();
        int written = write(o.out(), local.table(), p);
        times.put("write", (System.nanoTime() - t1) / 1_000_000);
        times.put("total", (System.nanoTime() - t0) / 1_000_000);
        return new Summary(written, p.candidates(), times);
    }

    /** Runs {@link CsvLinkage} and then Spark on the same input, and prints wall and process CPU time of each. */
    static void compare(Options o, JavaSparkContext sc) {
        Path localOut = Path.of(o.out() + ".local");
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        CsvLinkage.run(o.linkOptions(localOut));
        long t1 = System.nanoTime();
        long c1 = cpuNanos();
        Summary s = run(o, sc);
        long t2 = System.nanoTime();
        long c2 = cpuNanos();
        boolean equal;
        try {
            equal = Arrays.equals(Files.readAllBytes(localOut), Files.readAllBytes(o.out()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf(Locale.ROOT, "single JVM (CsvLinkage): %,d ms wall, %,d ms CPU%n", (t1 - t0) / 1_000_000,
                (c1 - c0) / 1_000_000);
        System.out.printf(Locale.ROOT, "Spark %s: %,d ms wall, %,d ms CPU; %,d pairs, %,d candidates; stages %s%n",
                sc.master(), (t2 - t1) / 1_000_000, (c2 - c1) / 1_000_000, s.written(), s.candidates(), s.stageMillis());
        System.out.println("pairs files equal: " + equal);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * {@code left_id,right_id,probability} for every match in record order, less those taken for members of one
     * household, as {@code vigil link} writes it; what was left out is said on standard error.
     */
    static int write(Path out, RecordTable table, Predictions p) {
        List<String> notices = new java.util.ArrayList<>();
        int[] matches = p == null ? new int[0] : CsvLinkage.apartFromRelatives(p, notices);
        notices.forEach(System.err::println);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("left_id,right_id,probability\n");
            for (int i : matches) {
                w.write(csv(table.id(p.pairs().left(i))) + ',' + csv(table.id(p.pairs().right(i))) + ','
                        + sixDecimals(p.probability(i)) + '\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        return matches.length;
    }

    private static String csv(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** As {@code CsvLinkage.sixDecimals}: rounded to six decimals, clamped to [0, 1]. */
    private static String sixDecimals(double p) {
        long v = Math.round(Math.max(0, Math.min(1, p)) * 1_000_000);
        String frac = Long.toString(v % 1_000_000);
        return (v / 1_000_000) + "." + "000000".substring(frac.length()) + frac;
    }
}
