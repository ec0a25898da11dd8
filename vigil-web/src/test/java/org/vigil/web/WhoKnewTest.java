package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Who knew what, when" as oversight reads it: proofs logged. */
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
        assertThat(world.app.parts().accessIndex().about(List.of("leaf:" + leaf))).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo("supervisor");
            assertThat(a.action()).isEqualTo("download proof");
            assertThat(a.reason()).isEqualTo("complaint from the family");
        });
        JsonNode download = event(as("auditor"), TestWorld.XSS_CONCERN, "supervisor", "complaint from the family");
        assertThat(download.get("action").asText()).isEqualTo("download proof");
        assertThat(download.get("target").asText()).isEqualTo("leaf:" + leaf);
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
