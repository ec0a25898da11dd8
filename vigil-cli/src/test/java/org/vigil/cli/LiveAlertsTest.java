package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Submission;
import org.vigil.people.PersonIndex;
import org.vigil.store.SqliteConcernStore;
import org.vigil.town.TownGenerator;
import org.vigil.town.TownOptions;
import org.vigil.watch.StoreReplay;

/**
 * The web app's alerts follow intake: a town's first years replayed into the store, its later records sent one by
 * one as intake sends them (linked by a person index over the store, then told to {@link LiveAlerts}), and the files
 * the app reads gain the alerts those records raise.
 */
class LiveAlertsTest {
    @TempDir
    Path dir;

    @Test
    void recordsSentAfterStartRaiseAlertsInTheFilesTheWebAppReads() throws Exception {
        Path town = dir.resolve("town.jsonl");
        new TownGenerator(TownOptions.defaults().withSeed(2).withConcerns(1200)).writeTo(town, dir.resolve("truth.jsonl"));
        RecordParser parser = new RecordParser();
        List<Submission> records = new ArrayList<>();
        for (String line : Files.readAllLines(town)) {
            records.add(parser.parse(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        records.sort(Comparator.comparing((Submission s) -> s.record().eventTime()).thenComparing(Submission::id));
        int cut = records.size() * 2 / 3;
        Path early = dir.resolve("early.jsonl");
        Files.write(early, records.subList(0, cut).stream()
                .map(s -> new String(s.raw(), java.nio.charset.StandardCharsets.UTF_8)).toList());
        Path data = dir.resolve("data");
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), new String[] {
            "replay", "--data", data.toString(), early.toString(), "--alerts", dir.resolve("raised.jsonl").toString()});
        assertThat(status).isZero();

        Path alerts = dir.resolve("alerts.jsonl");
        Path priorities = dir.resolve("priorities.jsonl");
        LiveAlerts live;
        PersonIndex people;
        try (SqliteConcernStore store = SqliteConcernStore.open(data)) {
            live = new LiveAlerts(() -> StoreReplay.run(store, null, change -> { }), alerts, priorities);
            people = PersonIndex.rebuild(store);
        }
        live.write();
        int before = Files.readAllLines(alerts).size();
        assertThat(before).isPositive();
        assertThat(Files.readAllLines(priorities)).isNotEmpty();

        Set<String> later = new HashSet<>();
        for (Submission s : records.subList(cut, records.size())) {
            later.add(s.id());
            live.committed(List.of(s), people.link(List.of(s)), -1);
        }
        live.flush(); // the files are written a moment after the changes, once for a burst of them
        List<String> after = Files.readAllLines(alerts);
        assertThat(after).hasSizeGreaterThan(before);
        ObjectMapper json = new ObjectMapper();
        assertThat(after.subList(before, after.size()))
                .allSatisfy(line -> assertThat(later).contains(json.readTree(line).get("trigger").asText()));
        assertThat(Files.exists(dir.resolve("alerts.jsonl.tmp"))).isFalse();
    }
}
