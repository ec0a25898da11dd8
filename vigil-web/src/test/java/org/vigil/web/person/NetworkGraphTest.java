package org.vigil.web.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.vigil.concern.RecordParser;
import org.vigil.web.cases.CaseIndex;
import java.util.List;
import java.util.Optional;
import org.vigil.concern.Submission;
import org.vigil.ledger.PersonChanges;

class NetworkGraphTest {
    private static final String C1 = "{\"type\":\"concern\",\"id\":\"C1\",\"received\":\"2024-01-01T00:00:00Z\",\"agency\":\"A\","
            + "\"author\":{\"id\":\"a\"},\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"Kay\"},"
            + "{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"Ash\",\"phones\":[\"07700 900461\"]}]}";
    private static final String C2 = "{\"type\":\"concern\",\"id\":\"C2\",\"received\":\"2024-01-02T00:00:00Z\",\"agency\":\"B\","
            + "\"author\":{\"id\":\"b\"},\"subjects\":[{\"ref\":\"s1\",\"role\":\"suspect\",\"name\":\"Ashley\","
            + "\"phones\":[\"+44 7700 900461\"]},{\"ref\":\"s2\",\"role\":\"victim\",\"name\":\"Jo\"}]}";

    static CaseIndex cases(PersonDirectory persons, String... lines) throws Exception {
        CaseIndex cases = new CaseIndex();
        long leaf = 0;
        for (String line : lines.length == 0 ? new String[] {C1, C2} : lines) {
            Submission s = new RecordParser().parse(line.getBytes(StandardCharsets.UTF_8));
            persons.link(List.of(s));
            cases.add(s.record(), leaf++);
        }
        return cases;
    }

    @Test
    void numbersPersonsInLogOrderAsTheExportDoes() throws Exception {
        MentionPerPerson persons = new MentionPerPerson();
        cases(persons);
        assertThat(persons.personOf("C1/s1")).contains("P-000001");
        assertThat(persons.personOf("C2/s2")).contains("P-000004");
        assertThat(persons.mentionsOf("P-000003")).containsExactly("C2/s1");
    }

    @Test
    void linksPersonsThroughConcernsAndSharedPhones() throws Exception {
        MentionPerPerson persons = new MentionPerPerson();
        CaseIndex cases = cases(persons);
        NetworkGraph.Graph g = new NetworkGraph(cases, persons).around("P-000002", c -> true, 100);
        assertThat(g.nodes()).extracting(NetworkGraph.Node::id)
                .contains("P-000002", "concern:C1", "P-000001", "phone:07700900461", "P-000003");
        assertThat(g.edges()).contains(new NetworkGraph.Edge("P-000003", "phone:07700900461", "phone"));
    }

    @Test
    void aFormsFillerPhoneTiesNobody() throws Exception {
        MentionPerPerson persons = new MentionPerPerson();
        CaseIndex cases = cases(persons, C1.replace("07700 900461", "07000 000000"),
                C2.replace("+44 7700 900461", "+44 7000 000000"));
        NetworkGraph.Graph g = new NetworkGraph(cases, persons).around("P-000002", c -> true, 100);
        assertThat(g.nodes()).extracting(NetworkGraph.Node::id).doesNotContain("P-000003", "phone:07000000000");
        assertThat(cases.concern("C1").orElseThrow().mentions().get(1).phones()).containsExactly("07000000000");
    }

    @Test
    void leavesOutWhatTheViewerMayNotRead() throws Exception {
        MentionPerPerson persons = new MentionPerPerson();
        CaseIndex cases = cases(persons);
        NetworkGraph.Graph g = new NetworkGraph(cases, persons).around("P-000002", c -> !c.id().equals("C2"), 100);
        assertThat(g.nodes()).extracting(NetworkGraph.Node::id).doesNotContain("P-000003", "concern:C2");
        assertThat(g.nodes()).extracting(NetworkGraph.Node::label).noneMatch(l -> l.contains("Ashley"));
    }

    @Test
    void namesAPersonByTheFullestNameInAConcernTheViewerMayRead() throws Exception {
        String[] lines = {
            concern("C1", "Ash"), concern("C2", "Ashraf Ali Khan"), concern("C3", "Khan, Ashraf"), concern("C4", null)};
        PersonDirectory one = new PersonDirectory() {
            @Override
            public Optional<String> personOf(String mentionKey) {
                return Optional.of("P-000009");
            }

            @Override
            public List<String> mentionsOf(String personId) {
                return personId.equals("P-000009") ? List.of("C1/s1", "C2/s1", "C3/s1", "C4/s1") : List.of();
            }

            @Override
            public List<MatchExplanation> explain(String personId) {
                return List.of();
            }

            @Override
            public PersonChanges link(List<Submission> batch) {
                return PersonChanges.NONE;
            }
        };
        NetworkGraph graph = new NetworkGraph(cases(one, lines), one);
        assertThat(graph.personLabel("P-000009", c -> true)).isEqualTo("Ashraf Ali Khan (P-000009)");
        assertThat(graph.personLabel("P-000009", c -> !c.id().equals("C2")))
                .as("a name written only in a concern the viewer may not read is not shown")
                .isEqualTo("Khan, Ashraf (P-000009)");
        assertThat(graph.personLabel("P-000009", c -> c.id().equals("C1"))).isEqualTo("Ash (P-000009)");
        assertThat(graph.personLabel("P-000009", c -> c.id().equals("C4"))).isEqualTo("P-000009");
        assertThat(graph.personLabel("P-000009", c -> false)).isEqualTo("P-000009");
    }

    private static String concern(String id, String name) {
        return "{\"type\":\"concern\",\"id\":\"" + id + "\",\"received\":\"2024-01-01T00:00:00Z\",\"agency\":\"A\","
                + "\"author\":{\"id\":\"a\"},\"subjects\":[{\"ref\":\"s1\",\"role\":\"suspect\""
                + (name == null ? "" : ",\"name\":\"" + name + "\"") + "}]}";
    }

    @Test
    void stopsAtTheNodeLimit() throws Exception {
        MentionPerPerson persons = new MentionPerPerson();
        NetworkGraph.Graph g = new NetworkGraph(cases(persons), persons).around("P-000002", c -> true, 3);
        assertThat(g.nodes()).hasSize(3);
        assertThat(g.truncated()).isTrue();
    }
}
