package org.vigil.bench.linkage;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.vigil.concern.Concern;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Subject;
import org.vigil.concern.Submission;
import org.vigil.people.PersonIndex;
import org.vigil.town.TownGenerator;
import org.vigil.town.TownOptions;

/**
 * What linking costs per concern and per mention on a realistic synthetic town: generates a town with
 * {@link TownGenerator} (or reuses one already written to {@code dir}), parses its concerns outside the clock, and
 * times {@code PersonIndex.link} over them one at a time in event order (the order ingest and {@code vigil replay}
 * link in). Prints wall and CPU time per concern and per mention, and the heap after a full GC. With a fourth
 * argument, writes each mention's person ({@code mentionKey<TAB>person}, in linking order) to that file, so that two
 * builds can be checked to give the same persons.
 *
 * <pre>
 * java -Xmx6g -cp vigil-bench/target/benchmarks.jar org.vigil.bench.linkage.TownLinking [concerns] [seed] [dir] [persons-out]
 * </pre>
 * Defaults: 200,000 concerns, seed 1, dir {@code /tmp/vigil-town-<concerns>-<seed>}. Synthetic people only.
 */
public final class TownLinking {
    private TownLinking() {
    }

    public static void main(String[] args) throws Exception {
        int concerns = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Path dir = Path.of(args.length > 2 ? args[2] : "/tmp/vigil-town-" + concerns + "-" + seed);
        Path out = args.length > 3 ? Path.of(args[3]) : null;
        Path records = dir.resolve("records.jsonl");
        if (!Files.exists(records)) {
            Files.createDirectories(dir);
            Path tmp = dir.resolve("records.jsonl.tmp");
            new TownGenerator(TownOptions.defaults().withSeed(seed).withConcerns(concerns)).writeTo(tmp, dir.resolve("truth.jsonl"));
            Files.move(tmp, records);
        }
        List<Submission> batch = concerns(records);
        PersonIndex people = new PersonIndex();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (Submission s : batch) {
            people.link(List.of(s));
        }
        long wall = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        int mentions = people.mentions();
        System.out.printf(Locale.ROOT, "linked %,d concerns (%,d mentions, %.2f each) of town seed %d: wall %.1f s, CPU %.1f s;"
                        + " per concern %.1f µs wall, %.1f µs CPU; per mention %.1f µs CPU%n", batch.size(), mentions,
                mentions / (double) batch.size(), seed, wall / 1e9, cpu / 1e9, wall / 1e3 / batch.size(),
                cpu / 1e3 / batch.size(), cpu / 1e3 / mentions);
        System.gc();
        System.gc();
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf(Locale.ROOT, "heap after full GC %.2f GiB (index and parsed concerns live); load average %.1f%n",
                used / (double) (1L << 30), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (out != null) {
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (Submission s : batch) {
                    Concern c = (Concern) s.record();
                    for (Subject subject : c.subjects()) {
                        String key = subject.mentionKey(c.id());
                        w.write(key + "\t" + people.personOf(key) + "\n");
                    }
                }
            }
        }
    }

    /** The town's concerns, parsed, in the order they were received. */
    private static List<Submission> concerns(Path records) throws IOException {
        RecordParser parser = new RecordParser();
        List<Submission> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(records, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                try {
                    Submission s = parser.parse(line.getBytes(StandardCharsets.UTF_8));
                    if (s.record() instanceof Concern) {
                        out.add(s);
                    }
                } catch (org.vigil.concern.InvalidRecordException e) {
                    throw new IOException("town record does not parse: " + e.getMessage(), e);
                }
            }
        }
        out.sort(Comparator.comparing(s -> ((Concern) s.record()).received()));
        return out;
    }
}
