package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.Ingest;
import org.vigil.town.TownGenerator;
import org.vigil.town.TownOptions;

/** A small synthetic town through replay and the exports, as a user would run them. */
class TownReplayTest {
    @TempDir
    Path dir;

    private String vigil(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.status()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run.out();
    }

    @Test
    void raisesAlertsInEventTimeThatTheExportReproducesFromTheStore() throws Exception {
        Path records = dir.resolve("town.jsonl");
        new TownGenerator(TownOptions.defaults().withSeed(3).withConcerns(800)).writeTo(records, dir.resolve("truth.jsonl"));
        Path data = dir.resolve("data");
        Path live = dir.resolve("alerts.jsonl");
        vigil("replay", "--data", data.toString(), records.toString(), "--alerts", live.toString());

        ObjectMapper json = new ObjectMapper();
        List<String> raised = Files.readAllLines(live);
        assertThat(raised).hasSizeGreaterThan(10);
        Set<String> kinds = new HashSet<>();
        String previous = "";
        for (String line : raised) {
            JsonNode alert = json.readTree(line);
            kinds.add(alert.get("kind").asText());
            assertThat(alert.get("raised").asText()).isGreaterThanOrEqualTo(previous);
            previous = alert.get("raised").asText();
            assertThat(alert.get("persons").get(0).get("mentions").size()).isPositive();
        }
        assertThat(kinds).contains("repeat_suspect", "overdue");

        assertTheExportReproduces(raised, data);
        List<String> byHarm = vigil("export", "priorities", "--data", data.toString()).lines().toList();
        List<String> byVolume = vigil("export", "priorities", "--data", data.toString(), "--by", "volume").lines().toList();
        assertThat(byHarm).isNotEmpty();
        assertThat(json.readTree(byHarm.get(0)).get("rank").asInt()).isEqualTo(1);
        assertThat(byHarm).isNotEqualTo(byVolume);
    }

    /**
     * The export replays the store in batches, linking one batch while the engine watches the one before, as a live
     * replay does: a town of 4,000 concerns and their decisions is two batches, and the export gives the live alerts.
     */
    @Test
    void reproducesTheLiveAlertsFromATownOfSeveralBatches() throws Exception {
        Path records = dir.resolve("town.jsonl");
        new TownGenerator(TownOptions.defaults().withSeed(5).withConcerns(4000)).writeTo(records, dir.resolve("truth.jsonl"));
        assertThat(Files.readAllLines(records)).hasSizeGreaterThan(Ingest.Options.DEFAULT.batchSize());
        Path data = dir.resolve("data");
        Path live = dir.resolve("alerts.jsonl");
        vigil("replay", "--data", data.toString(), records.toString(), "--alerts", live.toString());
        List<String> raised = Files.readAllLines(live);
        assertThat(raised).hasSizeGreaterThan(100);
        assertTheExportReproduces(raised, data);
    }

    /** {@code vigil export alerts} lists the alerts {@code raised} live, in their order, each raised at the same record. */
    private void assertTheExportReproduces(List<String> raised, Path data) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> exported = vigil("export", "alerts", "--data", data.toString()).lines().toList();
        assertThat(exported).hasSameSizeAs(raised);
        for (int i = 0; i < raised.size(); i++) {
            JsonNode live1 = json.readTree(raised.get(i));
            JsonNode export1 = json.readTree(exported.get(i));
            assertThat(export1.get("alert")).isEqualTo(live1.get("alert"));
            assertThat(export1.get("raised")).isEqualTo(live1.get("raised"));
            assertThat(export1.get("trigger")).isEqualTo(live1.get("trigger"));
        }
    }
}
