package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.people.PersonIndex;
import org.vigil.store.PostgresConcernStore;

/**
 * The command line on the shared store, a real PostgreSQL 17 given with {@code --db}: ingests, two of them at once
 * (each waits for the other's writer lease), a split, an export and a verification.
 */
class PostgresCommandLineIT {
    private static final String[] GIRLS = {"Imogen", "Octavia", "Rosalind", "Philippa", "Marigold", "Zelda", "Henrietta",
        "Clementine", "Araminta", "Seraphina"};
    private static final String[] MEN = {"Crispin", "Jasper", "Lysander", "Barnaby", "Horatio", "Ambrose", "Peregrine",
        "Tobias", "Cornelius", "Leopold"};
    private static final String[] SURNAMES = {"Farthing", "Lumb", "Tate", "Strange", "Snape", "Quarry", "Nettle",
        "Pike", "Crane", "Hale"};

    private static EmbeddedPostgres postgres;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE vigil_cli");
        }
        url = postgres.getJdbcUrl("postgres", "vigil_cli");
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    /** Concerns {@code from} to {@code to} (exclusive), each about a girl and a man named nowhere else. */
    private static Path concerns(Path dir, String name, int from, int to) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String girl = GIRLS[i % 10] + " " + SURNAMES[(i / 10) % 10];
            String man = MEN[(i / 10) % 10] + " " + SURNAMES[i % 10];
            lines.add("{\"type\":\"concern\",\"id\":\"PG-" + i + "\",\"received\":\"2006-0" + (1 + i % 9) + "-01T10:00:00Z\","
                    + "\"agency\":\"Youth Project\",\"author\":{\"id\":\"yp-1\"},\"subjects\":["
                    + "{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"" + girl + "\",\"age\":14,\"sex\":\"F\"},"
                    + "{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"" + man + "\",\"sex\":\"M\"}],"
                    + "\"indicators\":[\"older_partner\"]}");
        }
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    @Test
    void ingestsTwoFilesAtOnceSplitsExportsAndVerifiesOnPostgres(@TempDir Path dir) throws Exception {
        String keys = dir.resolve("keys").toString();
        assertThat(CliRun.of("ingest", "--db", url, "--data", keys, concerns(dir, "a.jsonl", 0, 30).toString()).status())
                .isZero();
        Path b = concerns(dir, "b.jsonl", 30, 65);
        Path c = concerns(dir, "c.jsonl", 65, 100);
        CompletableFuture<CliRun> one = CompletableFuture.supplyAsync(() -> CliRun.of("ingest", "--db", url, "--data",
                keys, b.toString()));
        CompletableFuture<CliRun> two = CompletableFuture.supplyAsync(() -> CliRun.of("ingest", "--db", url, "--data",
                keys, c.toString()));
        assertThat(one.get(120, TimeUnit.SECONDS).status()).as(one.get().err()).isZero();
        assertThat(two.get(120, TimeUnit.SECONDS).status()).as(two.get().err()).isZero();

        // Every person is one girl or one man, and the store holds the persons that linking it again gives.
        Map<String, String> stored = new HashMap<>();
        try (PostgresConcernStore store = PostgresConcernStore.open(url, null, null)) {
            store.forEachPersonLink(l -> stored.put(l.mention(), l.person()));
            PersonIndex again = PersonIndex.rebuild(store);
            assertThat(stored).hasSize(200);
            stored.forEach((mention, person) -> assertThat(person).as(mention).isEqualTo(again.personOf(mention)));
        }
        assertThat(stored.values()).doesNotHaveDuplicates();

        CliRun split = CliRun.of("split", "--db", url, "--data", keys, "--reason", "test of the shared store",
                "--dry-run", "PG-3/s2");
        assertThat(split.status()).as(split.err()).isNotZero();
        assertThat(split.err()).contains("all 1 mentions");

        CliRun export = CliRun.of("export", "persons", "--db", url, "--data", keys);
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out().lines()).hasSize(200);
        CliRun verify = CliRun.of("verify", "--db", url, "--data", keys);
        assertThat(verify.status()).as(verify.out() + verify.err()).isZero();
    }

    /**
     * As on the embedded store ({@code HostileUseTest}): a command that reads a store says there is none in a database
     * that holds no Vigil tables, a mistyped or emptied one, rather than making an empty store there and reading that
     * ({@code vigil verify} said "ok: 0 log entries").
     */
    @Test
    void commandsThatReadAStoreSayWhenTheDatabaseHoldsNone(@TempDir Path dir) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE vigil_typo");
        }
        String typo = postgres.getJdbcUrl("postgres", "vigil_typo");
        String data = dir.resolve("keys").toString();
        for (String[] args : List.of(new String[] {"verify"}, new String[] {"export", "persons"},
                new String[] {"checkpoint"}, new String[] {"receipt", "X"}, new String[] {"consistency", "1"})) {
            List<String> line = new ArrayList<>(List.of(args));
            line.addAll(List.of("--db", typo, "--data", data));
            CliRun run = CliRun.of(line.toArray(String[]::new));
            assertThat(run.status()).as(line.toString()).isEqualTo(ExitCode.FAILED);
            assertThat(run.err()).as(line.toString()).contains("no Vigil store in the database");
        }
        try (Connection c = postgres.getDatabase("postgres", "vigil_typo").getConnection();
             var tables = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            assertThat(tables.next()).as("a table made in the mistyped database").isFalse();
        }
    }
}
