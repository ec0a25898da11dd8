package org.vigil.alerts.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.evaluation.InterchangeReader;
import org.vigil.alerts.evaluation.Linkage;
import org.vigil.alerts.evaluation.PlaceScope;
import org.vigil.alerts.evaluation.Towns;
import org.vigil.alerts.evaluation.Truth;
import org.vigil.alerts.observation.ConcernObserved;
import org.vigil.alerts.observation.MentionObserved;
import org.vigil.alerts.observation.Observation;
import org.vigil.alerts.observation.PersonsMerged;
import org.vigil.alerts.priority.Priorities;

/**
 * What detection costs per record: generates a town of {@code concerns} concerns (default 1,000,000), links it with
 * the truth, replays it in event time through one engine, and prints the time per observation (mean, percentiles,
 * and per tenth of the replay, to show whether cost grows with what the engine holds), the heap the engine keeps,
 * and the alerts raised. Places are keyed per district ({@link PlaceScope#TOWN_DISTRICT}), as the core's place
 * linkage would key them by area.
 *
 * <p>With {@code -Dfeed=merged} the persons are those of the golden "merged" feed instead of the truth: nickname-only
 * mentions are left unlinked, and each is joined back to its true person by a {@link PersonsMerged} 30 days after its
 * concern, so that the replay makes person merges all along, as a real linker does.
 *
 * <pre>java -Xmx8g [-Dfeed=merged] -cp … org.vigil.alerts.bench.DetectionCost [concerns] [seed]</pre>
 */
public final class DetectionCost {
    private DetectionCost() {
    }

    public static void main(String[] args) throws Exception {
        int concerns = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Path dir = Files.createTempDirectory("vigil-alerts-bench");
        Path records = dir.resolve("town.jsonl");
        Path truthFile = dir.resolve("truth.jsonl");
        try {
            long t0 = System.nanoTime();
            try (OutputStream r = Files.newOutputStream(records); OutputStream t = Files.newOutputStream(truthFile)) {
                Towns.GENERATOR.write(seed, concerns, r, t);
            }
            long t1 = System.nanoTime();
            Truth truth = Truth.read(truthFile);
            boolean merged = "merged".equals(System.getProperty("feed", "truth"));
            Map<String, String> assignment = merged ? Linkage.degraded().assign(records, truth) : truth.personOf();
            List<Observation> observations;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(records), 1 << 20)) {
                observations = InterchangeReader.read(in, assignment, PlaceScope.TOWN_DISTRICT);
            }
            assignment = null;
            if (merged) {
                observations = withMerges(observations, truth.personOf());
            }
            truth = null;
            observations.sort(Observation.EVENT_ORDER);
            long t2 = System.nanoTime();
            System.out.printf(Locale.UK, "feed: %s%n", merged ? "merged" : "truth");
            System.out.printf(Locale.UK, "town: %,d concerns, %,d observations; generated in %.1f s, read and sorted in "
                    + "%.1f s%n", concerns, observations.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);

            AlertEngine engine = new AlertEngine();
            int n = observations.size();
            long[] nanos = new long[n];
            long changes = 0;
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long a = System.nanoTime();
                changes += engine.observe(observations.get(i)).size();
                nanos[i] = System.nanoTime() - a;
                observations.set(i, null); // keep only what the engine keeps
            }
            long total = System.nanoTime() - start;
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            System.out.printf(Locale.UK, "replay: %.1f s (%.1f s CPU of the replaying thread, %.1f µs per observation), "
                    + "%.1f µs per observation, %,d alert changes%n", total / 1e9, cpu / 1e9, cpu / 1e3 / n, total / 1e3 / n,
                    changes);
            StringBuilder tenths = new StringBuilder("µs per observation by tenth of the replay:");
            for (int k = 0; k < 10; k++) {
                long sum = 0;
                int from = (int) ((long) n * k / 10);
                int to = (int) ((long) n * (k + 1) / 10);
                for (int i = from; i < to; i++) {
                    sum += nanos[i];
                }
                tenths.append(String.format(Locale.UK, " %.1f", sum / 1e3 / Math.max(1, to - from)));
            }
            System.out.println(tenths);
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.UK, "percentiles (µs): p50 %.1f, p90 %.1f, p99 %.1f, p99.9 %.1f, max %.1f%n",
                    sorted[n / 2] / 1e3, sorted[(int) (n * 0.9)] / 1e3, sorted[(int) (n * 0.99)] / 1e3,
                    sorted[(int) (n * 0.999)] / 1e3, sorted[n - 1] / 1e3);
            nanos = null;
            sorted = null;
            observations = null;
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.UK, "heap held after replay (engine and alerts): %,d MB%n",
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
            Map<String, Integer> byKind = new TreeMap<>();
            for (Alert a : engine.alerts()) {
                byKind.merge(a.kind().wire(), 1, Integer::sum);
            }
            System.out.println("alerts: " + engine.alerts().size() + " " + byKind);
            if (Boolean.getBoolean("digest")) {
                // Every alert with its history, to check that a faster engine says exactly the same (-Ddigest=true).
                java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
                for (Alert a : engine.alerts()) {
                    sha.update((a.toJsonWithHistory() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                System.out.println("digest of every alert with its history: " + java.util.HexFormat.of().formatHex(sha.digest()));
            }
            long p0 = System.nanoTime();
            int lines = new Priorities(engine).rank(engine.clock()).size();
            System.out.printf(Locale.UK, "priorities: %,d persons ranked in %.1f s%n", lines, (System.nanoTime() - p0) / 1e9);
        } finally {
            Files.deleteIfExists(records);
            Files.deleteIfExists(truthFile);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * The observations plus, for each concern's unlinked mentions, a merge into their true person 30 days on: as the
     * golden "merged" feed ({@code golden.AlertOutput}) builds it. Not yet sorted.
     */
    private static List<Observation> withMerges(List<Observation> observations, Map<String, String> truth) {
        List<Observation> out = new ArrayList<>(observations);
        for (Observation o : observations) {
            if (o instanceof ConcernObserved c) {
                Map<String, List<String>> byPerson = new TreeMap<>();
                for (MentionObserved m : c.mentions()) {
                    if (m.person().startsWith("U-")) {
                        byPerson.computeIfAbsent(truth.get(m.key()), k -> new ArrayList<>()).add(m.person());
                    }
                }
                byPerson.forEach((into, persons) ->
                        out.add(new PersonsMerged(into, persons, c.received().plus(Duration.ofDays(30)), c.id())));
            }
        }
        return out;
    }
}
