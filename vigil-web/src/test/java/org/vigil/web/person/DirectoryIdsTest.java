package org.vigil.web.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.concern.RecordParser;
import org.vigil.web.alert.Alert;
import org.vigil.web.alert.AlertFeed;
import org.vigil.web.alert.ListAlertFeed;
import org.vigil.web.priority.ListPriorityFeed;
import org.vigil.web.priority.Priority;

class DirectoryIdsTest {
    private static final String C1 = "{\"type\":\"concern\",\"id\":\"C1\",\"received\":\"2024-01-01T00:00:00Z\",\"agency\":\"A\","
            + "\"author\":{\"id\":\"a\"},\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"Kayleigh Marsh\"},"
            + "{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"Ashley Quenby\",\"age\":27,\"phones\":[\"07700 900461\"]}]}";
    private static final String C2 = "{\"type\":\"concern\",\"id\":\"C2\",\"received\":\"2024-02-01T00:00:00Z\",\"agency\":\"B\","
            + "\"author\":{\"id\":\"b\"},\"subjects\":[{\"ref\":\"s1\",\"role\":\"suspect\",\"name\":\"Ashley Quenby\",\"age\":27,"
            + "\"phones\":[\"+44 7700 900461\"]},{\"ref\":\"s2\",\"role\":\"victim\",\"name\":\"Jodie Pratt\"}]}";

    /** The February concern received before the January one: the directory numbers Ashley first. */
    private static LinkedPersons receivedOutOfEventTime() throws Exception {
        LinkedPersons persons = new LinkedPersons();
        for (String line : List.of(C2, C1)) {
            persons.link(List.of(new RecordParser().parse(line.getBytes(StandardCharsets.UTF_8))));
        }
        return persons;
    }

    @Test
    void anAlertsSuspectOpensTheDirectorysPersonWhoHoldsHisMentions() throws Exception {
        LinkedPersons persons = receivedOutOfEventTime();
        String ashley = persons.personOf("C1/s2").orElseThrow();
        String kayleigh = persons.personOf("C1/s1").orElseThrow();
        // The engine replayed in event time: Kayleigh P-000001, Ashley P-000002, Jodie P-000003.
        assertThat(persons.mentionsOf("P-000002")).as("the engine's id names someone else here")
                .doesNotContain("C1/s2");
        Alert alert = new Alert("A-000001", "repeat_suspect", Instant.parse("2024-02-01T00:00:00Z"), "C2",
                List.of(new Alert.AlertPerson("P-000002", "suspect", List.of("C1/s2", "C2/s1")),
                        new Alert.AlertPerson("P-000001", "victim", List.of("C1/s1")),
                        new Alert.AlertPerson("P-000099", "victim", List.of("C9/s1"))),
                12.5, List.of("why"));
        AlertFeed feed = DirectoryIds.alerts(new ListAlertFeed(List.of(alert)), persons);

        assertThat(feed.alerts()).singleElement().satisfies(a -> {
            assertThat(a.persons()).extracting(Alert.AlertPerson::person).containsExactly(ashley, kayleigh, "P-000099");
            assertThat(a.persons().get(0).mentions()).containsExactly("C1/s2", "C2/s1");
            assertThat(a.id()).isEqualTo("A-000001");
        });
    }

    @Test
    void aPriorityIsTheDirectorysPersonToo() throws Exception {
        LinkedPersons persons = receivedOutOfEventTime();
        Priority line = new Priority(1, "P-000002", 300.0, List.of("C1/s2", "C2/s1"), List.of("why"));
        assertThat(DirectoryIds.priorities(new ListPriorityFeed(List.of(line)), persons).priorities())
                .singleElement().satisfies(p -> {
                    assertThat(p.person()).isEqualTo(persons.personOf("C2/s1").orElseThrow());
                    assertThat(p.rank()).isEqualTo(1);
                    assertThat(p.mentions()).containsExactly("C1/s2", "C2/s1");
                });
    }
}
