package org.vigil.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.vigil.ingest.Ingest;
import org.vigil.ingest.IngestListener;
import org.vigil.ledger.Ledger;
import org.vigil.ledger.LogKeys;
import org.vigil.store.SqliteConcernStore;
import org.vigil.town.TownGenerator;
import org.vigil.town.TownOptions;
import org.vigil.web.auth.Role;

/**
 * Load benchmark (a main, not a test): {@code WebLoad DATA_DIR [CONCERNS] [USERS] [SECONDS] [THINK_MS]}. Builds a
 * store of CONCERNS synthetic concerns in DATA_DIR through the core's ingest (once; reused after), starts the web app
 * on loopback as {@code vigil serve} does, logs in USERS analysts, and has each open a random person page (with a
 * purpose, so every view is a durable log entry), and every fifth time search for a name, for SECONDS seconds with
 * THINK_MS between requests. Prints errors and latency percentiles per kind of request.
 */
public final class WebLoad {
    private static final String[] NAMES = {"Smith", "Jones", "Taylor", "Brown", "Khan", "Wilson", "Evans", "Thomas",
        "Walker", "Roberts", "Kayleigh", "Jodie", "Ashley", "Ryan", "Chloe", "Liam", "Megan", "Connor"};

    private WebLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "target/load-data");
        int concerns = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 100_000;
        int users = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 120;
        long thinkMs = args.length > 4 ? Long.parseLong(args[4]) : 0;
        if (!Files.exists(data.resolve(SqliteConcernStore.FILE_NAME))) {
            build(data, concerns);
        }
        long start = System.nanoTime();
        WebApp app = WebApp.start(WebOptions.defaults(data).withPort(0).withNotices(System.out));
        System.out.printf(Locale.ROOT, "started in %.1f s%n", (System.nanoTime() - start) / 1e9);
        // Linkage joins mentions, so the person ids are fewer than the mentions and not contiguous: ask for them.
        List<String> personIds = new ArrayList<>(new java.util.TreeSet<>(app.parts().cases().concernsInLogOrder()
                .stream().flatMap(c -> c.mentions().stream())
                .map(m -> app.parts().persons().personOf(m.key()).orElseThrow()).toList()));
        int persons = personIds.size();
        String base = "http://127.0.0.1:" + app.port();
        for (int i = 0; i < users; i++) {
            if (app.parts().accounts().find("load-" + i).isEmpty()) {
                app.parts().accounts().create("load-" + i, "Load analyst " + i, Role.ANALYST, null, TestWorld.PASSWORD);
            }
        }
        ConcurrentHashMap<String, List<Long>> latencies = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());
        long logBefore = app.parts().vault().size();
        CountDownLatch ready = new CountDownLatch(users);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        for (int u = 0; u < users; u++) {
            int id = u;
            Thread t = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(new CookieManager()).build();
                List<Long> pages = new ArrayList<>();
                List<Long> searches = new ArrayList<>();
                try {
                    send(client, HttpRequest.newBuilder(URI.create(base + "/api/session"))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"username\":\"load-" + id + "\",\"password\":\"" + TestWorld.PASSWORD + "\"}")));
                    ready.countDown();
                    go.await();
                    long end = window[1];
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int n = 0; System.nanoTime() < end; n++) {
                        boolean search = n % 5 == 4;
                        String path = search
                                ? "/search?q=" + NAMES[random.nextInt(NAMES.length)] + "&purpose=load%20test"
                                : "/persons/" + personIds.get(random.nextInt(persons)) + "?purpose=load%20test";
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = send(client, HttpRequest.newBuilder(URI.create(base + path)).GET());
                        long took = System.nanoTime() - t0;
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 5) {
                                errorSamples.add(r.statusCode() + " " + path);
                            }
                        }
                        (search ? searches : pages).add(took);
                        if (thinkMs > 0) {
                            Thread.sleep(random.nextLong(thinkMs / 2, thinkMs * 3 / 2 + 1));
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    errorSamples.add(e.toString());
                    ready.countDown();
                } finally {
                    latencies.computeIfAbsent("person page", k -> java.util.Collections.synchronizedList(
                            new ArrayList<>())).addAll(pages);
                    latencies.computeIfAbsent("search", k -> java.util.Collections.synchronizedList(
                            new ArrayList<>())).addAll(searches);
                }
            }, "user-" + u);
            threads.add(t);
            t.start();
        }
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + Duration.ofSeconds(seconds).toNanos();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        long logged = app.parts().vault().size() - logBefore;
        System.out.printf(Locale.ROOT, "%n%d users, %d s, think %d ms, %,d persons of %,d mentions, log grew by %,d"
                + " entries%n", users, seconds, thinkMs, persons, app.parts().search().documents(), logged);
        System.out.printf(Locale.ROOT, "errors: %d %s%n", errors.get(), errorSamples);
        for (var e : latencies.entrySet()) {
            long[] ns = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            if (ns.length == 0) {
                continue;
            }
            System.out.printf(Locale.ROOT, "%-12s n=%,d  %.1f/s  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                    e.getKey(), ns.length, ns.length / elapsed, pct(ns, 50), pct(ns, 95), pct(ns, 99),
                    ns[ns.length - 1] / 1e6);
        }
        long verifyStart = System.nanoTime();
        var report = app.parts().vault().audit();
        System.out.printf(Locale.ROOT, "log verify after the run: %s (%,d entries, %.1f s)%n",
                report.ok() ? "ok" : report.problems(), report.entries(), (System.nanoTime() - verifyStart) / 1e9);
        app.stop();
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void build(Path data, int concerns) throws IOException {
        Files.createDirectories(data);
        Path town = data.resolve("town.jsonl.gz");
        long t0 = System.nanoTime();
        var summary = new TownGenerator(TownOptions.defaults().withSeed(11).withConcerns(concerns))
                .writeTo(town, data.resolve("truth.jsonl.gz"));
        System.out.printf(Locale.ROOT, "town: %,d concerns, %,d decisions (%.1f s)%n", summary.concerns(),
                summary.decisions(), (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        try (SqliteConcernStore store = SqliteConcernStore.open(data)) {
            Ledger ledger = Ledger.open(store, LogKeys.loadOrCreate(data), Clock.systemUTC());
            var result = new Ingest(store, ledger, data.resolve("quarantine"), Ingest.Options.DEFAULT,
                    IngestListener.NONE).ingest(List.of(town));
            System.out.printf(Locale.ROOT, "ingest: %s (%.1f s)%n", Arrays.toString(result.toArray()),
                    (System.nanoTime() - t0) / 1e9);
        }
    }
}
