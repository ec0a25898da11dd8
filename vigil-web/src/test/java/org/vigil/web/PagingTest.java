package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.web.alert.Alert;
import org.vigil.web.priority.Priority;

/**
 * The alert queue and the work list are shown a page at a time, and a view logs as seen only the persons (and
 * concerns) on the page shown.
 */
class PagingTest {
    private static TestWorld world;
    /** Real persons, so that who-knew answers for them: on the first page, and alone on the last. */
    private static String first;
    private static String last;

    @BeforeAll
    static void start() {
        world = TestWorld.start(20);
        first = world.app.parts().persons().personOf(TestWorld.XSS_CONCERN + "/s1").orElseThrow();
        last = world.app.parts().persons().personOf(TestWorld.XSS_CONCERN + "/s2").orElseThrow();
        // 110 alerts above the world's own (harm 1840.5, naming {@code last}), the first of them naming {@code first}.
        for (int i = 1; i <= 110; i++) {
            String person = i == 1 ? first : "P-8" + String.format(java.util.Locale.ROOT, "%05d", i);
            world.alerts.add(new Alert("A-9" + String.format(java.util.Locale.ROOT, "%05d", i), "place",
                    Instant.parse("2024-04-01T10:00:00Z"), null,
                    List.of(new Alert.AlertPerson(person, "suspect", List.of())), 100_000 - i,
                    List.of("seen at the same place as " + i + " others")));
            world.priorities.add(new Priority(10 + i, "P-7" + String.format(java.util.Locale.ROOT, "%05d", i),
                    10_000 - i, List.of(), List.of("made up for paging")));
        }
        world.priorities.add(new Priority(200, last, 1, List.of(), List.of("the least harm")));
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    /** Whether the auditor's who-knew lists {@code viewer} seeing {@code person} in the alert queue. */
    private static boolean sawInQueue(String viewer, String person) {
        return saw(viewer, person, "view alert queue");
    }

    private static boolean saw(String viewer, String person, String action) {
        HttpUser auditor = new HttpUser(world.base).login("auditor", TestWorld.PASSWORD);
        JsonNode events = HttpUser.json(auditor.get("/api/who-knew?target=" + person + "&purpose=oversight"))
                .get("events");
        for (JsonNode e : events) {
            if (e.get("actor").asText().equals(viewer) && e.get("action").asText().equals(action)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void eachPageShowsAndLogsItsOwnAlertsOnly() {
        HttpUser analyst = new HttpUser(world.base).login("analyst", TestWorld.PASSWORD);
        String page1 = analyst.get("/alerts").body();
        assertThat(page1).contains("Page 1 of 3 (111 alerts, undecided first)", "rel=\"next\"", "P-800002")
                .doesNotContain("P-800110", TestWorld.ALERT_ID, "rel=\"prev\"");
        assertThat(sawInQueue("analyst", first)).isTrue();
        assertThat(sawInQueue("analyst", last)).as("named only on the last page, not yet shown").isFalse();

        String page3 = analyst.get("/alerts?page=3").body();
        assertThat(page3).contains("Page 3 of 3", TestWorld.ALERT_ID, "P-800110", "rel=\"prev\"")
                .doesNotContain("P-800002", "rel=\"next\"");
        assertThat(sawInQueue("analyst", last)).isTrue();
    }

    /**
     * A supervisor deciding an alert on page 3 is taken back to page 3, and told there when it could not be decided.
     * (The alert decided is the world's own, last in the queue, where a decided alert goes.)
     */
    @Test
    void aDecisionFromAPageGoesBackToThatPage() {
        HttpUser supervisor = new HttpUser(world.base).login("supervisor", TestWorld.PASSWORD);
        String alert = TestWorld.ALERT_ID;
        String page3 = supervisor.get("/alerts?page=3").body();
        assertThat(page3).contains("action=\"/alerts/" + alert + "/decision\"", "name=\"page\" value=\"3\"");
        HttpResponse<String> refused = supervisor.postForm("/alerts/" + alert + "/decision", Map.of("page", "3",
                "outcome", "monitor", "reason", "      "), true);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Page 3 of 3", "Your decision was not recorded: a decision needs a reason");
        HttpResponse<String> decided = supervisor.postForm("/alerts/" + alert + "/decision", Map.of("page", "3",
                "outcome", "monitor", "reason", "seen before, nothing new"), true);
        assertThat(decided.headers().firstValue("Location")).hasValue("/alerts?page=3&decided=" + alert);
    }

    @Test
    void theJsonQueueIsWholeUnlessAPageIsAskedFor() {
        HttpUser analyst = new HttpUser(world.base).login("analyst-cse", TestWorld.PASSWORD);
        assertThat(HttpUser.json(analyst.get("/api/alerts"))).hasSize(111);
        JsonNode page3 = HttpUser.json(analyst.get("/api/alerts?page=3"));
        assertThat(page3).hasSize(11);
        assertThat(page3.get(10).get("alert").get("id").asText()).isEqualTo(TestWorld.ALERT_ID);
    }

    @Test
    void theWorkListShowsAndLogsAPageInTheOrderAskedFor() {
        HttpUser supervisor = new HttpUser(world.base).login("supervisor", TestWorld.PASSWORD);
        String page1 = supervisor.get("/priorities").body();
        assertThat(page1).contains("Page 1 of 3 (114 persons)", "P-700001", "P-700050", "by=harm&amp;page=2")
                .doesNotContain("P-700051", last);
        assertThat(saw("supervisor", last, "view priorities")).as("listed on the last page only").isFalse();
        String page3 = supervisor.get("/priorities?by=harm&page=3").body();
        assertThat(page3).contains("Page 3 of 3", last, "<td>114</td>").doesNotContain("P-700001");
        assertThat(saw("supervisor", last, "view priorities")).isTrue();
        assertThat(supervisor.get("/priorities?by=volume&page=2").body()).contains("Page 2 of 3", "by=volume&amp;page=3");
    }

    @Test
    void aPageBeyondTheLastShowsTheLastAndAnythingElseTheFirst() {
        HttpUser analyst = new HttpUser(world.base).login("analyst-cse", TestWorld.PASSWORD);
        assertThat(analyst.get("/alerts?page=99").body()).contains("Page 3 of 3");
        assertThat(analyst.get("/alerts?page=two").body()).contains("Page 1 of 3");
        assertThat(analyst.get("/alerts?page=-4").body()).contains("Page 1 of 3");
    }
}
