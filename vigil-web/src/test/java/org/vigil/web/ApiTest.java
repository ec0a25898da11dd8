package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.ledger.Entry;
import org.vigil.log.Checkpoint;
import org.vigil.log.Hash;
import org.vigil.log.NoteVerifier;
import org.vigil.log.Proofs;
import org.vigil.log.Receipt;

/** The JSON API end to end: intake with receipts, reads and exports logged with their purpose, who knew. */
class ApiTest {
    private static TestWorld world;

    @BeforeAll
    static void start() {
        world = TestWorld.start(100);
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    private static String concern(String id, String narrative) {
        return "{\"type\":\"concern\",\"id\":\"" + id + "\",\"received\":\"2024-06-01T10:00:00Z\",\"agency\":\"Youth Project\","
                + "\"author\":{\"id\":\"yp-9\"},\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"Tia Rowe\"}],"
                + "\"narrative\":\"" + narrative + "\"}";
    }

    /**
     * A batch may be sent gzip-compressed, as spec §1 allows a file to be, and each result names the line of the body
     * it came from, blank lines counted as a file's are: found by an outside audit on 2 December 2026, which had a gzip
     * body refused as "not valid UTF-8" and the bad line after a blank one reported as line 1.
     */
    @Test
    void intakeTakesAGzipBodyAndNamesTheLinesOfTheBodyAsSent() throws Exception {
        HttpUser partner = new HttpUser(world.base).login("partner-yp", TestWorld.PASSWORD);
        String body = concern("GZ-1", "zipped") + "\n\n" + "not json\n" + concern("GZ-2", "zipped too") + "\n";
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(zipped)) {
            gz.write(body.getBytes(StandardCharsets.UTF_8));
        }
        for (String[] headers : List.of(new String[] {"Content-Type", "application/x-ndjson", "Content-Encoding", "gzip"},
                new String[] {"Content-Type", "application/gzip"})) {
            HttpResponse<String> r = partner.postBytes("/api/concerns", zipped.toByteArray(), headers);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(207);
            JsonNode results = HttpUser.json(r).get("results");
            assertThat(results).extracting(n -> n.get("line").asInt() + " " + n.get("status").asText())
                    .containsExactly(headers.length == 4 ? "1 accepted" : "1 unchanged", "3 rejected",
                            headers.length == 4 ? "4 accepted" : "4 unchanged");
        }
        HttpResponse<String> broken = partner.postBytes("/api/concerns", new byte[] {0x1f, (byte) 0x8b, 1, 2},
                "Content-Type", "application/gzip");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("does not inflate");
    }

    @Test
    void intakeGivesReceiptsThatVerifyAndIsIdempotent() throws Exception {
        HttpUser partner = new HttpUser(world.base).login("partner-yp", TestWorld.PASSWORD);
        HttpResponse<String> r = partner.postJson("/api/concerns", concern("API-1", "first") + "\n"
                + concern("API-2", "second") + "\n{\"type\":\"concern\",\"id\":\"API-3\"}\n");
        assertThat(r.statusCode()).isEqualTo(207);
        JsonNode results = HttpUser.json(r).get("results");
        assertThat(results.get(0).get("status").asText()).isEqualTo("accepted");
        assertThat(results.get(2).get("status").asText()).isEqualTo("rejected");
        assertThat(results.get(2).get("reason").asText()).contains("received");
        NoteVerifier verifier = NoteVerifier.fromVkey(HttpUser.json(r).get("verifierKey").asText());
        Receipt receipt = Receipt.parse(results.get(1).get("receipt").asText());
        receipt.check(verifier);
        assertThat(Entry.parse(receipt.extra()).get("id")).isEqualTo("API-2");

        HttpResponse<String> again = partner.postJson("/api/concerns", concern("API-1", "first"));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(HttpUser.json(again).get("results").get(0).get("status").asText()).isEqualTo("unchanged");
        HttpResponse<String> changed = partner.postJson("/api/concerns", concern("API-1", "changed"));
        assertThat(changed.statusCode()).isEqualTo(422);
        assertThat(HttpUser.json(changed).get("results").get(0).get("reason").asText()).contains("different content");

        HttpResponse<String> download = partner.get("/api/receipts/API-1");
        Receipt.parse(download.body()).check(verifier);
        assertThat(world.accessesTo("API-1")).extracting(a -> a.action())
                .contains("submit concern", "receipt");

        HttpUser analyst = new HttpUser(world.base).login("analyst", TestWorld.PASSWORD);
        assertThat(HttpUser.json(analyst.get("/api/search?q=Tia%20Rowe&purpose=intake%20check")).get("hits"))
                .anySatisfy(h -> assertThat(h.get("mention").asText()).isEqualTo("API-1/s1"));
    }

    /**
     * A record sent pretty-printed is stored as one line, and its receipt commits to that line: the sender is given it
     * back, since the bytes they sent are not what the receipt can be checked against.
     */
    @Test
    void aRecordSentPrettyPrintedIsGivenBackAsStoredSoItsReceiptCanBeChecked() {
        HttpUser partner = new HttpUser(world.base).login("partner-yp", TestWorld.PASSWORD);
        String pretty = concern("API-PRETTY", "pretty").replace(",\"", ",\n  \"");
        JsonNode result = HttpUser.json(partner.postJson("/api/concerns", pretty)).get("results").get(0);
        assertThat(result.get("status").asText()).isEqualTo("accepted");
        String stored = result.get("stored").asText();
        assertThat(stored).doesNotContain("\n").isNotEqualTo(pretty);
        String committed = Entry.parse(Receipt.parse(result.get("receipt").asText()).extra()).get("sha256");
        assertThat(committed).isEqualTo(Web.sha256(stored)).isNotEqualTo(Web.sha256(pretty));

        JsonNode oneLine = HttpUser.json(partner.postJson("/api/concerns", concern("API-LINE", "one line")))
                .get("results").get(0);
        assertThat(oneLine.has("stored")).as("stored as sent").isFalse();
    }

    @Test
    void intakeLinksNewMentionsAndStoresTheLinks() {
        HttpUser partner = new HttpUser(world.base).login("partner-yp", TestWorld.PASSWORD);
        String a = "{\"type\":\"concern\",\"id\":\"LINK-1\",\"received\":\"2024-07-01T10:00:00Z\",\"agency\":"
                + "\"Youth Project\",\"author\":{\"id\":\"yp-9\"},\"subjects\":[{\"ref\":\"s1\",\"role\":\"suspect\","
                + "\"name\":\"Darrell Oxley\",\"sex\":\"M\",\"age\":31,\"phones\":[\"07700 900777\"]}]}";
        String b = a.replace("LINK-1", "LINK-2").replace("2024-07-01", "2024-08-01").replace("07700 900777",
                "+44 7700 900777");
        assertThat(partner.postJson("/api/concerns", a).statusCode()).isEqualTo(201);
        assertThat(partner.postJson("/api/concerns", b).statusCode()).isEqualTo(201);
        String person = world.app.parts().persons().personOf("LINK-1/s1").orElseThrow();
        assertThat(world.app.parts().persons().personOf("LINK-2/s1")).contains(person);
        List<String> stored = new java.util.ArrayList<>();
        world.app.parts().vault().read(store -> {
            store.forEachPersonLink(l -> {
                if (l.mention().startsWith("LINK-")) {
                    stored.add(l.mention() + "=" + l.person());
                }
            });
            return null;
        });
        assertThat(stored).containsExactlyInAnyOrder("LINK-1/s1=" + person, "LINK-2/s1=" + person);
        // ...and the pattern engine was told of both, with the same persons, once each was committed.
        assertThat(world.told).containsSubsequence("LINK-1/s1=" + person, "LINK-2/s1=" + person);
        HttpUser analyst = new HttpUser(world.base).login("analyst", TestWorld.PASSWORD);
        JsonNode file = HttpUser.json(analyst.get("/api/persons/" + person + "?purpose=linkage%20check"));
        assertThat(file.get("mentions")).hasSize(2);
        assertThat(file.get("explanations").get(0).get("probability").asDouble()).isGreaterThan(0.9);
    }

    @Test
    void aFormWithRejectedLinesSaysSoAndHowToCorrectThem() {
        HttpUser partner = new HttpUser(world.base).login("partner-yp", TestWorld.PASSWORD);
        HttpResponse<String> page = partner.postForm("/intake", java.util.Map.of("raw",
                "{\"type\":\"concern\",\"id\":\"FORM-BAD-1\"}"), true);
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("<title>Not accepted", "Line 1 was not accepted", "Back").doesNotContain("Submitted");
        HttpResponse<String> api = partner.postJson("/api/concerns", "{\"type\":\"concern\",\"id\":\"API-BAD-1\"}");
        assertThat(HttpUser.json(api).get("results").get(0).get("id").asText()).isEqualTo("API-BAD-1");
        HttpResponse<String> both = partner.postForm("/intake", java.util.Map.of("raw", concern("FORM-BOTH-1", "pasted"),
                "s1_name", "Typed Inform", "narrative", "typed"), true);
        assertThat(both.statusCode()).as("a pasted record beside a filled-in form drops neither silently").isEqualTo(400);
        assertThat(both.body()).contains("send one or the other");
        boolean stored = world.app.parts().vault().read(store -> store.record("FORM-BOTH-1").isPresent());
        assertThat(stored).isFalse();
    }

    @Test
    void theSameFormSentTwiceIsOneConcernAndTheSecondSendingSaysSo() {
        HttpUser partner = new HttpUser(world.base).login("partner-yp", TestWorld.PASSWORD);
        String form = partner.get("/intake").body();
        java.util.regex.Matcher draft = java.util.regex.Pattern.compile("name=\"draft\" value=\"([0-9]{12})\"").matcher(form);
        assertThat(draft.find()).as("the form carries its draft number").isTrue();
        java.util.Map<String, String> fields = java.util.Map.of("draft", draft.group(1), "s1_role", "victim",
                "s1_name", "Orla Twiceby", "narrative", "sent with a double click");
        HttpResponse<String> first = partner.postForm("/intake", fields, true);
        HttpResponse<String> second = partner.postForm("/intake", fields, true);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        String id = "YP-" + java.time.Year.now(java.time.ZoneOffset.UTC) + "-W" + draft.group(1);
        assertThat(first.body()).contains(id + "</strong> accepted");
        assertThat(second.body()).contains(id + "</strong> unchanged");
        assertThat(world.accessesTo(id)).filteredOn(a -> a.action().equals("submit concern")).hasSize(1);

        HttpUser police = new HttpUser(world.base).login("partner-police", TestWorld.PASSWORD);
        HttpResponse<String> other = police.postForm("/intake", java.util.Map.of("draft", draft.group(1), "s1_role", "victim",
                "s1_name", "Orla Twiceby"), true);
        assertThat(other.body()).as("another agency's form makes its own id")
                .contains("\">P-" + java.time.Year.now(java.time.ZoneOffset.UTC) + "-W" + draft.group(1) + "</strong> accepted");
    }

    @Test
    void anEmptyIntakeFormIsRefusedNotStored() {
        HttpUser partner = new HttpUser(world.base).login("partner-yp", TestWorld.PASSWORD);
        HttpResponse<String> empty = partner.postForm("/intake", java.util.Map.of("draft", "123457", "s1_role",
                "victim", "s2_role", "suspect", "s1_sex", ""), true);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("the form is empty");
        String year = Integer.toString(java.time.Year.now(java.time.ZoneOffset.UTC).getValue());
        assertThat(world.app.parts().cases().concern("YP-" + year + "-W123457")).isEmpty();
        assertThat(partner.postForm("/intake", java.util.Map.of("draft", "123458", "indicators", "missing"), true)
                .statusCode()).as("an indicator alone is a concern").isEqualTo(200);
    }

    @Test
    void aDecisionOnAConcernIsThePersonLoggedInsWithAReasonAndOnceHoweverOftenTheFormIsSent() {
        HttpUser partner = new HttpUser(world.base).login("partner-yp", TestWorld.PASSWORD);
        assertThat(partner.postJson("/api/concerns", concern("DEC-1", "to decide")).statusCode()).isEqualTo(201);
        HttpUser supervisor = new HttpUser(world.base).login("supervisor", TestWorld.PASSWORD);
        String page = supervisor.get("/concerns/DEC-1?purpose=strategy%20meeting").body();
        java.util.regex.Matcher draft = java.util.regex.Pattern.compile("name=\"draft\" value=\"([0-9]{12})\"").matcher(page);
        assertThat(page).contains("id=\"decision-form\"");
        assertThat(draft.find()).isTrue();

        assertThat(supervisor.postForm("/concerns/DEC-1/decision", java.util.Map.of("draft", draft.group(1),
                "outcome", "referred"), true).statusCode()).as("a reason is required").isEqualTo(400);
        assertThat(supervisor.postForm("/concerns/DEC-1/decision", java.util.Map.of("draft", draft.group(1),
                "outcome", "referred", "reason", " . "), true).statusCode()).as("a reason is words").isEqualTo(400);
        assertThat(page).contains("name=\"purpose\" value=\"strategy meeting\"");
        java.util.Map<String, String> fields = java.util.Map.of("draft", draft.group(1), "outcome", "referred",
                "reason", "referred to the CSE panel", "purpose", "strategy meeting");
        HttpResponse<String> decided = supervisor.postForm("/concerns/DEC-1/decision", fields, true);
        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(decided.headers().firstValue("Location")).as("back to the page, for the purpose it was opened for")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/concerns/DEC-1?purpose=strategy+meeting"));
        assertThat(supervisor.postForm("/concerns/DEC-1/decision", fields, true).statusCode()).isEqualTo(302);
        String id = "DEC-1-D" + draft.group(1);
        assertThat(world.accessesTo(id)).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo("supervisor");
            assertThat(a.action()).isEqualTo("submit decision");
        });
        assertThat(supervisor.get("/concerns/DEC-1?purpose=check").body())
                .contains("referred by Supervisor: referred to the CSE panel");

        HttpUser analyst = new HttpUser(world.base).login("analyst", TestWorld.PASSWORD);
        assertThat(analyst.postForm("/concerns/DEC-1/decision", fields, true).statusCode()).as("analysts advise")
                .isEqualTo(403);
        assertThat(analyst.get("/concerns/DEC-1?purpose=check").body()).doesNotContain("id=\"decision-form\"");
        HttpUser police = new HttpUser(world.base).login("partner-police", TestWorld.PASSWORD);
        assertThat(police.postForm("/concerns/DEC-1/decision", java.util.Map.of("outcome", "referred", "reason",
                "not ours to decide"), true).statusCode()).as("another agency's concern, as if unused").isEqualTo(404);

        for (String change : java.util.List.of("restrict", "unrestrict")) {
            HttpResponse<String> changed = supervisor.postForm("/concerns/DEC-1/" + change, java.util.Map.of("team",
                    "cse-team", "reason", "live operation", "purpose", "strategy meeting"), true);
            assertThat(changed.headers().firstValue("Location")).as(change)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/concerns/DEC-1?purpose=strategy+meeting"));
        }
        assertThat(supervisor.postForm("/concerns/DEC-1/restrict", java.util.Map.of("team", "cse-team", "reason",
                "live operation"), true).headers().firstValue("Location")).as("no purpose given: the page asks for one")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/concerns/DEC-1"));
    }

    @Test
    void aSearchThatFindsMoreThanItShowsSaysSo() {
        HttpUser partner = new HttpUser(world.base).login("partner-yp", TestWorld.PASSWORD);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 55; i++) {
            body.append("{\"type\":\"concern\",\"id\":\"MANY-").append(i).append("\",\"received\":\"2024-06-01T10:00:00Z\","
                    + "\"agency\":\"Youth Project\",\"author\":{\"id\":\"yp-9\"},\"subjects\":[{\"ref\":\"s1\","
                    + "\"role\":\"victim\",\"name\":\"Marlowe Quillfeather\"}]}\n");
        }
        assertThat(partner.postJson("/api/concerns", body.toString()).statusCode()).isEqualTo(201);
        HttpUser analyst = new HttpUser(world.base).login("analyst", TestWorld.PASSWORD);
        JsonNode many = HttpUser.json(analyst.get("/api/search?q=Quillfeather&purpose=case%20work"));
        assertThat(many.get("hits").size()).isEqualTo(50);
        assertThat(many.get("more").asBoolean()).isTrue();
        assertThat(analyst.get("/search?q=Quillfeather&purpose=case%20work").body()).contains("id=\"more-results\"");
        JsonNode few = HttpUser.json(analyst.get("/api/search?q=Quenby&purpose=case%20work"));
        assertThat(few.get("more").asBoolean()).isFalse();
    }

    @Test
    void aPathWithNoPageGetsTheAppsOwnNotFoundAnswerAndPagesSayTheirCharset() {
        HttpUser analyst = new HttpUser(world.base).login("analyst", TestWorld.PASSWORD);
        HttpResponse<String> page = analyst.get("/nope");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<title>Error 404", "there is no page at /nope");
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html").containsIgnoringCase("charset=utf-8");
        HttpResponse<String> api = analyst.get("/api/nope");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(HttpUser.json(api).get("error").asText()).isEqualTo("there is no page at /api/nope");
        HttpResponse<String> decided = analyst.postJson("/api/alerts/A-999999/decision", "{}");
        assertThat(decided.statusCode()).as("a supervisor's route").isEqualTo(403);
    }

    @Test
    void readsAndExportsNeedAPurposeAndAreLogged() throws Exception {
        HttpUser analyst = new HttpUser(world.base).login("analyst-cse", TestWorld.PASSWORD);
        assertThat(analyst.get("/api/persons/P-000003").statusCode()).isEqualTo(428);
        assertThat(analyst.get("/api/persons/P-000003?purpose=%20x%20").statusCode()).as("a letter is no purpose").isEqualTo(428);
        int logged = world.accessesTo("P-000003").size();
        HttpResponse<String> tooLong = analyst.get("/api/persons/P-000003?purpose=" + "why%20".repeat(126));
        assertThat(tooLong.statusCode()).as("a purpose is logged whole or refused, never cut short").isEqualTo(400);
        assertThat(HttpUser.json(tooLong).get("error").asText()).contains("503 characters", "at most 500");
        assertThat(world.accessesTo("P-000003")).hasSize(logged);
        long entries = world.app.parts().vault().read(org.vigil.store.ConcernStore::logSize);
        HttpResponse<String> person = analyst.get("/api/persons/P-000003?purpose=strategy%20meeting");
        assertThat(person.statusCode()).isEqualTo(200);
        assertThat(world.app.parts().vault().read(org.vigil.store.ConcernStore::logSize) - entries)
                .as("one view is one log entry, listing the concerns it showed").isEqualTo(1);
        String concern = HttpUser.json(person).get("evidence").get(0).get("concern").asText();
        assertThat(world.accessesTo(concern)).as("and who knew about each of them lists it").anySatisfy(a -> {
            assertThat(a.actor()).isEqualTo("analyst-cse");
            assertThat(a.target()).isEqualTo("P-000003");
        });
        HttpUser auditor = new HttpUser(world.base).login("auditor", TestWorld.PASSWORD);
        assertThat(auditor.get("/api/who-knew?target=" + concern + "&purpose=oversight").body()).contains("P-000003");
        assertThat(world.accessesTo("P-000003")).as("who knew about the concern showed the person viewed with it")
                .anySatisfy(a -> {
                    assertThat(a.actor()).isEqualTo("auditor");
                    assertThat(a.action()).isEqualTo("who knew");
                    assertThat(a.target()).isEqualTo(concern);
                });
        assertThat(world.accessesTo("P-000003")).anySatisfy(a -> {
            assertThat(a.actor()).isEqualTo("analyst-cse");
            assertThat(a.action()).isEqualTo("view person");
            assertThat(a.reason()).isEqualTo("strategy meeting");
        });
        HttpResponse<String> export = analyst.get("/api/export/persons?purpose=panel%20pack");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body().lines().count()).isGreaterThan(50);
        assertThat(export.body()).contains("\"person\":\"P-000001\"");
        assertThat(HttpUser.json(analyst.get("/api/persons/P-000003/graph?purpose=test")).get("elements").size())
                .isGreaterThan(1);
        HttpResponse<String> alerts = analyst.get("/api/export/alerts?purpose=panel%20pack");
        assertThat(alerts.body()).contains(TestWorld.ALERT_ID);
        for (String line : alerts.body().lines().toList()) {
            for (JsonNode p : Web.JSON.readTree(line).get("persons")) {
                List<String> keys = new java.util.ArrayList<>();
                p.fieldNames().forEachRemaining(keys::add);
                assertThat(keys).containsExactly("person", "role", "mentions"); // spec §2.2's order, every time
            }
        }
    }

    @Test
    void whoKnewAboutAPersonListsTheExportsAndSearchesThatShowedThem() {
        HttpUser analyst = new HttpUser(world.base).login("analyst-cse", TestWorld.PASSWORD);
        String person = world.app.parts().persons().personOf(TestWorld.XSS_CONCERN + "/s2").orElseThrow();
        assertThat(analyst.get("/api/export/persons?purpose=export%20seen%20by%20who%20knew").body())
                .contains("\"person\":\"" + person + "\"");
        assertThat(analyst.get("/api/search?q=Quenby&purpose=search%20seen%20by%20who%20knew").body()).contains(person);
        HttpUser auditor = new HttpUser(world.base).login("auditor", TestWorld.PASSWORD);
        JsonNode events = HttpUser.json(auditor.get("/api/who-knew?target=" + person + "&purpose=oversight"))
                .get("events");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("actor").asText()).isEqualTo("analyst-cse");
            assertThat(e.get("action").asText()).isEqualTo("export persons");
            assertThat(e.get("reason").asText()).isEqualTo("export seen by who knew");
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("action").asText()).isEqualTo("search");
            assertThat(e.get("showed").toString()).contains("\"" + person + "\"");
            assertThat(e.get("reason").asText()).isEqualTo("search seen by who knew");
        });
    }

    @Test
    void whoKnewAboutAPersonListsWhoSawThemInTheAlertQueueAndTheWorkList() {
        String person = world.app.parts().persons().personOf(TestWorld.XSS_CONCERN + "/s2").orElseThrow();
        String listed = world.app.parts().persons().personOf(TestWorld.RESTRICTED_CONCERN + "/s2").orElseThrow();
        world.priorities.add(new org.vigil.web.priority.Priority(
                4, listed, 90, List.of(TestWorld.RESTRICTED_CONCERN + "/s2"),
                List.of("one report of a child aged 14")));
        assertThat(new HttpUser(world.base).login("analyst-cse", TestWorld.PASSWORD).get("/api/alerts").body())
                .contains(person);
        assertThat(new HttpUser(world.base).login("supervisor", TestWorld.PASSWORD).get("/priorities").body())
                .contains(listed);
        HttpUser auditor = new HttpUser(world.base).login("auditor", TestWorld.PASSWORD);
        JsonNode queue = HttpUser.json(auditor.get("/api/who-knew?target=" + person + "&purpose=oversight"))
                .get("events");
        assertThat(queue).anySatisfy(e -> {
            assertThat(e.get("actor").asText()).isEqualTo("analyst-cse");
            assertThat(e.get("action").asText()).isEqualTo("view alert queue");
            assertThat(e.get("showed").toString()).contains("\"" + person + "\"")
                    .as("the alert's trigger, which its reasons quote").contains("\"" + TestWorld.XSS_CONCERN + "\"");
            assertThat(e.get("shownInAll").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(e.get("reason").asText()).isEqualTo("alert triage");
        });
        JsonNode list = HttpUser.json(auditor.get("/api/who-knew?target=" + listed + "&purpose=oversight"))
                .get("events");
        assertThat(list).anySatisfy(e -> {
            assertThat(e.get("actor").asText()).isEqualTo("supervisor");
            assertThat(e.get("action").asText()).isEqualTo("view priorities");
            assertThat(e.get("showed").toString()).contains("\"" + listed + "\"");
            assertThat(e.get("reason").asText()).isEqualTo("work list review");
        });
    }

    @Test
    void whoKnewListsEveryAccessWithProofs() {
        HttpUser analyst = new HttpUser(world.base).login("analyst", TestWorld.PASSWORD);
        analyst.get("/api/concerns/" + TestWorld.XSS_CONCERN + "?purpose=who%20knew%20test");
        HttpUser auditor = new HttpUser(world.base).login("auditor", TestWorld.PASSWORD);
        JsonNode events = HttpUser.json(auditor.get("/api/who-knew?target=" + TestWorld.XSS_CONCERN
                + "&purpose=oversight")).get("events");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("action").asText()).isEqualTo("record concern");
            assertThat(e.get("actor").asText()).isEqualTo("yp-07");
        });
        assertThat(events).anySatisfy(e -> assertThat(e.get("action").asText()).isEqualTo("record decision"));
        JsonNode view = null;
        for (JsonNode e : events) {
            if (e.get("actor").asText().equals("analyst") && e.get("reason").asText().equals("who knew test")) {
                view = e;
            }
        }
        assertThat(view).isNotNull();
        Receipt proof = Receipt.parse(auditor.get("/api/log/proof/" + view.get("leaf").asLong()
                + "?purpose=proof%20check").body());
        proof.check(NoteVerifier.fromVkey(auditor.get("/api/log/key").body().strip()));
        assertThat(Entry.parse(proof.extra()).get("target")).isEqualTo(TestWorld.XSS_CONCERN);
        HttpResponse<String> negative = auditor.get("/api/log/proof/-1?purpose=proof%20check");
        assertThat(negative.statusCode()).isEqualTo(404);
        assertThat(negative.body()).contains("numbered from 0").doesNotContain("beyond");
        long previous = -1;
        for (JsonNode e : events) {
            assertThat(e.get("leaf").asLong()).isGreaterThan(previous);
            previous = e.get("leaf").asLong();
        }
    }

    /**
     * A partner that sends a record under another agency's id is refused, which tells it the id is in use: the refusal
     * is logged with who sent it (DPA 2018 s.62), so an auditor sees ids being tried.
     */
    @Test
    void aRecordRefusedForAnotherRecordsIdIsLoggedWithWhoSentIt() {
        HttpUser police = new HttpUser(world.base).login("partner-police", TestWorld.PASSWORD);
        String probe = "{\"type\":\"concern\",\"id\":\"" + TestWorld.XSS_CONCERN + "\",\"received\":"
                + "\"2024-05-02T10:00:00Z\",\"agency\":\"Police\",\"author\":{\"id\":\"x\"},\"subjects\":[]}";
        HttpResponse<String> sent = police.postJson("/api/concerns", probe);
        assertThat(HttpUser.json(sent).get("results").get(0).get("status").asText()).isEqualTo("rejected");
        assertThat(world.accessesTo(TestWorld.XSS_CONCERN)).anySatisfy(a -> {
            assertThat(a.actor()).isEqualTo("partner-police");
            assertThat(a.action()).isEqualTo("submit refused");
        });
    }

    /**
     * Spec §5: a partner that kept its receipt checks later, with the app alone, that the log still holds the tree the
     * receipt was issued under: a later checkpoint and the consistency proof between the two.
     */
    @Test
    void aPartnerChecksThatALaterCheckpointStillHoldsItsReceiptsTree() {
        HttpUser partner = new HttpUser(world.base).login("partner-yp", TestWorld.PASSWORD);
        NoteVerifier verifier = NoteVerifier.fromVkey(partner.get("/api/log/key").body().strip());
        HttpResponse<String> sent = partner.postJson("/api/concerns", concern("API-C1", "kept receipt"));
        Checkpoint issued = Receipt.parse(HttpUser.json(sent).get("results").get(0).get("receipt").asText()).check(verifier);
        assertThat(partner.postJson("/api/concerns", concern("API-C2", "later")).statusCode()).isEqualTo(201);
        Checkpoint later = Checkpoint.open(partner.get("/api/log/checkpoint").body(), verifier);
        assertThat(later.size()).isGreaterThan(issued.size());

        HttpResponse<String> proof = partner.get("/api/log/consistency?from=" + issued.size() + "&to=" + later.size());
        assertThat(proof.statusCode()).as(proof.body()).isEqualTo(200);
        List<Hash> hashes = proof.body().lines().map(Hash::fromBase64).toList();
        Proofs.checkConsistency(issued.size(), later.size(), issued.root(), later.root(), hashes);

        assertThat(partner.get("/api/log/consistency?from=" + issued.size() + "&to=" + (later.size() + 1000))
                .statusCode()).isEqualTo(404);
        HttpResponse<String> noTo = partner.get("/api/log/consistency?from=" + issued.size());
        assertThat(noTo.statusCode()).as("to is required: the latest moves with every logged read").isEqualTo(400);
        assertThat(noTo.body()).contains("give to=");
        assertThat(partner.get("/api/log/consistency?from=0&to=" + later.size()).statusCode()).isEqualTo(400);
        assertThat(partner.get("/api/log/consistency?from=first&to=" + later.size()).statusCode()).isEqualTo(400);
    }

    @Test
    void ranksPrioritiesByHarmOrVolumeAndShowsTheForceChart() {
        HttpUser analyst = new HttpUser(world.base).login("analyst", TestWorld.PASSWORD);
        assertThat(analyst.get("/api/export/priorities?purpose=panel&by=harm").body().lines().findFirst().orElseThrow())
                .contains("\"person\":\"P-000002\"");
        assertThat(analyst.get("/api/export/priorities?purpose=panel&by=volume").body().lines().findFirst().orElseThrow())
                .contains("\"person\":\"P-000001\"");
        HttpResponse<String> page = analyst.get("/priorities?by=volume");
        assertThat(page.body().indexOf("P-000001")).isLessThan(page.body().indexOf("P-000002"));
        assertThat(page.body()).as("each line's place in the other ranking beside it").contains("Rank by harm")
                .contains("<td class=\"other-rank\">1</td><td><a href=\"/persons/P-000002?");
        assertThat(analyst.get("/priorities").body()).contains("Rank by volume")
                .contains("<td class=\"other-rank\">1</td><td><a href=\"/persons/P-000001?");
        JsonNode rows = HttpUser.json(analyst.get("/api/harm"));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("group").asText()).isEqualTo("Violence and sexual offences"));
        assertThat(rows).noneSatisfy(r -> assertThat(r.get("group").asText()).isEqualTo("Anti-social behaviour"));
        double volume = 0;
        for (JsonNode r : rows) {
            volume += r.get("volumeShare").asDouble();
        }
        assertThat(volume).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(analyst.get("/harm").body()).contains("id=\"harm-chart\"");
    }

    /** A view asked for by a word the route does not take is refused, naming the words, not shown as another view. */
    @Test
    void anOrderingOrGroupingNotOfferedIsRefusedNotReplacedByTheDefault() {
        HttpUser analyst = new HttpUser(world.base).login("analyst", TestWorld.PASSWORD);
        HttpResponse<String> bySize = analyst.get("/api/export/priorities?purpose=panel&by=size");
        assertThat(bySize.statusCode()).isEqualTo(400);
        assertThat(HttpUser.json(bySize).get("error").asText()).isEqualTo("\"by\" is one of harm, volume, not \"size\"");
        assertThat(analyst.get("/priorities?by=Volume").statusCode()).as("the word in any case").isEqualTo(200);
        assertThat(analyst.get("/api/harm?by=district").statusCode()).isEqualTo(400);
        assertThat(analyst.get("/api/search?q=Rowe&purpose=case%20work&mode=phones").statusCode()).isEqualTo(400);
        assertThat(analyst.get("/api/search?q=Rowe&purpose=case%20work&mode=").statusCode()).isEqualTo(200);
    }

    /** A search for part of a registration written without wildcards finds nothing, and the page says how to ask. */
    @Test
    void aPartialRegistrationWithoutWildcardsIsToldHowToAsk() {
        HttpUser analyst = new HttpUser(world.base).login("analyst", TestWorld.PASSWORD);
        assertThat(analyst.get("/search?q=ZQ99&purpose=vrm%20check").body()).contains("id=\"vrm-hint\"")
                .contains("ZQ99 ???");
        assertThat(analyst.get("/search?q=Quenby&purpose=vrm%20check").body()).doesNotContain("id=\"vrm-hint\"");
    }

    @Test
    void servesItsOpenApiDescription() {
        HttpResponse<String> r = new HttpUser(world.base).login("auditor", TestWorld.PASSWORD).get("/api/openapi.yaml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("openapi: 3.0.3").contains("/api/concerns:", "/api/export/persons:");
        for (RouteTable.Route route : world.app.routes()) {
            if (route.path().startsWith("/api/")) {
                // A record id may hold slashes, so its routes take the rest of the path (<id>); OpenAPI writes {id}.
                String documented = route.path().replaceAll("<([^>]+)>", "{$1}");
                assertThat(r.body()).as(route.path()).contains("  " + documented + ":");
            }
        }
    }
}
