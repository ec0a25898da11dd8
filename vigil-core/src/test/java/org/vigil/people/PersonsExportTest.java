package org.vigil.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.testing.Lines;
import org.vigil.testing.Workspace;

class PersonsExportTest {
    @TempDir
    Path dir;

    @Test
    void leavesBlankAliasesOutOfANamesList() throws Exception {
        // A table export writes an empty cell as "": a blank alias is no name, as a blank name already is not.
        String line = Lines.concern("C-1").replace("\"name\":\"Kayla Marsh\"", "\"name\":\"Kayla Marsh\",\"aliases\":[\"\",\"  \",\"Kay\"]");
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            w.ingest().ingest(file);
            StringWriter linked = new StringWriter();
            PersonsExport.write(w.store, () -> PersonIndex.rebuild(w.store), linked);
            StringWriter asOf = new StringWriter();
            PersonsExport.writeAsOf(w.store, Instant.parse("2010-01-01T00:00:00Z"), asOf);

            assertThat(namesOf(linked.toString(), "C-1/s1")).containsExactly("Kayla Marsh", "Kay");
            assertThat(namesOf(asOf.toString(), "C-1/s1")).containsExactly("Kayla Marsh", "Kay");
        }
    }

    private static List<String> namesOf(String jsonl, String mention) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String line : jsonl.split("\n")) {
            JsonNode person = json.readTree(line);
            List<String> mentions = new ArrayList<>();
            person.get("mentions").forEach(m -> mentions.add(m.asText()));
            if (mentions.contains(mention)) {
                List<String> names = new ArrayList<>();
                person.get("names").forEach(n -> names.add(n.asText()));
                return names;
            }
        }
        throw new AssertionError("no person holds " + mention + " in " + jsonl);
    }
}
