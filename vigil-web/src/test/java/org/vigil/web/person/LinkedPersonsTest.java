package org.vigil.web.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Submission;
import org.vigil.ledger.PersonChanges;

class LinkedPersonsTest {
    private static final String C1 = "{\"type\":\"concern\",\"id\":\"C1\",\"received\":\"2024-01-01T00:00:00Z\",\"agency\":\"A\","
            + "\"author\":{\"id\":\"a\"},\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"Kayleigh Marsh\","
            + "\"born\":\"2010-02\",\"sex\":\"F\"},{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"Ashley Quenby\",\"sex\":\"M\","
            + "\"age\":27,\"phones\":[\"07700 900461\"],\"vehicles\":[{\"vrm\":\"R742 KLT\"}]}]}";
    private static final String C2 = "{\"type\":\"concern\",\"id\":\"C2\",\"received\":\"2024-02-01T00:00:00Z\",\"agency\":\"B\","
            + "\"author\":{\"id\":\"b\"},\"subjects\":[{\"ref\":\"s1\",\"role\":\"suspect\",\"name\":\"Ashley Quenby\",\"sex\":\"M\","
            + "\"age\":27,\"phones\":[\"+44 7700 900461\"],\"vehicles\":[{\"vrm\":\"R742KLT\"}]},"
            + "{\"ref\":\"s2\",\"role\":\"victim\",\"name\":\"Jodie Pratt\",\"born\":\"2009-11\",\"sex\":\"F\"}]}";

    private static PersonChanges link(LinkedPersons persons, String line) throws Exception {
        Submission s = new RecordParser().parse(line.getBytes(StandardCharsets.UTF_8));
        return persons.link(List.of(s));
    }

    @Test
    void joinsTheSameManAcrossAgenciesAndSaysWhy() throws Exception {
        LinkedPersons persons = new LinkedPersons();
        PersonChanges first = link(persons, C1);
        assertThat(first.links()).hasSize(2);
        link(persons, C2);
        String ash = persons.personOf("C1/s2").orElseThrow();
        assertThat(persons.personOf("C2/s1")).contains(ash);
        assertThat(persons.mentionsOf(ash)).containsExactlyInAnyOrder("C1/s2", "C2/s1");
        assertThat(persons.personOf("C2/s2")).isNotEqualTo(persons.personOf("C1/s1"));
        List<MatchExplanation> why = persons.explain(ash);
        assertThat(why).singleElement().satisfies(x -> {
            assertThat(x.probability()).isGreaterThan(0.9);
            assertThat(x.parts()).anyMatch(p -> p.startsWith("phone")).anyMatch(p -> p.startsWith("prior"));
        });
        assertThat(persons.explain(persons.personOf("C1/s1").orElseThrow())).isEmpty();
    }

    @Test
    void agreesWithTheGraphAboutWhoIsLinked() throws Exception {
        LinkedPersons persons = new LinkedPersons();
        var cases = NetworkGraphTest.cases(persons, C1, C2);
        String ash = persons.personOf("C1/s2").orElseThrow();
        NetworkGraph.Graph g = new NetworkGraph(cases, persons).around(ash, c -> true, 100);
        assertThat(g.nodes()).extracting(NetworkGraph.Node::id).contains("concern:C1", "concern:C2",
                persons.personOf("C1/s1").orElseThrow(), persons.personOf("C2/s2").orElseThrow());
    }
}
