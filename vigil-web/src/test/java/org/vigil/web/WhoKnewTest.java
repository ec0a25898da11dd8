package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.ledger.Access;
import org.vigil.ledger.Entry;
import org.vigil.log.NoteVerifier;
import org.vigil.log.Receipt;
import org.vigil.web.audit.AuditRoutes;
import org.vigil.store.SqliteConcernStore;

/** "Who knew what, when" as oversight reads it: stated purposes checked against the log, and proofs logged. */
class WhoKnewTest {
    private static TestWorld world;

    @BeforeAll
    static void start() {
        world = TestWorld.start(0);
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    private static HttpUser as(String username) {
        return new HttpUser(world.base).login(username, TestWorld.PASSWORD);
    }

    /** The who-knew event about {@code target} that {@code actor} logged with {@code reason}. */
    private static JsonNode event(HttpUser oversight, String target, String actor, String reason) {
        JsonNode events = HttpUser.json(oversight.get("/api/who-knew?target=" + target + "&purpose=annual%20audit"))
                .get("events");
        for (JsonNode e : events) {
            if (e.get("actor").asText().equals(actor) && e.get("reason").asText().equals(reason)) {
                return e;
            }
        }
        throw new AssertionError("no event by " + actor + " with reason \"" + reason + "\" in " + events);
    }

    @Test
    void aReadOfEveryRecordIsInWhoKnewForWhatWasStoredBeforeItAndNotForWhatCameAfter() {
        world.app.parts().accessLog().log(new Access("cli-analyst", "export persons", Access.EVERY_RECORD,
                "disclosure to the inquiry"));
        HttpUser partner = as("partner-yp");
        assertThat(partner.postJson("/api/concerns", "{\"type\":\"concern\",\"id\":\"WK-AFTER\","
                + "\"received\":\"2024-06-01T10:00:00Z\",\"agency\":\"Youth Project\",\"author\":{\"id\":\"yp-9\"},"
                + "\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"Wren Oakley\"}],"
                + "\"narrative\":\"seen after the export\"}").statusCode()).isEqualTo(201);
        HttpUser auditor = as("auditor");
        assertThat(event(auditor, TestWorld.XSS_CONCERN, "cli-analyst", "disclosure to the inquiry").get("target")
                .asText()).isEqualTo(Access.EVERY_RECORD);
        JsonNode later = HttpUser.json(auditor.get("/api/who-knew?target=WK-AFTER&purpose=annual%20audit")).get("events");
        assertThat(later).isNotEmpty().noneMatch(e -> e.get("actor").asText().equals("cli-analyst"));
    }

    @Test
    void aDecisionSentThroughTheAppNamesBothTheDeciderItGivesAndTheAccountThatSentIt() {
        HttpUser analyst = as("analyst");
        String concern = "{\"type\":\"concern\",\"id\":\"WK-D-1\",\"received\":\"2024-06-01T10:00:00Z\","
                + "\"agency\":\"Police\",\"author\":{\"id\":\"pc-1\"},\"subjects\":[{\"ref\":\"s1\","
                + "\"role\":\"victim\",\"name\":\"Wren Okafor\"}]}";
        String decision = "{\"type\":\"decision\",\"id\":\"WK-D-1-NFA\",\"concern\":\"WK-D-1\","
                + "\"at\":\"2024-06-02T10:00:00Z\",\"by\":{\"id\":\"pol-999\",\"name\":\"DC Someone\"},"
                + "\"outcome\":\"no_further_action\",\"reason\":\"words\"}";
        assertThat(analyst.postJson("/api/concerns", concern + "\n" + decision).statusCode()).isEqualTo(201);

        JsonNode events = HttpUser.json(as("auditor").get("/api/who-knew?target=WK-D-1&purpose=annual%20audit"))
                .get("events");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("actor").asText()).isEqualTo("pol-999");
            assertThat(e.get("action").asText()).isEqualTo("record decision");
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("actor").asText()).isEqualTo("analyst");
            assertThat(e.get("action").asText()).isEqualTo("submit decision");
            assertThat(e.get("target").asText()).isEqualTo("WK-D-1-NFA");
        });
    }

    @Test
    void oversightSeesWhatOneAccountLookedAtNewestFirstAndThatLookIsLoggedToo() {
        HttpUser analyst = as("analyst-cse");
        assertThat(analyst.get("/api/persons/P-000002?purpose=looked%20at%20for%20a%20complaint").statusCode())
                .isEqualTo(200);
        HttpUser auditor = as("auditor");
        JsonNode looked = HttpUser.json(auditor.get("/api/who-knew?actor=analyst-cse&purpose=complaint%202031"));
        assertThat(looked.get("actor").asText()).isEqualTo("analyst-cse");
        JsonNode events = looked.get("events");
        assertThat(events).allSatisfy(e -> assertThat(e.get("actor").asText()).isEqualTo("analyst-cse"));
        assertThat(events.get(0).get("action").asText()).as("newest first").isEqualTo("view person");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("target").asText()).isEqualTo("P-000002");
            assertThat(e.get("reason").asText()).isEqualTo("looked at for a complaint");
        });
        String page = auditor.get("/who-knew?actor=analyst-cse&purpose=complaint%202031").body();
        assertThat(page).contains("analyst-cse</strong>'s logged accesses").contains("looked at for a complaint");
        assertThat(world.accessesTo("actor:analyst-cse")).extracting(a -> a.actor() + " " + a.action() + " " + a.reason())
                .contains("auditor who looked complaint 2031");
        assertThat(as("analyst").get("/api/who-knew?actor=analyst-cse&purpose=curious").statusCode()).isEqualTo(403);
    }

    /**
     * What one account looked at is read back page by page, as far as the log goes, and from any date: found by an
     * outside audit on 2 December 2026, when one look at the alert queue logged hundreds of accesses and left the
     * account's earlier searches and person views beyond the one page shown.
     */
    @Test
    void oversightReadsWhatOneAccountLookedAtPageByPageBackToTheFirst() {
        List<Access> many = new java.util.ArrayList<>();
        for (int i = 0; i < AuditRoutes.LOOKED_AT + 20; i++) {
            many.add(new Access("busy-analyst", "view person", "P-" + i, i < 20 ? "the first case" : "later cases"));
        }
        world.app.parts().accessLog().logAll(many);
        HttpUser auditor = as("auditor");
        JsonNode first = HttpUser.json(auditor.get("/api/who-knew?actor=busy-analyst&purpose=inquiry"));
        assertThat(first.get("events")).hasSize(AuditRoutes.LOOKED_AT);
        long older = first.get("older").asLong();
        JsonNode second = HttpUser.json(auditor.get("/api/who-knew?actor=busy-analyst&purpose=inquiry&before=" + older));
        assertThat(second.get("events")).hasSize(20).allSatisfy(e -> {
            assertThat(e.get("reason").asText()).isEqualTo("the first case");
            assertThat(e.get("leaf").asLong()).isLessThan(older);
        });
        assertThat(second.has("older")).isFalse();
        String page = auditor.get("/who-knew?actor=busy-analyst&purpose=inquiry").body();
        assertThat(page).contains("id=\"older\"").contains("before=" + older);
        assertThat(HttpUser.json(auditor.get("/api/who-knew?actor=busy-analyst&purpose=inquiry&until=2000-01-01"))
                .get("events")).as("nothing logged before 2000").isEmpty();
        assertThat(auditor.get("/api/who-knew?actor=busy-analyst&purpose=inquiry&until=last%20week").statusCode())
                .isEqualTo(400);
    }

    @Test
    void showsAnAuditorEachStatedPurposeWithTheDigestItsLogEntryCommitsTo() {
        assertThat(as("analyst").get("/api/concerns/" + TestWorld.XSS_CONCERN + "?purpose=strategy%20meeting%20prep")
                .statusCode()).isEqualTo(200);
        HttpUser auditor = as("auditor");
        JsonNode view = event(auditor, TestWorld.XSS_CONCERN, "analyst", "strategy meeting prep");
        JsonNode purpose = view.get("purpose");
        assertThat(purpose.get("text").asText()).isEqualTo("strategy meeting prep");
        assertThat(purpose.get("matches").asBoolean()).isTrue();
        assertThat(Web.sha256(purpose.get("event").asText())).as("the stored access, hashed by anyone")
                .isEqualTo(purpose.get("committed").asText()).isEqualTo(purpose.get("sha256").asText());
        Receipt proof = Receipt.parse(auditor.get("/api/log/proof/" + view.get("leaf").asLong()
                + "?purpose=annual%20audit").body());
        proof.check(NoteVerifier.fromVkey(world.app.parts().vault().verifierKey()));
        assertThat(Entry.parse(proof.extra()).get("sha256")).as("the digest in the proven log entry")
                .isEqualTo(purpose.get("committed").asText());
        assertThat(Entry.parse(proof.extra()).toString()).doesNotContain("strategy meeting prep");

        String page = auditor.get("/who-knew?target=" + TestWorld.XSS_CONCERN + "&purpose=annual%20audit").body();
        assertThat(page).contains("strategy meeting prep").contains("matches the entry: sha256 "
                + purpose.get("committed").asText().substring(0, 12));
        assertThat(world.accessesTo(TestWorld.XSS_CONCERN))
                .as("the auditor's own reading of purposes is logged like any other read")
                .anySatisfy(a -> {
                    assertThat(a.actor()).isEqualTo("auditor");
                    assertThat(a.action()).isEqualTo("who knew");
                    assertThat(a.reason()).isEqualTo("annual audit");
                });
    }

    @Test
    void showsAPurposeAlteredInTheStoreAsNotTheOneLogged() throws Exception {
        assertThat(as("analyst").get("/api/concerns/" + TestWorld.XSS_CONCERN + "?purpose=curious%20about%20her")
                .statusCode()).isEqualTo(200);
        HttpUser supervisor = as("supervisor");
        long leaf = event(supervisor, TestWorld.XSS_CONCERN, "analyst", "curious about her").get("leaf").asLong();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:"
                + world.data.resolve(SqliteConcernStore.FILE_NAME).toAbsolutePath())) {
            byte[] body;
            try (PreparedStatement read = db.prepareStatement("SELECT body FROM access_event WHERE leaf = ?")) {
                read.setLong(1, leaf);
                var rs = read.executeQuery();
                assertThat(rs.next()).isTrue();
                body = rs.getBytes(1);
            }
            String forged = new String(body, StandardCharsets.UTF_8).replace("curious about her", "case work");
            try (PreparedStatement write = db.prepareStatement(
                    "UPDATE access_event SET reason = 'case work', body = ? WHERE leaf = ?")) {
                write.setBytes(1, forged.getBytes(StandardCharsets.UTF_8));
                write.setLong(2, leaf);
                assertThat(write.executeUpdate()).isEqualTo(1);
            }
        }
        JsonNode purpose = event(supervisor, TestWorld.XSS_CONCERN, "analyst", "case work").get("purpose");
        assertThat(purpose.get("matches").asBoolean()).isFalse();
        assertThat(purpose.get("sha256").asText()).isNotEqualTo(purpose.get("committed").asText());
        assertThat(supervisor.get("/who-knew?target=" + TestWorld.XSS_CONCERN + "&purpose=annual%20audit").body())
                .contains("altered after it was logged");
    }

    @Test
    void aProofDownloadNeedsAPurposeAndIsInWhoKnewForTheEntryItProves() {
        HttpUser partner = as("partner-yp");
        assertThat(partner.get("/api/receipts/" + TestWorld.XSS_CONCERN).statusCode()).isEqualTo(200);
        HttpUser supervisor = as("supervisor");
        long leaf = event(supervisor, TestWorld.XSS_CONCERN, "partner-yp", "receipt download").get("leaf").asLong();
        HttpResponse<String> unasked = supervisor.get("/api/log/proof/" + leaf);
        assertThat(unasked.statusCode()).isEqualTo(428);
        assertThat(unasked.body()).doesNotContain("tlog-proof");
        assertThat(supervisor.get("/api/log/proof/" + leaf + "?purpose=complaint%20from%20the%20family").statusCode())
                .isEqualTo(200);
        assertThat(world.accessesTo("leaf:" + leaf)).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo("supervisor");
            assertThat(a.action()).isEqualTo("download proof");
            assertThat(a.reason()).isEqualTo("complaint from the family");
        });
        JsonNode download = event(as("auditor"), TestWorld.XSS_CONCERN, "supervisor", "complaint from the family");
        assertThat(download.get("action").asText()).isEqualTo("download proof");
        assertThat(download.get("target").asText()).isEqualTo("leaf:" + leaf);
        assertThat(download.get("purpose").get("matches").asBoolean()).isTrue();
    }

    @Test
    void onlyOversightReadsStatedPurposes() {
        for (String user : List.of("analyst", "partner-yp")) {
            assertThat(as(user).get("/api/who-knew?target=" + TestWorld.XSS_CONCERN + "&purpose=test").statusCode())
                    .as(user).isEqualTo(403);
            assertThat(as(user).get("/api/log/proof/0?purpose=test").statusCode()).as(user).isEqualTo(403);
        }
    }
}
