package org.vigil.web.person;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.people.PersonIndex;
import org.vigil.web.HttpUser;
import org.vigil.web.TestWorld;

/** Splitting a person through the web app: a supervisor's decision, with a reason, that the restart keeps. */
class PersonSplitTest {
    private static final String ASH = TestWorld.XSS_CONCERN + "/s2";
    private static final String ASH_AT_POLICE = TestWorld.RESTRICTED_CONCERN + "/s1";

    private TestWorld world;

    @BeforeEach
    void start() {
        world = TestWorld.start(0);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private HttpResponse<String> split(String user, Map<String, String> form) {
        HttpUser u = new HttpUser(world.base).login(user, TestWorld.PASSWORD);
        String person = world.app.parts().persons().personOf(ASH).orElseThrow();
        return u.postForm("/persons/" + person + "/split", form, true);
    }

    /** The persons and concerns {@code html} links to, by their ids. */
    private static Set<String> linkedFrom(String html) {
        Set<String> ids = new TreeSet<>();
        Matcher m = Pattern.compile("href=\"/(?:persons|concerns)/([^\"?/]+)").matcher(html);
        while (m.find()) {
            ids.add(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
        }
        return ids;
    }

    @Test
    void aSupervisorSplitsOffAMentionWithAReasonAndARestartKeepsIt() {
        PersonDirectory persons = world.app.parts().persons();
        String ash = persons.personOf(ASH).orElseThrow();
        assertThat(persons.personOf(ASH_AT_POLICE)).as("one phone, one car").contains(ash);

        assertThat(split("analyst-cse", Map.of("purpose", "case review", "mention", ASH_AT_POLICE,
                "reason", "another man with his phone")).statusCode()).as("analysts advise; supervisors decide")
                .isEqualTo(403);
        HttpResponse<String> noReason = split("supervisor", Map.of("purpose", "case review", "mention", ASH_AT_POLICE));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("split-error").contains("needs a reason");
        assertThat(persons.personOf(ASH_AT_POLICE)).contains(ash);

        HttpResponse<String> done = split("supervisor", Map.of("purpose", "case review", "mention", ASH_AT_POLICE,
                "reason", "Lantern found the phone passed to his brother in 2024"));
        assertThat(done.statusCode()).isEqualTo(302);
        String other = persons.personOf(ASH_AT_POLICE).orElseThrow();
        assertThat(other).isNotEqualTo(ash);
        assertThat(done.headers().firstValue("Location")).get().asString()
                .startsWith("/persons/" + ash + "?purpose=").endsWith("&split=" + other);
        assertThat(persons.mentionsOf(ash)).containsExactly(ASH);
        assertThat(persons.mentionsOf(other)).containsExactly(ASH_AT_POLICE);
        // An analyst outside the operation sees no concern that ties the split-off person to Ashley, so the page
        // names him only in its splits section.
        String page = new HttpUser(world.base).login("analyst", TestWorld.PASSWORD)
                .get("/persons/" + ash + "?purpose=split%20check").body();
        assertThat(page.substring(0, page.indexOf("id=\"splits\""))).doesNotContain(other);
        assertThat(page).as("nor the restricted concern's id").doesNotContain(TestWorld.RESTRICTED_CONCERN)
                .contains("1 mention in concerns restricted from you");
        assertThat(page).contains("id=\"splits\"").contains(other);
        Set<String> linked = linkedFrom(page.substring(page.indexOf("id=\"splits\"")));
        assertThat(linked).as("the splits section links the person split off").contains(other);
        long view = world.accessesTo(ash).stream().filter(a -> a.reason().equals("split check")).findFirst()
                .orElseThrow().leaf();
        for (String id : linkedFrom(page)) {
            assertThat(world.accessesTo(id)).as("the page's view lists " + id + ", which it links")
                    .anySatisfy(a -> assertThat(a.leaf()).isEqualTo(view));
        }

        JsonNode events = HttpUser.json(new HttpUser(world.base).login("auditor", TestWorld.PASSWORD)
                .get("/api/who-knew?target=" + other + "&purpose=annual%20audit")).get("events");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("action").asText()).isEqualTo("split person");
            assertThat(e.get("actor").asText()).isEqualTo("supervisor");
            assertThat(e.get("target").asText()).isEqualTo(ash);
            assertThat(e.get("reason").asText()).startsWith("Lantern found the phone").endsWith("became " + other + ")");
            assertThat(e.get("purpose").get("matches").asBoolean()).isTrue();
        });

        HttpUser supervisor = new HttpUser(world.base).login("supervisor", TestWorld.PASSWORD);
        HttpResponse<String> again = supervisor.postJson("/api/persons/" + other + "/split?purpose=case%20review",
                "{\"mentions\": [\"" + ASH_AT_POLICE + "\"], \"reason\": \"again\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(400);
        assertThat(again.body()).contains("all 1 mentions");

        PersonIndex restarted = world.app.parts().vault().read(PersonIndex::rebuild);
        assertThat(restarted.personOf(ASH)).isEqualTo(ash);
        assertThat(restarted.personOf(ASH_AT_POLICE)).isEqualTo(other);
        assertThat(world.app.parts().vault().audit().problems()).isEmpty();

        // Taken back from the split-off person's page, whose mentions rejoin Ashley: that page is gone, so his opens.
        long leaf = world.app.parts().vault().splits().get(0).leaf();
        HttpResponse<String> back = new HttpUser(world.base).login("supervisor", TestWorld.PASSWORD).postForm(
                "/persons/" + other + "/unsplit", Map.of("purpose", "case review", "split", Long.toString(leaf),
                        "reason", "Lantern was wrong about the brother"), true);
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location")).get().asString().startsWith("/persons/" + ash + "?purpose=");
        assertThat(persons.personOf(ASH_AT_POLICE)).contains(ash);
    }

    @Test
    void theJsonApiSplitsAPersonAndSaysWhatMoved() {
        PersonDirectory persons = world.app.parts().persons();
        String ash = persons.personOf(ASH).orElseThrow();
        HttpUser supervisor = new HttpUser(world.base).login("supervisor", TestWorld.PASSWORD);
        HttpResponse<String> r = supervisor.postJson("/api/persons/" + ash + "/split?purpose=case%20review",
                "{\"mentions\": [\"" + ASH_AT_POLICE + "\"], \"reason\": \"the phone passed to his brother\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode body = HttpUser.json(r);
        String other = persons.personOf(ASH_AT_POLICE).orElseThrow();
        assertThat(body.get("person").asText()).isEqualTo(ash);
        assertThat(body.get("new_person").asText()).isEqualTo(other).isNotEqualTo(ash);
        assertThat(body.get("split_off")).extracting(JsonNode::asText).containsExactly(ASH_AT_POLICE);
        assertThat(body.get("moved")).singleElement().satisfies(m -> {
            assertThat(m.get("mention").asText()).isEqualTo(ASH_AT_POLICE);
            assertThat(m.get("person").asText()).isEqualTo(other);
        });
        HttpResponse<String> unknown = supervisor.postJson("/api/persons/" + ash + "/split?purpose=case%20review",
                "{\"mentions\": [\"NO-SUCH/s1\"], \"reason\": \"typo\"}");
        assertThat(unknown.statusCode()).as("a mention not on the person's page").isEqualTo(403);

        long leaf = body.get("leaf").asLong();
        assertThat(supervisor.get("/persons/" + ash + "?purpose=case%20review").body()).contains("id=\"splits\"")
                .contains("Take this split back");
        HttpResponse<String> back = supervisor.postJson("/api/persons/" + other + "/unsplit?purpose=case%20review",
                "{\"split\": " + leaf + ", \"reason\": \"Lantern was wrong: it was Ashley\"}");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(201);
        assertThat(HttpUser.json(back).get("revokes").asLong()).isEqualTo(leaf);
        assertThat(persons.personOf(ASH_AT_POLICE)).contains(ash);
        assertThat(persons.mentionsOf(ash)).containsExactlyInAnyOrder(ASH, ASH_AT_POLICE);
        assertThat(supervisor.postJson("/api/persons/" + ash + "/unsplit?purpose=case%20review",
                "{\"split\": " + leaf + ", \"reason\": \"twice\"}").statusCode()).isEqualTo(400);
        JsonNode events = HttpUser.json(new HttpUser(world.base).login("auditor", TestWorld.PASSWORD)
                .get("/api/who-knew?target=" + ash + "&purpose=annual%20audit")).get("events");
        assertThat(events).extracting(e -> e.get("action").asText()).contains("split person", "unsplit person");
        assertThat(world.app.parts().vault().audit().problems()).isEmpty();
    }
}
