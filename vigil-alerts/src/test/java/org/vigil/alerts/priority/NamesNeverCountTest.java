package org.vigil.alerts.priority;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.evaluation.InterchangeReader;
import org.vigil.alerts.evaluation.PlaceScope;
import org.vigil.alerts.evaluation.Towns;
import org.vigil.alerts.evaluation.Truth;
import org.vigil.alerts.observation.Observation;

/**
 * Names link records; they never raise a score. Renaming everyone in a town, and adding ethnicity, religion and
 * nationality to every subject, leaves every alert, every harm figure and both rankings exactly as they were.
 */
class NamesNeverCountTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] NAMES = {"Ashraf Khan", "Kayleigh Marsh", "Jan Kowalski", "Mohammed Ali",
            "Siobhan O'Neill", "Ash", "Chen Wei", "Oluwaseun Adeyemi", "Smith, John", "Mr Patel", "Gheorghe Popescu"};
    private static final String[] ETHNICITY = {"White British", "Asian British - Pakistani", "Black British",
            "Roma", "Mixed", "Chinese"};
    private static final String[] RELIGION = {"Muslim", "Christian", "Sikh", "Hindu", "None", "Jewish"};
    private static final String[] NATIONALITY = {"British", "Pakistani", "Polish", "Romanian", "Somali"};
    private static byte[] records;
    private static Truth truth;
    private static List<String> baseline;

    @BeforeContainer
    static void replayTheTownAsWritten() throws IOException {
        ByteArrayOutputStream r = new ByteArrayOutputStream();
        ByteArrayOutputStream t = new ByteArrayOutputStream();
        Towns.CACHED.write(5, 1500, r, t);
        records = r.toByteArray();
        truth = Truth.read(new ByteArrayInputStream(t.toByteArray()));
        baseline = outputs(records);
    }

    @Property(tries = 4)
    void renamingPeopleAndAddingProtectedCharacteristicsChangesNothing(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        for (String line : new String(records, StandardCharsets.UTF_8).split("\n")) {
            JsonNode o = JSON.readTree(line);
            for (JsonNode s : o.path("subjects")) {
                ObjectNode subject = (ObjectNode) s;
                subject.put("name", NAMES[random.nextInt(NAMES.length)]);
                ArrayNode aliases = subject.putArray("aliases");
                aliases.add(NAMES[random.nextInt(NAMES.length)]);
                subject.put("ethnicity", ETHNICITY[random.nextInt(ETHNICITY.length)]);
                subject.put("religion", RELIGION[random.nextInt(RELIGION.length)]);
                subject.put("nationality", NATIONALITY[random.nextInt(NATIONALITY.length)]);
            }
            out.append(JSON.writeValueAsString(o)).append('\n');
        }
        assertThat(outputs(out.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo(baseline);
    }

    /** Every alert with its history, then both rankings, as JSON lines. */
    private static List<String> outputs(byte[] town) throws IOException {
        List<Observation> observations = InterchangeReader.read(new ByteArrayInputStream(town), truth.personOf(),
                PlaceScope.ONE_AREA);
        AlertEngine engine = new AlertEngine();
        engine.replay(observations);
        List<String> lines = new ArrayList<>();
        for (Alert a : engine.alerts()) {
            lines.add(a.toJsonWithHistory().toString());
        }
        Priorities priorities = new Priorities(engine);
        Instant end = Instant.parse("2016-12-31T00:00:00Z");
        priorities.rank(end).forEach(l -> lines.add(l.toJsonLine()));
        priorities.rankByVolume(end).forEach(l -> lines.add(l.toJsonLine()));
        return lines;
    }
}
