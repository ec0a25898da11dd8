package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.concern.Submission;
import org.vigil.testing.Lines;
import org.vigil.testing.Workspace;

class ReplayTest {
    @TempDir
    Path dir;

    @Test
    void commitsRecordsAcrossFilesInEventTimeOrderAndQuarantinesByOriginalLine() throws Exception {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        Files.writeString(a, String.join("\n", Lines.decision("D-1", "C-2"), Lines.concern("C-3", "2005-01-01T00:00:00Z"),
                "{bad", Lines.concern("C-1", "2001-01-01T00:00:00Z")) + "\n", StandardCharsets.UTF_8);
        Files.writeString(b, String.join("\n", Lines.concern("C-2", "2003-07-14T16:20:00Z"),
                Lines.concern("C-0", "2001-01-01T00:00:00Z")) + "\n", StandardCharsets.UTF_8);
        List<String> order = new ArrayList<>();
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            Ingest ingest = new Ingest(w.store, w.ledger, new org.vigil.people.PersonIndex()::link, dir.resolve("data/quarantine"), new Ingest.Options(2, 1 << 20, 64 << 20),
                    IngestListener.NONE, (records, persons, first) -> records.stream().map(Submission::id).forEach(order::add));
            List<FileSummary> summaries = ingest.replay(List.of(a, b));
            assertThat(order).containsExactly("C-0", "C-1", "C-2", "D-1", "C-3");
            assertThat(w.store.record("C-0").orElseThrow().leaf()).isZero();
            assertThat(w.store.record("C-3").orElseThrow().leaf()).isEqualTo(4);
            assertThat(summaries.get(0).accepted()).isEqualTo(3);
            assertThat(summaries.get(0).rejected()).isEqualTo(1);
            assertThat(Files.readAllLines(summaries.get(0).quarantine()).get(1)).startsWith("3\tnot valid JSON");
            assertThat(summaries.get(1).accepted()).isEqualTo(2);
            assertThat(w.audit().run().ok()).isTrue();

            order.clear();
            List<FileSummary> again = ingest.replay(List.of(a, b));
            assertThat(order).isEmpty();
            assertThat(again.get(0).unchanged()).isEqualTo(3);
            assertThat(w.ledger.size()).isEqualTo(5);
        }
    }

    @Test
    void keepsEventOrderQuarantineOrderAndDuplicatesRightAcrossManyBatchesInFlight() throws Exception {
        // 4,000 lines: more than the validators' chunks and many 50-record batches, so batches are linked, committed
        // and listened to concurrently. Every 9th line is bad; every 10th repeats an earlier id, sometimes with
        // different content; event times run backwards through the file.
        Path file = dir.resolve("many.jsonl");
        StringBuilder text = new StringBuilder();
        List<Long> badLines = new ArrayList<>();
        java.util.Set<String> stored = new java.util.HashSet<>();
        long unchanged = 0;
        for (int i = 1; i <= 4000; i++) {
            String received = java.time.Instant.parse("2010-01-01T00:00:00Z").minusSeconds(60L * i).toString();
            String id = "C-" + i;
            if (i % 9 == 0) {
                text.append("{\"type\":\"concern\",\"id\":\"BAD-").append(i).append("\"}\n");
                badLines.add((long) i);
                continue;
            }
            if (i % 10 == 0 && stored.contains("C-" + (i - 5))) {
                int earlier = i - 5;
                id = "C-" + earlier;
                java.time.Instant first = java.time.Instant.parse("2010-01-01T00:00:00Z").minusSeconds(60L * earlier);
                if (i % 20 == 0) {
                    // Different content, received just after the first: the first in event time is kept.
                    received = first.plusSeconds(30).toString();
                    badLines.add((long) i);
                } else {
                    received = first.toString();
                    unchanged++;
                }
            } else {
                stored.add(id);
            }
            text.append(Lines.concern(id, received)).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        List<String> order = new ArrayList<>();
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            Ingest ingest = new Ingest(w.store, w.ledger, new org.vigil.people.PersonIndex()::link,
                    dir.resolve("data/quarantine"), new Ingest.Options(50, 1 << 20, 64 << 20), IngestListener.NONE,
                    (records, persons, first) -> records.stream().map(Submission::id).forEach(order::add));
            FileSummary summary = ingest.replay(List.of(file)).get(0);

            long good = stored.size();
            assertThat(summary.accepted()).isEqualTo(good);
            assertThat(summary.unchanged()).isEqualTo(unchanged);
            assertThat(summary.rejected()).isEqualTo(badLines.size());
            assertThat(order).hasSize((int) good).doesNotHaveDuplicates();
            // Event times run backwards through the file, so the latest line comes first in the log.
            List<Integer> numbers = order.stream().map(id -> Integer.parseInt(id.substring(2))).toList();
            assertThat(numbers).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            List<Long> quarantined = Files.readAllLines(summary.quarantine()).stream().skip(1)
                    .map(l -> Long.parseLong(l.substring(0, l.indexOf('\t')))).toList();
            assertThat(quarantined).containsExactlyElementsOf(badLines);
            assertThat(w.ledger.size()).isEqualTo(good);
            assertThat(w.audit().run().ok()).isTrue();
        }
    }

    private static List<String> quarantined(FileSummary summary) throws java.io.IOException {
        return Files.readAllLines(summary.quarantine()).stream().skip(1).toList();
    }

    @Test
    void quarantinesARepeatedIdInLineOrderAmongTheOtherRejectedLines() throws Exception {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, String.join("\n", Lines.concern("C-1", "2004-01-01T00:00:00Z"),
                Lines.concern("C-1", "2004-01-02T00:00:00Z"), "{bad", Lines.concern("C-2", "2003-01-01T00:00:00Z"),
                "{\"type\":\"x\"}") + "\n", StandardCharsets.UTF_8);
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            Ingest ingest = new Ingest(w.store, w.ledger, dir.resolve("data/quarantine"), Ingest.Options.DEFAULT,
                    IngestListener.NONE);
            FileSummary summary = ingest.replay(List.of(file)).get(0);
            assertThat(quarantined(summary)).hasSize(3).satisfiesExactly(
                    l -> assertThat(l).startsWith("2\tid \"C-1\" was already taken in with different content"),
                    l -> assertThat(l).startsWith("3\tnot valid JSON").endsWith("\t{bad"),
                    l -> assertThat(l).startsWith("5\t\"type\" is \"x\""));
            byte[] first = Files.readAllBytes(summary.quarantine());
            ingest.replay(List.of(file));
            assertThat(Files.readAllBytes(summary.quarantine())).isEqualTo(first);
        }
    }

    @Test
    void inputsOfTheSameNameInDifferentDirectoriesKeepQuarantinesOfTheirOwn() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("in.jsonl");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("in.jsonl");
        Files.writeString(a, Lines.concern("A-1", "2004-01-01T00:00:00Z") + "\n{from a\n", StandardCharsets.UTF_8);
        Files.writeString(b, "{from b\n", StandardCharsets.UTF_8);
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            Ingest ingest = new Ingest(w.store, w.ledger, dir.resolve("data/quarantine"), Ingest.Options.DEFAULT,
                    IngestListener.NONE);
            List<FileSummary> together = ingest.replay(List.of(a, b));
            FileSummary alone = ingest.replay(List.of(b)).get(0);
            FileSummary ingested = ingest.ingest(b);
            assertThat(together.get(0).quarantine()).isNotEqualTo(together.get(1).quarantine());
            assertThat(alone.quarantine()).isEqualTo(together.get(1).quarantine()).isEqualTo(ingested.quarantine());
            assertThat(Files.readString(together.get(0).quarantine())).contains("{from a").doesNotContain("{from b");
            assertThat(Files.readString(alone.quarantine())).contains("{from b").doesNotContain("{from a");
            assertThat(together.get(0).quarantine().getFileName().toString()).startsWith("in.jsonl.")
                    .endsWith(".rejected.tsv");
        }
    }
}
