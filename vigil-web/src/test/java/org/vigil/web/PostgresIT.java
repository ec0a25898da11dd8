package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
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
        }
    }
}
