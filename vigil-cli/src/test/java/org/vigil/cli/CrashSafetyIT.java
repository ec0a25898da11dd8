package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.PostgresConcernStore;

/**
 * Kills the ingesting JVM with SIGKILL at random points of a large ingest, again and again, restarting it each time.
 * Every record acknowledged before a kill must be there afterwards, {@code vigil verify} must pass after every
 * kill, and the last run must complete the ingest with each record stored once. On the embedded store and on a
 * shared PostgreSQL (fewer kills there: each run starts a JVM and links the store again).
 */
class CrashSafetyIT {
    private static final int RECORDS = 20_000;
    private static final Pattern ACK = Pattern.compile("committed \\S+ through line (\\d+):");

    @TempDir
    Path dir;

    /** The store under test: where the command line finds it, and how to read it, find it and empty it. */
    private interface Store {
        /** {@code --data}, and {@code --db} if the store is not the embedded one. */
        List<String> args();

        Connection connect() throws Exception;

        /** Whether the store was made (a run killed while starting on an empty store may not have made it). */
        boolean exists() throws Exception;

        void reset() throws Exception;
    }

    @Test
    void losesNoAcknowledgedRecordAndNeverBreaksTheLogWhenKilled() throws Exception {
        Path data = dir.resolve("data");
        killAgainAndAgain(new Store() {
            @Override
            public List<String> args() {
                return List.of("--data", data.toString());
            }

            @Override
            public Connection connect() throws Exception {
                return DriverManager.getConnection("jdbc:sqlite:" + data.resolve("vigil.db"));
            }

            @Override
            public boolean exists() {
                return Files.exists(data.resolve("vigil.db"));
            }

            @Override
            public void reset() throws Exception {
                TestDirs.deleteTree(data);
            }
        }, 25, 15);
    }

    @Test
    void losesNoAcknowledgedRecordAndNeverBreaksTheLogWhenKilledOnPostgres() throws Exception {
        Path keys = dir.resolve("keys");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "vigil_crash");
            Store store = new Store() {
                @Override
                public List<String> args() {
                    return List.of("--db", url, "--data", keys.toString());
                }

                @Override
                public Connection connect() throws Exception {
                    return DriverManager.getConnection(url);
                }

                @Override
                public boolean exists() {
                    return PostgresConcernStore.holdsAStore(url, null, null);
                }

                @Override
                public void reset() throws Exception {
                    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                        s.execute("DROP DATABASE IF EXISTS vigil_crash WITH (FORCE)");
                        s.execute("CREATE DATABASE vigil_crash");
                    }
                }
            };
            store.reset();
            killAgainAndAgain(store, 10, 6);
        }
    }

    private void killAgainAndAgain(Store store, int killsWanted, int midIngestWanted) throws Exception {
        Path input = dir.resolve("big.jsonl");
        Set<Long> badLines = writeInput(input);
        Random random = new Random(20261129);
        long acknowledged = 0;
        int kills = 0;
        int killsMidIngest = 0;
        while (kills < killsWanted) {
            Process ingest = vigil(command(store, "ingest", "--progress", "lines", "--batch", "500", input.toString()));
            AtomicLong acked = new AtomicLong();
            Thread reader = readAcks(ingest, acked);
            // Kill at a random point: during start-up (target 0), or a few new batches past what earlier runs
            // stored, in the middle of the next one.
            int target = random.nextInt(8);
            long storedBefore = storedIds(store).size();
            long goal = target == 0 ? 0 : acknowledged + target * 500L;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (ingest.isAlive() && target > 0 && acked.get() < goal
                    && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(random.nextInt(120));
            if (!ingest.isAlive()) {
                // It finished before we could kill it: start again from an empty store.
                reader.join();
                assertThat(ingest.exitValue()).isEqualTo(ExitCode.REJECTED);
                store.reset();
                acknowledged = 0;
                continue;
            }
            ingest.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            reader.join();
            kills++;
            acknowledged = Math.max(acknowledged, acked.get());
            Set<String> stored = storedIds(store);
            if (stored.size() > storedBefore && stored.size() < RECORDS - badLines.size()) {
                killsMidIngest++;
            }
            for (long line = 1; line <= acknowledged; line++) {
                if (!badLines.contains(line)) {
                    assertThat(stored).as("line %d was acknowledged before kill %d", line, kills).contains(id(line));
                }
            }
            if (!store.exists()) {
                // Killed while starting on an empty directory (after a run that finished made the test start again),
                // before the store was made: nothing can have been acknowledged, and there is no log to verify.
                assertThat(acknowledged).as("acknowledged before kill %d, with no store", kills).isZero();
                continue;
            }
            assertThat(inProcess(command(store, "verify"))).as("verify after kill %d", kills).isZero();
        }
        assertThat(killsMidIngest).as("kills that interrupted an ingest making progress")
                .isGreaterThanOrEqualTo(midIngestWanted);
        assertThat(run(command(store, "ingest", "--progress", "none", input.toString()))).isEqualTo(ExitCode.REJECTED);
        assertThat(inProcess(command(store, "verify"))).isZero();
        Set<String> stored = storedIds(store);
        assertThat(stored).hasSize(RECORDS - badLines.size());
        try (Connection c = store.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT id) FROM record")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(rs.getLong(2)).isEqualTo(RECORDS - badLines.size());
        }
        assertThat(run(command(store, "ingest", "--progress", "none", input.toString()))).isEqualTo(ExitCode.REJECTED);
        assertThat(storedIds(store)).hasSize(RECORDS - badLines.size());
    }

    /** The command, then the options that name the store, then the rest. */
    private static String[] command(Store store, String command, String... rest) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(store.args());
        args.addAll(List.of(rest));
        return args.toArray(String[]::new);
    }

    private static Set<Long> writeInput(Path input) throws IOException {
        Set<Long> bad = new HashSet<>();
        try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (long line = 1; line <= RECORDS; line++) {
                if (line % 997 == 0) {
                    out.write("{\"type\":\"concern\",\"id\":\"" + id(line) + "\"}\n");
                    bad.add(line);
                    continue;
                }
                out.write("{\"type\":\"concern\",\"id\":\"" + id(line) + "\",\"received\":\"2004-02-02T11:00:00Z\","
                        + "\"agency\":\"Youth Project\",\"author\":{\"id\":\"yp-" + (line % 40) + "\"},"
                        + "\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"Child " + line + "\",\"age\":14},"
                        + "{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"Adult " + (line % 500) + "\",\"phones\":[\"07700 9"
                        + String.format("%05d", line % 100_000) + "\"]}],"
                        + "\"indicators\":[\"missing\"],\"narrative\":\"" + "x".repeat(200) + "\"}\n");
            }
        }
        return bad;
    }

    private static String id(long line) {
        return "K-" + line;
    }

    private Process vigil(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private int run(String... args) throws Exception {
        Process p = vigil(args);
        Thread drain = readAcks(p, new AtomicLong());
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        drain.join();
        return p.exitValue();
    }

    private static int inProcess(String... args) {
        java.io.StringWriter err = new java.io.StringWriter();
        int status = Main.run(new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(err), args);
        if (status != 0) {
            System.err.println(err);
        }
        return status;
    }

    /** Reads "committed … through line N" from standard error; the highest N is what was acknowledged. */
    private static Thread readAcks(Process process, AtomicLong acked) {
        Thread t = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    Matcher m = ACK.matcher(line);
                    if (m.find()) {
                        acked.accumulateAndGet(Long.parseLong(m.group(1)), Math::max);
                    }
                }
            } catch (IOException ignored) {
                // The process was killed.
            }
        });
        t.start();
        return t;
    }

    private static Set<String> storedIds(Store store) throws Exception {
        Set<String> ids = new HashSet<>();
        if (!store.exists()) {
            return ids;
        }
        try (Connection c = store.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM record")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
