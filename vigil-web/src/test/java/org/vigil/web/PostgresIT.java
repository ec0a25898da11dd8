package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.log.NoteVerifier;
import org.vigil.log.Receipt;
import org.vigil.web.auth.Role;
import org.vigil.web.db.WebDatabase;

/**
 * The app on the shared store: a real PostgreSQL 17, the store's tables and the web tables side by side with their
 * own Flyway histories, and everything (accounts, restrictions, the log of reads) surviving a restart.
 */
class PostgresIT {
    private static EmbeddedPostgres postgres;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE vigil_web");
        }
        url = postgres.getJdbcUrl("postgres", "vigil_web");
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    /** A failed write's error, which reaches the app's log, does not quote the values it tried to write. */
    @Test
    void aFailedWriteToTheWebTablesDoesNotQuoteWhatItWrote() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE vigil_web_errors"); // the other tests want theirs empty
        }
        WebDatabase db = WebDatabase.openPostgres(postgres.getJdbcUrl("postgres", "vigil_web_errors"), null, null);
        String insert = "INSERT INTO web_account (username, display_name, role, agency, password_hash, disabled, created_us)"
                + " VALUES (?, ?, 'analyst', NULL, 'x', 0, 0)";
        db.update(insert, "twice-over", "Wren Okafor-Lindqvist");
        Throwable failed = org.assertj.core.api.Assertions.catchThrowable(
                () -> db.update(insert, "twice-over", "Wren Okafor-Lindqvist"));
        assertThat(failed).isNotNull();
        for (Throwable t = failed; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("twice-over").doesNotContain("Okafor");
        }
    }

    @Test
    void runsOnPostgresAndKeepsEverythingAcrossARestart(@TempDir Path keys) throws Exception {
        WebOptions options = WebOptions.defaults(keys).withDbUrl(url).withPort(0).withNotices(System.out);
        String person;
        try (WebApp app = WebApp.start(options)) {
            app.parts().accounts().create("partner-yp", "Youth worker", Role.SUBMITTER, "Youth Project",
                    TestWorld.PASSWORD);
            app.parts().accounts().create("analyst", "Analyst", Role.ANALYST, null, TestWorld.PASSWORD);
            app.parts().accounts().create("auditor", "Auditor", Role.AUDITOR, null, TestWorld.PASSWORD);
            app.parts().accounts().ensureTeam("cse-team", null);
            String base = "http://127.0.0.1:" + app.port();
            HttpUser partner = new HttpUser(base).login("partner-yp", TestWorld.PASSWORD);
            HttpResponse<String> r = partner.postJson("/api/concerns", String.join("\n", TestWorld.handMade().get(0)));
            assertThat(r.statusCode()).isEqualTo(201);
            JsonNode result = HttpUser.json(r).get("results").get(0);
            Receipt.parse(result.get("receipt").asText()).check(NoteVerifier.fromVkey(app.parts().vault().verifierKey()));

            HttpUser analyst = new HttpUser(base).login("analyst", TestWorld.PASSWORD);
            assertThat(HttpUser.json(analyst.get("/api/search?q=07700%20900461&purpose=postgres%20check")).get("hits")).hasSize(1);
            person = app.parts().persons().personOf(TestWorld.XSS_CONCERN + "/s2").orElseThrow();
            assertThat(analyst.get("/api/persons/" + person + "?purpose=postgres%20check").statusCode()).isEqualTo(200);
            app.parts().restrictions().restrict(TestWorld.XSS_CONCERN, "cse-team", "operation", "someone");
            assertThat(analyst.get("/api/concerns/" + TestWorld.XSS_CONCERN + "?purpose=test").statusCode()).isEqualTo(403);
        }
        try (WebApp again = WebApp.start(options)) {
            String base = "http://127.0.0.1:" + again.port();
            HttpUser auditor = new HttpUser(base).login("auditor", TestWorld.PASSWORD);
            JsonNode events = HttpUser.json(auditor.get("/api/who-knew?target=" + person + "&purpose=oversight"))
                    .get("events");
            assertThat(events).anySatisfy(e -> {
                assertThat(e.get("actor").asText()).isEqualTo("analyst");
                assertThat(e.get("reason").asText()).isEqualTo("postgres check");
            });
            assertThat(again.parts().restrictions().of(TestWorld.XSS_CONCERN)).isPresent();
            assertThat(again.parts().vault().audit().problems()).isEmpty();
            WebDatabase db = again.parts().db();
            assertThat(db.list("SELECT version FROM web_schema_history WHERE success", rs -> rs.getString(1)))
                    .contains("1");
            assertThat(db.list("SELECT script FROM flyway_schema_history", rs -> rs.getString(1)))
                    .isNotEmpty().noneMatch(s -> s.contains("accounts_sessions"));
            assertThat(List.of(again.parts().accounts().find("analyst").orElseThrow().role())).containsExactly(Role.ANALYST);
            // An alert decided, then updated on new evidence, is decided again: two decisions of one alert (V4).
            org.vigil.web.alert.Alert raised = new org.vigil.web.alert.Alert("A-PG", "place",
                    java.time.Instant.parse("2024-03-08T10:00:00Z"), TestWorld.XSS_CONCERN, List.of(), 10, List.of("x"));
            org.vigil.web.alert.Alert updated = new org.vigil.web.alert.Alert("A-PG", "place", raised.raised(),
                    raised.trigger(), List.of(), 10, List.of("x"), List.of(new org.vigil.web.alert.Alert.Update(
                            java.time.Instant.parse("2024-04-08T10:00:00Z"), List.of("new children (1): P-1"), 20)));
            new org.vigil.web.alert.AlertDesk(new org.vigil.web.alert.ListAlertFeed(List.of(raised)), db,
                    again.parts().accessLog(), java.time.Clock.systemUTC(), java.time.Duration.ofHours(48))
                    .decide("A-PG", "monitor", "one takeaway, two girls", "supervisor");
            org.vigil.web.alert.AlertDesk desk = new org.vigil.web.alert.AlertDesk(
                    new org.vigil.web.alert.ListAlertFeed(List.of(updated)), db, again.parts().accessLog(),
                    java.time.Clock.systemUTC(), java.time.Duration.ofHours(48));
            assertThat(desk.queue()).singleElement().satisfies(i -> assertThat(i.awaitsDecision()).isTrue());
            // Left undecided, it is escalated again in its second round (V5).
            assertThat(new org.vigil.web.alert.AlertDesk(new org.vigil.web.alert.ListAlertFeed(List.of(updated)), db,
                    again.parts().accessLog(), java.time.Clock.offset(java.time.Clock.systemUTC(),
                    java.time.Duration.ofHours(49)), java.time.Duration.ofHours(48)).escalate()).isEqualTo(1);
            desk.decide("A-PG", "act", "a third girl: strategy meeting", "supervisor");
            assertThat(desk.decisions()).extracting(org.vigil.web.alert.AlertDecision::versions).containsExactlyInAnyOrder(0, 1);
            // A NUL in a username is no account, as on the embedded store, not a query PostgreSQL refuses.
            assertThat(again.parts().accounts().authenticate("ana\u0000lyst", TestWorld.PASSWORD)).isEmpty();
            assertThat(again.parts().accounts().find("ana\u0000lyst")).isEmpty();
        }
    }

    /**
     * A shared deployment: two app instances on one database, each taking in concerns. Each links under the store's
     * writer lease after taking in what the other stored, so no person id is given twice, each shows the other's
     * concerns, and the log verifies.
     */
    @Test
    void twoInstancesOnOneDatabaseGiveNoPersonIdTwice(@TempDir Path keys) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE vigil_shared");
        }
        WebOptions options = WebOptions.defaults(keys).withDbUrl(postgres.getJdbcUrl("postgres", "vigil_shared"))
                .withPort(0).withNotices(System.out);
        try (WebApp one = WebApp.start(options); WebApp two = WebApp.start(options)) {
            one.parts().accounts().create("partner-yp", "Youth worker", Role.SUBMITTER, "Youth Project",
                    TestWorld.PASSWORD);
            HttpUser atOne = new HttpUser("http://127.0.0.1:" + one.port()).login("partner-yp", TestWorld.PASSWORD);
            HttpUser atTwo = new HttpUser("http://127.0.0.1:" + two.port()).login("partner-yp", TestWorld.PASSWORD);
            String[][] names = {{"Imogen Farthing", "Crispin Hale", "Octavia Lumb", "Jasper Crane"},
                    {"Rosalind Tate", "Lysander Pike", "Marigold Snape", "Barnaby Quill"},
                    {"Philippa Strange", "Horatio Vance", "Zelda Quarry", "Ambrose Nettle"}};
            for (int i = 0; i < 3; i++) {
                assertThat(atOne.postJson("/api/concerns", concern("YP-ONE-" + i, names[i][0], names[i][1]))
                        .statusCode()).isEqualTo(201);
                assertThat(atTwo.postJson("/api/concerns", concern("YP-TWO-" + i, names[i][2], names[i][3]))
                        .statusCode()).isEqualTo(201);
            }
            assertThat(two.parts().intake().catchUp()).isZero();
            assertThat(one.parts().intake().catchUp()).as("the last three of two's").isEqualTo(1);
            Map<String, Set<String>> concernsOf = new HashMap<>();
            one.parts().vault().read(store -> {
                store.forEachPersonLink(l -> concernsOf.computeIfAbsent(l.person(), k -> new HashSet<>())
                        .add(l.mention().substring(0, l.mention().indexOf('/'))));
                return null;
            });
            assertThat(concernsOf).hasSize(12).allSatisfy((person, concerns) -> assertThat(concerns).hasSize(1));
            for (WebApp app : List.of(one, two)) {
                assertThat(app.parts().cases().concern("YP-ONE-2")).isPresent();
                assertThat(app.parts().cases().concern("YP-TWO-2")).isPresent();
                assertThat(app.parts().persons().personOf("YP-TWO-0/s2")).isEqualTo(one.parts().persons()
                        .personOf("YP-TWO-0/s2"));
            }
            assertThat(one.parts().vault().audit().problems()).isEmpty();
        }
    }

    private static String concern(String id, String girl, String man) {
        return "{\"type\":\"concern\",\"id\":\"" + id + "\",\"received\":\"2024-06-02T10:00:00Z\","
                + "\"agency\":\"Youth Project\",\"author\":{\"id\":\"yp-1\"},\"subjects\":["
                + "{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"" + girl + "\",\"sex\":\"F\"},"
                + "{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"" + man + "\",\"sex\":\"M\"}]}";
    }
}
