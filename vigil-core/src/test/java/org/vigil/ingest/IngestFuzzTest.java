package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import org.vigil.testing.Lines;
import org.vigil.testing.Workspace;

/**
 * Whatever mix of good and bad lines a file holds, every valid record is stored and every bad line is quarantined
 * with its own line number, unchanged; a second run changes nothing.
 */
class IngestFuzzTest {
    /** Ways to spoil a valid concern line. */
    enum Damage {
        NONE, MALFORMED_JSON, WRONG_TYPE, MISSING_FIELD, IMPOSSIBLE_DATE, UNKNOWN_TYPE, CONFLICTING_DUPLICATE,
        INVALID_UTF8, NOT_AN_OBJECT, TRUNCATED_LINE
    }

    private Path dir;

    @Provide
    Arbitrary<List<Damage>> files() {
        return Arbitraries.of(Damage.class).list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 60)
    void everyValidLineIsStoredAndEveryBadOneQuarantinedByNumber(@ForAll("files") List<Damage> plan) throws Exception {
        dir = Files.createTempDirectory("vigil-fuzz");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        Set<String> valid = new HashSet<>();
        List<Long> bad = new ArrayList<>();
        long lineNumber = 0;
        for (int i = 0; i < plan.size(); i++) {
            String id = "C-" + i;
            byte[] line = spoil(plan.get(i), id, valid);
            lineNumber++;
            file.write(line);
            file.write('\n');
            if (plan.get(i) == Damage.NONE) {
                valid.add(id);
            } else {
                bad.add(lineNumber);
            }
        }
        Path input = dir.resolve("fuzz.jsonl");
        Files.write(input, file.toByteArray());
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            FileSummary summary = w.ingest(new Ingest.Options(7, 1 << 20, 64 << 20)).ingest(input);
            assertThat(summary.accepted()).isEqualTo(valid.size());
            assertThat(summary.rejected()).isEqualTo(bad.size());
            for (String id : valid) {
                assertThat(w.store.record(id)).as(id).isPresent();
            }
            if (!bad.isEmpty()) {
                List<Long> numbers = new ArrayList<>();
                for (String q : Files.readAllLines(summary.quarantine(), StandardCharsets.ISO_8859_1).subList(1, bad.size() + 1)) {
                    numbers.add(Long.parseLong(q.substring(0, q.indexOf('\t'))));
                    assertThat(q.split("\t", 3)[1]).isNotBlank();
                }
                assertThat(numbers).containsExactlyElementsOf(bad);
            }
            long size = w.ledger.size();
            FileSummary again = w.ingest().ingest(input);
            assertThat(again.accepted()).isZero();
            assertThat(again.rejected()).isEqualTo(bad.size());
            assertThat(w.ledger.size()).isEqualTo(size);
            assertThat(w.audit().run().problems()).isEmpty();
        }
    }

    private static byte[] spoil(Damage damage, String id, Set<String> valid) {
        String good = Lines.concern(id);
        return switch (damage) {
            case NONE -> Lines.bytes(good);
            case MALFORMED_JSON -> Lines.bytes(good.substring(0, good.length() / 2));
            case WRONG_TYPE -> Lines.bytes(good.replace("\"age\":14", "\"age\":[14]"));
            case MISSING_FIELD -> Lines.bytes(good.replace("\"agency\":\"Youth Project\",", ""));
            case IMPOSSIBLE_DATE -> Lines.bytes(good.replace("2003-07-14T16:20:00Z", "2003-13-45T16:20:00Z"));
            case UNKNOWN_TYPE -> Lines.bytes(good.replace("\"type\":\"concern\"", "\"type\":\"rumour\""));
            case CONFLICTING_DUPLICATE -> valid.isEmpty()
                    ? Lines.bytes(good.replace("\"type\":\"concern\"", "\"type\":\"\""))
                    : Lines.bytes(Lines.concern(valid.iterator().next()).replace("Star Pizza", "Other Pizza"));
            case INVALID_UTF8 -> {
                byte[] b = Lines.bytes(good);
                b[b.length / 2] = (byte) 0xC0;
                yield b;
            }
            case NOT_AN_OBJECT -> Lines.bytes("\"" + id + "\"");
            case TRUNCATED_LINE -> Lines.bytes(good.substring(0, good.length() - 1));
        };
    }

    @AfterTry
    void cleanUp() throws Exception {
        if (dir != null) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
