package org.vigil.web.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.web.HttpUser;
import org.vigil.web.TestWorld;

/**
 * A person id a merge retired still leads somewhere: alert exports name their persons as they were when each alert was
 * raised (spec §2.2), and an analyst who opens such an id in the app reaches the person its mentions are part of now.
 */
class RetiredPersonIdsTest {
    private static TestWorld world;
    private static String retired;
    private static String kept;

    @BeforeAll
    static void start() {
        world = TestWorld.start(0);
        HttpUser partner = new HttpUser(world.base).login("partner-police", TestWorld.PASSWORD);
        // A man, then "Kez" with a car, then the man with the car: the third joins the first two (PersonIndexTest).
        send(partner, "MRG-1", "2003-01-01T10:00:00Z", "\"name\":\"Kieran Lloyd\",\"born\":\"1976-03-04\","
                + "\"phones\":[\"07700 900111\"]");
        send(partner, "MRG-2", "2003-02-01T10:00:00Z", "\"name\":\"Kez\",\"age\":26,\"vehicles\":[{\"vrm\":\"R762 KLT\"}]");
        PersonDirectory persons = world.app.parts().persons();
        retired = persons.personOf("MRG-2/s1").orElseThrow();
        send(partner, "MRG-3", "2003-03-01T10:00:00Z", "\"name\":\"Kieran Lloyd\",\"born\":\"1976-03-04\","
                + "\"phones\":[\"07700 900111\"],\"vehicles\":[{\"vrm\":\"R762 KLT\"}]");
        kept = persons.personOf("MRG-1/s1").orElseThrow();
    }

    private static void send(HttpUser partner, String id, String received, String subject) {
        String line = "{\"type\":\"concern\",\"id\":\"" + id + "\",\"received\":\"" + received + "\",\"agency\":\"Police\","
                + "\"author\":{\"id\":\"pc-1\"},\"subjects\":[{\"ref\":\"s1\",\"role\":\"suspect\"," + subject + "}]}";
        assertThat(partner.postJson("/api/concerns", line).statusCode()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void theMergeRetiredTheYoungerIdIntoTheOlder() {
        PersonDirectory persons = world.app.parts().persons();
        assertThat(persons.personOf("MRG-2/s1")).contains(kept);
        assertThat(retired).isNotEqualTo(kept);
        assertThat(persons.current(retired)).contains(kept);
        assertThat(persons.current(kept)).contains(kept);
        assertThat(persons.current("P-999999")).isEmpty();
    }

    @Test
    void aRetiredIdIsSentOnToThePersonItWasMergedIntoWithItsPurposeAndNothingLoggedUnderIt() {
        HttpUser analyst = new HttpUser(world.base).login("analyst", TestWorld.PASSWORD);
        int logged = world.accessesTo(retired).size();
        HttpResponse<String> page = analyst.get("/persons/" + retired + "?purpose=panel%20check");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .contains("/persons/" + kept + "?purpose=panel%20check&merged=" + retired);
        assertThat(world.accessesTo(retired)).hasSize(logged);

        HttpResponse<String> now = analyst.get(page.headers().firstValue("Location").orElseThrow());
        assertThat(now.statusCode()).isEqualTo(200);
        assertThat(now.body()).contains("id=\"merged-into\"").contains(retired + " has since been joined into this person")
                .contains("MRG-2");
        assertThat(world.accessesTo(kept)).anySatisfy(a -> assertThat(a.reason()).isEqualTo("panel check"));
        assertThat(world.accessesTo(retired)).as("the page's notice names the retired id, so its view lists it")
                .hasSize(logged + 1);

        HttpResponse<String> graph = analyst.get("/api/persons/" + retired + "/graph?purpose=panel%20check");
        assertThat(graph.headers().firstValue("Location"))
                .contains("/api/persons/" + kept + "/graph?purpose=panel%20check&merged=" + retired);
        assertThat(analyst.get("/api/persons/" + retired + "?purpose=x%20y").headers().firstValue("Location"))
                .contains("/api/persons/" + kept + "?purpose=x%20y&merged=" + retired);
    }

    @Test
    void whoKnewAboutARetiredIdListsWhoKnewAboutTheMentionsItHad() {
        HttpUser analyst = new HttpUser(world.base).login("analyst", TestWorld.PASSWORD);
        assertThat(analyst.get("/persons/" + kept + "?purpose=who%20knew%20check").statusCode()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode events = HttpUser.json(new HttpUser(world.base).login("auditor",
                TestWorld.PASSWORD).get("/api/who-knew?target=" + retired + "&purpose=oversight")).get("events");
        assertThat(events).as("the record that brought the mention in").anySatisfy(e -> {
            assertThat(e.get("action").asText()).isEqualTo("record concern");
            assertThat(e.get("target").asText()).isEqualTo("MRG-2");
        });
        assertThat(events).as("the view of the person it is part of now").anySatisfy(e -> {
            assertThat(e.get("actor").asText()).isEqualTo("analyst");
            assertThat(e.get("target").asText()).isEqualTo(kept);
            assertThat(e.get("reason").asText()).isEqualTo("who knew check");
        });
    }

    @Test
    void aMergedNoticeIsShownOnlyForAnIdThatWasMergedIntoThatPerson() {
        HttpUser analyst = new HttpUser(world.base).login("analyst", TestWorld.PASSWORD);
        assertThat(analyst.get("/persons/" + kept + "?purpose=panel%20check&merged=P-000001").body())
                .doesNotContain("id=\"merged-into\"");
        assertThat(analyst.get("/persons/P-999999?purpose=panel%20check").statusCode()).isEqualTo(404);
    }
}
