package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.ledger.Entry;
import org.vigil.log.Receipt;

/**
 * Record ids as agencies write them: the interchange format asks only that an id be unique, and many agencies number
 * their records {@code CSC/2004/0327} or with spaces. Every page and API that names a record by id must reach it.
 */
class RecordIdsTest {
    private static final String SLASHED = "CSC/2024/0031";
    private static final String SPACED = "PC 2024 #12?";
    /** An id holding a dot segment: a browser takes a link to {@code /concerns/X/../Y} for one to Y's page. */
    private static final String DOTTED = "CSC/../0031";
    /** The record a dot segment would lead to instead. */
    private static final String LED_TO = "0031";
    private static TestWorld world;

    @BeforeAll
    static void start() {
        world = TestWorld.start(0);
        HttpUser partner = new HttpUser(world.base).login("partner-yp", TestWorld.PASSWORD);
        for (String id : new String[] {SLASHED, SPACED, DOTTED, LED_TO}) {
            String line = "{\"type\":\"concern\",\"id\":\"" + id + "\",\"received\":\"2024-06-01T10:00:00Z\","
                    + "\"agency\":\"Youth Project\",\"author\":{\"id\":\"yp-9\"},\"subjects\":[{\"ref\":\"s1\","
                    + "\"role\":\"victim\",\"name\":\"Morgan Ellery\",\"age\":14}]}";
            assertThat(partner.postJson("/api/concerns", line).statusCode()).isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void concernPagesAndTheApiReachIdsWithSlashesSpacesAndQueryCharacters() {
        HttpUser analyst = new HttpUser(world.base).login("analyst", TestWorld.PASSWORD);
        for (String id : new String[] {SLASHED, SPACED, DOTTED}) {
            HttpResponse<String> page = analyst.get("/concerns/" + Web.path(id) + "?purpose=id%20check");
            assertThat(page.statusCode()).as(id).isEqualTo(200);
            assertThat(page.body()).contains(id);
            HttpResponse<String> api = analyst.get("/api/concerns/" + Web.path(id) + "?purpose=id%20check");
            assertThat(api.statusCode()).as(id).isEqualTo(200);
            assertThat(HttpUser.json(api).get("id").asText()).isEqualTo(id);
        }
    }

    @Test
    void receiptsAreServedForIdsWithSlashes() throws Exception {
        HttpUser partner = new HttpUser(world.base).login("partner-yp", TestWorld.PASSWORD);
        HttpResponse<String> receipt = partner.get("/api/receipts/" + Web.path(SLASHED));
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(Entry.parse(Receipt.parse(receipt.body()).extra()).get("id")).isEqualTo(SLASHED);
    }

    @Test
    void linksToAConcernEncodeItsId() {
        HttpUser analyst = new HttpUser(world.base).login("analyst", TestWorld.PASSWORD);
        String person = world.app.parts().persons().personOf(SPACED + "/s1").orElseThrow();
        HttpResponse<String> page = analyst.get("/persons/" + person + "?purpose=id%20check");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/concerns/" + Web.path(SPACED) + "?");
        assertThat(analyst.get("/concerns/" + Web.path(SPACED) + "?purpose=followed%20a%20link").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aLinkToAnIdHoldingADotSegmentOpensItsOwnPageAsABrowserFollowsIt() {
        HttpUser analyst = new HttpUser(world.base).login("analyst", TestWorld.PASSWORD);
        String person = world.app.parts().persons().personOf(DOTTED + "/s1").orElseThrow();
        String link = "/concerns/" + Web.path(DOTTED);
        assertThat(analyst.get("/persons/" + person + "?purpose=id%20check").body()).contains("href=\"" + link + "?");
        // A browser resolves a link by RFC 3986 §5.2, removing dot segments, before it sends the request.
        URI followed = URI.create(world.base + link + "?purpose=followed%20a%20link").normalize();
        HttpResponse<String> page = analyst.send(HttpRequest.newBuilder(followed).GET());
        assertThat(page.statusCode()).as(followed.toString()).isEqualTo(200);
        assertThat(page.body()).as(followed.toString()).contains("<title>Concern " + DOTTED + " ");
    }
}
