package org.vigil.bench.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.alerts.AlertChange;
import org.vigil.bench.Heap;
import org.vigil.alerts.AlertEngine;
import org.vigil.ingest.FileSummary;
import org.vigil.ingest.Ingest;
import org.vigil.ingest.IngestListener;
import org.vigil.ledger.Ledger;
import org.vigil.ledger.LogKeys;
import org.vigil.people.PersonIndex;
import org.vigil.store.SqliteConcernStore;
import org.vigil.town.TownGenerator;
import org.vigil.town.TownOptions;
import org.vigil.watch.Watch;

/**
 * Replays a synthetic town of N concerns end to end, wired as {@code vigil replay FILE --alerts OUT} wires it:
 * validate and spill, sort by event time, then de-duplicate, link, store, log and detect, with every alert written as
 * it is raised. Prints concerns (and records) per second, the CPU time of each stage's threads (so the cost of
 * detection per record can be read off the listener's), and the peak heap.
 *
 * <pre>java -Xmx4g -cp vigil-bench/target/benchmarks.jar org.vigil.bench.ingest.ReplayBench 1000000 [DIR [SEED]]</pre>
 *
 * The town (records and truth) is generated into DIR on first use and reused after; each run replays into a fresh
 * store under DIR. Synthetic people only.
 */
public final class ReplayBench {
    private ReplayBench() {
    }

    public static void main(String[] args) throws Exception {
        Heap.track();
        int concerns = Integer.parseInt(args.length > 0 ? args[0].replace("_", "") : "1000000");
        Path dir = Path.of(args.length > 1 ? args[1] : "/tmp/vigil-replay-bench");
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261129L;
        Path town = dir.resolve("town-" + concerns + "-" + seed + ".jsonl");
        if (!Files.exists(town)) {
            Files.createDirectories(dir);
            long t = System.nanoTime();
            Path tmp = dir.resolve(town.getFileName() + ".tmp");
            new TownGenerator(TownOptions.defaults().withSeed(seed).withConcerns(concerns))
                    .writeTo(tmp, dir.resolve("truth-" + concerns + "-" + seed + ".jsonl"));
            Files.move(tmp, town);
            System.out.printf("wrote the town (seed %d, %,d concerns) in %.1f s%n", seed, concerns,
                    (System.nanoTime() - t) / 1e9);
        }
        Path data = dir.resolve("data-" + System.nanoTime());
        Path alerts = data.resolve("alerts.jsonl");
        ThreadCpu cpu = new ThreadCpu();
        long[] raised = {0, 0};
        AlertSizes sizes = new AlertSizes();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processCpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        FileSummary summary;
        String largest;
        cpu.start();
        try (SqliteConcernStore store = SqliteConcernStore.open(data);
             BufferedWriter out = Files.newBufferedWriter(alertsFile(alerts), StandardCharsets.UTF_8)) {
            Ledger ledger = Ledger.open(store, LogKeys.loadOrCreate(data), Clock.systemUTC());
            PersonIndex people = new PersonIndex();
            Watch watch = new Watch(new AlertEngine(AlertEngine.History.LATEST), change -> {
                sizes.add(change);
                if (change.type() == AlertChange.Type.RAISED) {
                    raised[0]++;
                    write(out, change.alert().toJsonLine());
                } else {
                    raised[1]++;
                }
            });
            summary = new Ingest(store, ledger, people::link, data.resolve("quarantine"), Ingest.Options.DEFAULT,
                    IngestListener.NONE, watch).replay(java.util.List.of(town)).get(0);
            largest = sizes.largest(5);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Long> byStage = cpu.stop();
        byStage.put("whole process (GC and JIT included)", os.getProcessCpuTime() - processCpu);
        long records = summary.accepted();
        System.out.println(summary);
        System.out.printf("replayed %,d concerns (%,d records) in %.1f s: %,.0f concerns/s, %,.0f records/s; %,d alerts"
                + " raised, %,d updates%n", concerns, records, seconds, concerns / seconds, records / seconds, raised[0],
                raised[1]);
        System.out.println("CPU by stage (seconds; µs per record):");
        byStage.forEach((stage, nanos) -> System.out.printf("  %-38s %7.1f s  %7.1f µs%n", stage, nanos / 1e9,
                nanos / 1e3 / records));
        System.out.println(largest);
        System.out.printf("%s; store %,d MiB%n", Heap.summary(), Files.size(data.resolve(SqliteConcernStore.FILE_NAME)) >> 20);
    }

    /**
     * How many persons each alert lists, as raised and in every update, counted from the changes as they come (the
     * engine keeps only each alert's latest update, as {@code vigil replay} runs it): what an alert's history would
     * cost in memory if it were kept.
     */
    private static final class AlertSizes {
        private String[] kinds = new String[1024];
        private int[] updates = new int[1024];
        private int[] now = new int[1024];
        private long[] listed = new long[1024];
        private int count;

        void add(AlertChange change) {
            org.vigil.alerts.Alert a = change.alert();
            int i = Integer.parseInt(a.id().substring(2)) - 1;
            if (i >= kinds.length) {
                int n = Math.max(i + 1, kinds.length * 2);
                kinds = java.util.Arrays.copyOf(kinds, n);
                updates = java.util.Arrays.copyOf(updates, n);
                now = java.util.Arrays.copyOf(now, n);
                listed = java.util.Arrays.copyOf(listed, n);
            }
            count = Math.max(count, i + 1);
            int persons = a.current().persons().size();
            if (change.type() == AlertChange.Type.RAISED) {
                kinds[i] = a.kind().toString();
            } else {
                updates[i]++;
            }
            now[i] = persons;
            listed[i] += persons;
        }

        /** The total, and the {@code n} alerts that list the most persons (the earliest first among equals). */
        String largest(int n) {
            long total = 0;
            java.util.List<Integer> order = new java.util.ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                total += listed[i];
                order.add(i);
            }
            order.sort(java.util.Comparator.comparingLong((Integer i) -> listed[i]).reversed());
            StringBuilder out = new StringBuilder(String.format(
                    "persons listed by all alerts and their updates: %,d; largest:", total));
            for (int i : order.subList(0, Math.min(n, count))) {
                out.append(String.format("%n  A-%06d %s: %,d updates, %,d persons now, %,d listed in all", i + 1,
                        kinds[i], updates[i], now[i], listed[i]));
            }
            return out.toString();
        }
    }

    private static Path alertsFile(Path alerts) throws IOException {
        Files.createDirectories(alerts.getParent());
        return alerts;
    }

    private static void write(BufferedWriter out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Samples the CPU time of every live thread every 100 ms, keeping each thread's last reading, and adds them up by
     * stage (the ingest threads' names): the pool threads end with the replay, so their last sample stands for them.
     */
    private static final class ThreadCpu {
        private static final Map<String, String> STAGES = Map.of(
                "main", "main (de-duplicate, store, log)",
                "vigil-validator", "vigil-validator (read, parse, check)",
                "vigil-linker", "vigil-linker (link mentions)",
                "vigil-listener", "vigil-listener (detect: alert engine)");
        private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        private final Map<Long, Long> last = new HashMap<>();
        private final Map<Long, String> names = new HashMap<>();
        private volatile boolean running;
        private Thread sampler;

        void start() {
            running = true;
            sampler = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        synchronized void sample() {
            for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
                if (info == null) {
                    continue;
                }
                long nanos = mx.getThreadCpuTime(info.getThreadId());
                if (nanos >= 0) {
                    last.put(info.getThreadId(), nanos);
                    names.put(info.getThreadId(), info.getThreadName());
                }
            }
        }

        Map<String, Long> stop() throws InterruptedException {
            sample();
            running = false;
            sampler.join();
            Map<String, Long> out = new TreeMap<>();
            synchronized (this) {
                last.forEach((id, nanos) -> {
                    String stage = STAGES.getOrDefault(names.get(id), "other Java threads");
                    out.merge(stage, nanos, Long::sum);
                });
            }
            return out;
        }
    }
}
