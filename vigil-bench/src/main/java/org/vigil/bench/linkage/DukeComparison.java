package org.vigil.bench.linkage;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.cleaners.LowerCaseNormalizeCleaner;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.datasources.CSVDataSource;
import no.priv.garshol.duke.datasources.Column;
import no.priv.garshol.duke.matchers.AbstractMatchListener;
import org.vigil.linkage.csv.CsvLinkage;
import org.vigil.linkage.csv.LinkOptions;
import org.vigil.linkage.csv.LinkSummary;

/**
 * FEBRL4 (dataset4a × dataset4b, 5,000 true pairs) linked by Vigil and by Duke 1.2 in one JVM, rounds
 * alternating so that neither always runs warm: F1 and wall time for each.
 *
 * <p>Vigil runs end to end through {@link CsvLinkage#run} (read CSV, train without labels, block,
 * score, write pairs), exactly what {@code vigil link} calls. Duke runs with the configuration STACK.md
 * describes as tuned for FEBRL4: Lucene lookup on given name, surname, date of birth and SSN, 20 search
 * hits, fuzzy search off; Jaro–Winkler on names, Levenshtein on dates, ids and address fields; match
 * threshold 0.95, the best of 0.70, 0.80, 0.85, 0.90, 0.95 and 0.98 on this data (F1 0.9817, 0.9919, 0.9945,
 * 0.9960, 0.9972, 0.9959).
 *
 * <p>Duke matches on as many threads as Vigil uses, every processor, unless {@code -Dduke.threads=N} says otherwise
 * (its {@code Processor} takes a thread count). Rounds before 30 Nov 2026 20:00 UTC ran Duke on one thread, its default,
 * while Vigil used both cores: on this 2-core machine two threads take Duke from about 345 to 220 ms.
 *
 * <p>Usage: {@code java [-Dduke.threshold=0.95] [-Dduke.threads=1] -cp benchmarks.jar org.vigil.bench.linkage.DukeComparison [FEBRL_DIR]
 * [ROUNDS] [both|all|vigil|vigil-saved|duke]} (defaults {@code /work/shared/data/linkage/febrl}, 2, both). With one
 * engine named, only it runs: each round after the first is then warm, and the first is a fresh JVM's.
 * {@code vigil-saved} trains once, untimed, saves the model as JSON, and times runs that load it
 * ({@code vigil link --model}): no training, like Duke's hand-written configuration. {@code all} times the three
 * in every round, in an order that rotates, so that each meets the same machine: Duke, Vigil training without
 * labels on every run, and Vigil applying its saved model (the like-for-like comparison with Duke's configuration).
 */
public final class DukeComparison {
    private static final long TRUE_PAIRS = 5000;

    private DukeComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/data/linkage/febrl");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String only = args.length > 2 ? args[2] : "both";
        Path a = dir.resolve("dataset4a.csv");
        Path b = dir.resolve("dataset4b.csv");
        System.out.printf("FEBRL4 %s x %s, %d rounds, %d processors, Duke on %d threads, Java %s%n", a, b, rounds,
                Runtime.getRuntime().availableProcessors(), dukeThreads(), System.getProperty("java.version"));
        Path saved = null;
        if (only.equals("vigil-saved") || only.equals("all")) {
            saved = Files.createTempFile("vigil-febrl4-model-", ".json");
            Path out = Files.createTempFile("vigil-febrl4-", ".csv");
            CsvLinkage.run(LinkOptions.of(a, b, "rec_id", out).withModelOut(saved));
            Files.deleteIfExists(out);
        }
        java.util.List<Double> vigilMs = new java.util.ArrayList<>();
        java.util.List<Double> dukeMs = new java.util.ArrayList<>();
        java.util.List<Double> savedMs = new java.util.ArrayList<>();
        java.util.List<Double> vigilCpu = new java.util.ArrayList<>();
        java.util.List<Double> dukeCpu = new java.util.ArrayList<>();
        java.util.List<Double> savedCpu = new java.util.ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            if (only.equals("all")) {
                for (int i = 0; i < 3; i++) {
                    switch ((round + i) % 3) {
                        case 0 -> record(duke(a, b, round), dukeMs, dukeCpu);
                        case 1 -> record(vigil(a, b, round, null), vigilMs, vigilCpu);
                        default -> record(vigil(a, b, round, saved), savedMs, savedCpu);
                    }
                }
                continue;
            }
            boolean vigilFirst = round % 2 == 1;
            boolean runVigil = !only.equals("duke");
            boolean runDuke = only.equals("duke") || only.equals("both");
            if (runVigil && (vigilFirst || !runDuke)) {
                record(vigil(a, b, round, saved), vigilMs, vigilCpu);
            }
            if (runDuke) {
                record(duke(a, b, round), dukeMs, dukeCpu);
            }
            if (runVigil && !vigilFirst && runDuke) {
                record(vigil(a, b, round, saved), vigilMs, vigilCpu);
            }
        }
        if (only.equals("all")) {
            System.out.printf(Locale.ROOT, "summary (ms): vigil saved model first %s, median of the rest %s%n",
                    first(savedMs), medianOfRest(savedMs));
            System.out.printf(Locale.ROOT, "summary (cpu ms): vigil saved model first %s, median of the rest %s%n",
                    first(savedCpu), medianOfRest(savedCpu));
        }
        System.out.printf(Locale.ROOT, "summary (ms): vigil first %s, median of the rest %s; duke first %s, median of the rest %s%n",
                first(vigilMs), medianOfRest(vigilMs), first(dukeMs), medianOfRest(dukeMs));
        System.out.printf(Locale.ROOT, "summary (cpu ms): vigil first %s, median of the rest %s; duke first %s, median of the rest %s%n",
                first(vigilCpu), medianOfRest(vigilCpu), first(dukeCpu), medianOfRest(dukeCpu));
        if (vigilMs.size() == dukeMs.size() && vigilMs.size() > 1) {
            // Each round's two runs met the same machine, so their ratio drifts less than either time does.
            java.util.List<Double> ratios = new java.util.ArrayList<>();
            for (int i = 0; i < vigilMs.size(); i++) {
                ratios.add(dukeMs.get(i) / Math.max(1, vigilMs.get(i)));
            }
            System.out.printf(Locale.ROOT, "summary: Duke's time over Vigil's in the same round, median of the rest %s%n",
                    medianOfRest(ratios, "%.2f"));
        }
    }

    private static void record(double[] r, java.util.List<Double> ms, java.util.List<Double> cpu) {
        ms.add(r[1]);
        cpu.add(r[2]);
    }

    private static String first(java.util.List<Double> xs) {
        return xs.isEmpty() ? "-" : String.format(Locale.ROOT, "%.0f", xs.get(0));
    }

    private static String medianOfRest(java.util.List<Double> xs) {
        return medianOfRest(xs, "%.0f");
    }

    private static String medianOfRest(java.util.List<Double> xs, String format) {
        if (xs.size() < 2) {
            return "-";
        }
        return String.format(Locale.ROOT, format, median(xs.subList(1, xs.size())));
    }

    /** The median of {@code xs}; NaN if there are none. */
    static double median(java.util.List<Double> xs) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return (a[(a.length - 1) / 2] + a[a.length / 2]) / 2;
    }

    static double[] vigil(Path a, Path b, int round, Path savedModel) throws IOException {
        Path out = Files.createTempFile("vigil-febrl4-", ".csv");
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        LinkSummary s = CsvLinkage.run(LinkOptions.of(a, b, "rec_id", out).withModelIn(savedModel));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpu = (cpuNanos() - c0) / 1_000_000;
        double[] q = FebrlTruth.quality(FebrlTruth.readPairs(out), TRUE_PAIRS);
        Files.deleteIfExists(out);
        System.out.printf(Locale.ROOT, "round %d  %s  F1 %.4f  P %.4f  R %.4f  pairs %d  time %d ms  cpu %d ms  stages %s%n",
                round, savedModel == null ? "vigil" : "vigil-saved", q[2], q[0], q[1], (long) q[4], ms, cpu, s.stageMillis());
        return new double[] {q[2], ms, cpu};
    }

    static double[] duke(Path a, Path b, int round) throws IOException {
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        ConfigurationImpl config = new ConfigurationImpl();
        List<Property> props = new ArrayList<>();
        props.add(new PropertyImpl("ID"));
        props.add(lookup(new PropertyImpl("GIVEN_NAME", new JaroWinkler(), 0.05, 0.90)));
        props.add(lookup(new PropertyImpl("SURNAME", new JaroWinkler(), 0.05, 0.90)));
        props.add(lookup(new PropertyImpl("DOB", new Levenshtein(), 0.10, 0.95)));
        props.add(lookup(new PropertyImpl("SSN", new Levenshtein(), 0.10, 0.98)));
        props.add(noLookup(new PropertyImpl("STREET_NUMBER", new ExactComparator(), 0.40, 0.65)));
        props.add(noLookup(new PropertyImpl("ADDRESS_1", new Levenshtein(), 0.35, 0.80)));
        props.add(noLookup(new PropertyImpl("ADDRESS_2", new Levenshtein(), 0.40, 0.70)));
        props.add(noLookup(new PropertyImpl("SUBURB", new Levenshtein(), 0.35, 0.80)));
        props.add(noLookup(new PropertyImpl("POSTCODE", new Levenshtein(), 0.35, 0.80)));
        props.add(noLookup(new PropertyImpl("STATE", new ExactComparator(), 0.45, 0.55)));
        config.setProperties(props);
        config.setThreshold(Double.parseDouble(System.getProperty("duke.threshold", "0.95")));
        config.addDataSource(1, source(a));
        config.addDataSource(2, source(b));
        LuceneDatabase db = new LuceneDatabase();
        db.setMaxSearchHits(20);
        db.setFuzzySearch(false);
        db.setConfiguration(config);
        config.setDatabase(db);
        Processor p = new Processor(config, db);
        p.setThreads(dukeThreads());
        List<String[]> pairs = Collections.synchronizedList(new ArrayList<>());
        p.addMatchListener(new AbstractMatchListener() {
            @Override
            public void matches(Record r1, Record r2, double confidence) {
                pairs.add(new String[] {r1.getValue("ID"), r2.getValue("ID")});
            }
        });
        p.link();
        p.close();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpu = (cpuNanos() - c0) / 1_000_000;
        List<String[]> oriented = new ArrayList<>();
        for (String[] x : pairs) {
            oriented.add(x[0].endsWith("-org") ? x : new String[] {x[1], x[0]});
        }
        double[] q = FebrlTruth.quality(oriented, TRUE_PAIRS);
        System.out.printf(Locale.ROOT, "round %d  duke   F1 %.4f  P %.4f  R %.4f  pairs %d  time %d ms  cpu %d ms%n", round,
                q[2], q[0], q[1], (long) q[4], ms, cpu);
        return new double[] {q[2], ms, cpu};
    }

    /** Duke's matching threads: {@code -Dduke.threads}, or every processor, as Vigil uses. */
    static int dukeThreads() {
        return Integer.getInteger("duke.threads", Runtime.getRuntime().availableProcessors());
    }

    /**
     * CPU time of the whole process (every thread, JIT compiler and GC included), in nanoseconds: on a
     * shared machine it shows the work a round did when wall time mostly shows the other load.
     */
    static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static Property lookup(PropertyImpl p) {
        p.setLookupBehaviour(Property.Lookup.TRUE);
        return p;
    }

    private static Property noLookup(PropertyImpl p) {
        p.setLookupBehaviour(Property.Lookup.FALSE);
        return p;
    }

    /** A Duke CSV source over a FEBRL file; the spaces after commas are removed first (Duke does not trim headers). */
    private static CSVDataSource source(Path file) throws IOException {
        String text = Files.readString(file).replace(", ", ",");
        CSVDataSource s = new CSVDataSource();
        s.setReader(new StringReader(text));
        LowerCaseNormalizeCleaner clean = new LowerCaseNormalizeCleaner();
        s.addColumn(new Column("rec_id", "ID", null, null));
        s.addColumn(new Column("given_name", "GIVEN_NAME", null, clean));
        s.addColumn(new Column("surname", "SURNAME", null, clean));
        s.addColumn(new Column("street_number", "STREET_NUMBER", null, clean));
        s.addColumn(new Column("address_1", "ADDRESS_1", null, clean));
        s.addColumn(new Column("address_2", "ADDRESS_2", null, clean));
        s.addColumn(new Column("suburb", "SUBURB", null, clean));
        s.addColumn(new Column("postcode", "POSTCODE", null, clean));
        s.addColumn(new Column("state", "STATE", null, clean));
        s.addColumn(new Column("date_of_birth", "DOB", null, clean));
        s.addColumn(new Column("soc_sec_id", "SSN", null, clean));
        return s;
    }
}
