package org.vigil.bench.town;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.concern.InvalidRecordException;
import org.vigil.concern.RecordParser;

class SecondTownTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private List<String> write(long seed, int concerns, int bad, String name) throws Exception {
        new SecondTown(seed, concerns).write(dir.resolve(name + ".jsonl"), dir.resolve(name + ".truth.jsonl"), bad);
        return Files.readAllLines(dir.resolve(name + ".jsonl"), StandardCharsets.UTF_8);
    }

    @Test
    void everyRecordPassesIngestValidationAndEverySubjectHasOneTruePerson() throws Exception {
        List<String> lines = write(5, 400, 0, "town");
        RecordParser parser = new RecordParser();
        Set<String> mentions = new HashSet<>();
        int concerns = 0;
        for (String line : lines) {
            parser.parse(line.getBytes(StandardCharsets.UTF_8));
            JsonNode o = JSON.readTree(line);
            if (o.get("type").asText().equals("concern")) {
                concerns++;
                o.get("subjects").forEach(s -> mentions.add(o.get("id").asText() + "/" + s.get("ref").asText()));
            }
        }
        Set<String> inTruth = new HashSet<>();
        for (String line : Files.readAllLines(dir.resolve("town.truth.jsonl"))) {
            JsonNode o = JSON.readTree(line);
            if (o.get("type").asText().equals("mention")) {
                assertThat(inTruth.add(o.get("mention").asText())).as("mention listed once").isTrue();
            }
        }
        assertThat(concerns).isEqualTo(400);
        assertThat(inTruth).isEqualTo(mentions);
    }

    @Test
    void noTwoRecordsShareAnIdEvenWhenOneIsAmendedTwice() throws Exception {
        // Seed 8 of 3,000 concerns amends NP-2005-001055 twice; both amendments were once written NP-2005-001055-A1.
        Set<String> ids = new HashSet<>();
        for (String line : write(8, 3000, 0, "amended")) {
            String id = JSON.readTree(line).get("id").asText();
            assertThat(ids.add(id)).as("id %s written once", id).isTrue();
        }
        assertThat(ids).contains("NP-2005-001055-A1", "NP-2005-001055-A2");
    }

    @Test
    void theSameSeedWritesTheSameTown() throws Exception {
        assertThat(write(9, 300, 0, "a")).isEqualTo(write(9, 300, 0, "b"));
        assertThat(Files.readAllLines(dir.resolve("a.truth.jsonl"))).isEqualTo(
                Files.readAllLines(dir.resolve("b.truth.jsonl")));
    }

    @Test
    void badLinesAreInvalidAndLeftOutOfTheTruth() throws Exception {
        List<String> lines = write(3, 200, 5, "bad");
        RecordParser parser = new RecordParser();
        List<String> rejected = new ArrayList<>();
        for (String line : lines) {
            try {
                parser.parse(line.getBytes(StandardCharsets.UTF_8));
            } catch (InvalidRecordException e) {
                rejected.add(line);
            }
        }
        assertThat(rejected).hasSize(5).allMatch(l -> l.contains("BAD-"));
        assertThat(Files.readString(dir.resolve("bad.truth.jsonl"))).doesNotContain("BAD-");
    }
}
