package org.vigil.bench.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.vigil.bench.Heap;
import org.vigil.ingest.FileSummary;
import org.vigil.ingest.Ingest;
import org.vigil.ingest.IngestListener;
import org.vigil.ingest.MentionLinker;
import org.vigil.people.PersonIndex;
import org.vigil.ledger.Ledger;
import org.vigil.ledger.LogKeys;
import org.vigil.log.NoteSigner;
import org.vigil.store.SqliteConcernStore;

/**
 * Ingests N synthetic concerns end to end into a fresh embedded store, wired as {@code vigil ingest} wires it, and
 * prints concerns per second, the peak heap, and the CPU time of the reading thread (read, validate, hash) against
 * the committing thread (de-duplicate, log, store).
 *
 * <pre>java -Xmx4g -cp vigil-bench/target/benchmarks.jar org.vigil.bench.ingest.IngestBench 1000000 [DIR [link]]</pre>
 *
 * Without {@code link} it measures storing and logging alone (the foundation's figure); with it, mentions are also
 * linked into persons as {@code vigil ingest} does.
 */
public final class IngestBench {
    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        Heap.track();
        int n = Integer.parseInt(args.length > 0 ? args[0] : "1000000");
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("vigil-ingest-bench");
        boolean link = args.length > 2 && args[2].equals("link");
        Path input = dir.resolve("concerns-" + n + ".jsonl");
        if (!Files.exists(input)) {
            long t = System.nanoTime();
            SyntheticConcerns.write(input, n, 20261129L);
            System.out.printf("wrote %,d concerns (%,d bytes) in %.1f s%n", n, Files.size(input), (System.nanoTime() - t) / 1e9);
        }
        Path data = dir.resolve("data-" + System.nanoTime());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new HashMap<>();
        long start = System.nanoTime();
        long mainCpuStart = threads.getCurrentThreadCpuTime();
        FileSummary summary;
        try (SqliteConcernStore store = SqliteConcernStore.open(data)) {
            NoteSigner signer = LogKeys.loadOrCreate(data);
            Ledger ledger = Ledger.open(store, signer, Clock.systemUTC());
            IngestListener sampleReader = (file, read, size, line, accepted, rejected) -> {
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    if (t.getName().equals("vigil-reader")) {
                        cpu.put("reader", threads.getThreadCpuTime(t.getId()));
                    }
                }
            };
            MentionLinker linker = link ? new PersonIndex()::link : MentionLinker.NONE;
            summary = new Ingest(store, ledger, linker, data.resolve("quarantine"), Ingest.Options.DEFAULT, sampleReader)
                    .ingest(input);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long mainCpu = threads.getCurrentThreadCpuTime() - mainCpuStart;
        System.out.println(summary);
        System.out.printf("ingested %,d concerns%s in %.1f s: %,.0f concerns/s%n", summary.accepted(),
                link ? " (linking mentions)" : " (storing and logging; no linking)", seconds, summary.accepted() / seconds);
        System.out.printf("CPU: committing thread %.1f s (de-duplicate, link, log entries and tiles, SQLite), reading thread"
                + " %.1f s (read, UTF-8, JSON, validate, SHA-256)%n", mainCpu / 1e9, cpu.getOrDefault("reader", 0L) / 1e9);
        System.out.printf("%s; store %,d MiB%n", Heap.summary(), Files.size(data.resolve(SqliteConcernStore.FILE_NAME)) >> 20);
    }
}
