package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.testing.Lines;
import org.vigil.testing.Workspace;

class IngestTest {
    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> quarantined(FileSummary summary) throws IOException {
        return Files.readAllLines(summary.quarantine(), StandardCharsets.UTF_8).subList(1, (int) summary.rejected() + 1);
    }

    @Test
    void storesEveryValidLineAndQuarantinesEachBadOneWithItsNumberAndReason() throws Exception {
        Path file = write("mixed.jsonl", Lines.concern("A"), "{broken", "", Lines.decision("D-1", "A"),
                "{\"type\":\"memo\",\"id\":\"M\"}", Lines.concern("B"));
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            FileSummary summary = w.ingest().ingest(file);
            assertThat(summary.accepted()).isEqualTo(3);
            assertThat(summary.rejected()).isEqualTo(2);
            assertThat(summary.lines()).isEqualTo(5);
            assertThat(quarantined(summary)).containsExactly(
                    "2\tnot valid JSON: Unexpected character ('b' (code 98)): was expecting double-quote to start field name\t{broken",
                    "5\t\"type\" is \"memo\"; only \"concern\" and \"decision\" are accepted\t{\"type\":\"memo\",\"id\":\"M\"}");
            assertThat(w.store.record("B")).isPresent();
            assertThat(w.store.record("D-1")).isPresent();
            assertThat(w.audit().run().problems()).isEmpty();
        }
    }

    @Test
    void linesOfOnlyNoBreakSpacesFormFeedsOrByteOrderMarksAreBlank() throws Exception {
        Path file = write("blankish.jsonl", Lines.concern("A"), "\u00A0", "\f", "\uFEFF", " \u00A0\t\u000B",
                Lines.concern("B"));
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            FileSummary summary = w.ingest().ingest(file);
            assertThat(summary.accepted()).isEqualTo(2);
            assertThat(summary.rejected()).isZero();
        }
    }

    @Test
    void aReRunOfTheSameInputChangesNothing() throws Exception {
        Path file = write("in.jsonl", Lines.concern("A"), "{broken", Lines.concern("B"));
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            FileSummary first = w.ingest().ingest(file);
            byte[] quarantine = Files.readAllBytes(first.quarantine());
            long size = w.ledger.size();
            FileSummary second = w.ingest().ingest(file);
            assertThat(second.accepted()).isZero();
            assertThat(second.unchanged()).isEqualTo(2);
            assertThat(w.ledger.size()).isEqualTo(size);
            assertThat(Files.readAllBytes(second.quarantine())).isEqualTo(quarantine);
        }
    }

    @Test
    void treatsTheSameRecordWithKeysInAnotherOrderAsAlreadyStored() throws Exception {
        String reordered = "{\"id\":\"D-1\",\"type\":\"decision\",\"concern\":\"A\",\"at\":\"2003-07-21T09:05:00Z\","
                + "\"outcome\":\"no_further_action\",\"reason\":\"no complaint made\","
                + "\"by\":{\"name\":\"DC P. Lane\",\"id\":\"syp-4411\"}}";
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            w.ingest().ingest(write("a.jsonl", Lines.decision("D-1", "A")));
            FileSummary again = w.ingest().ingest(write("b.jsonl", reordered));
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(again.rejected()).isZero();
        }
    }

    @Test
    void rejectsTheSameIdWithDifferentContentAndAcceptsACorrectionThatAmendsIt() throws Exception {
        String changed = Lines.concern("A").replace("Star Pizza", "Star Kebab");
        String correction = Lines.concern("A-2").replace("\"narrative\"", "\"amends\":\"A\",\"narrative\"");
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            w.ingest().ingest(write("a.jsonl", Lines.concern("A")));
            FileSummary summary = w.ingest().ingest(write("b.jsonl", changed, correction, changed));
            assertThat(summary.accepted()).isEqualTo(1);
            assertThat(summary.rejected()).isEqualTo(2);
            assertThat(quarantined(summary).get(0)).startsWith("1\tid \"A\" was already taken in with different content");
            assertThat(w.store.record("A").orElseThrow().raw()).isEqualTo(Lines.bytes(Lines.concern("A")));
        }
    }

    @Test
    void readsGzipWhateverTheFileIsCalled() throws Exception {
        Path file = dir.resolve("export.jsonl");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(Lines.bytes(Lines.concern("A") + "\n" + Lines.concern("B") + "\n"));
        }
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            assertThat(w.ingest().ingest(file).accepted()).isEqualTo(2);
        }
    }

    @Test
    void keepsEveryWholeLineOfATruncatedGzipAndQuarantinesTheRest() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append(Lines.concernAbout("C-" + i, i)).append('\n');
        }
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(Lines.bytes(text.toString()));
        }
        byte[] whole = bytes.toByteArray();
        Path file = dir.resolve("cut.jsonl.gz");
        Files.write(file, Arrays.copyOf(whole, whole.length * 2 / 3));
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            FileSummary summary = w.ingest(new Ingest.Options(500, 1 << 20, 64 << 20)).ingest(file);
            assertThat(summary.accepted()).isGreaterThan(100).isLessThan(3000);
            assertThat(summary.rejected()).isEqualTo(1);
            assertThat(quarantined(summary).get(0))
                    .startsWith((summary.accepted() + 1) + "\tthe compressed input ends early or is damaged");
            assertThat(w.store.record("C-" + (summary.accepted() - 1))).isPresent();
            assertThat(w.audit().run().ok()).isTrue();
        }
    }

    /**
     * A gzip file of several members is read to its end wherever a member ends: one that ended within 26 bytes of the
     * end of a 64 KiB read was taken for the end of the file, and every record after it silently dropped.
     */
    @Test
    void readsEveryMemberOfAGzipFileWhereverTheFirstEnds() throws Exception {
        byte[] second = gzip(Lines.concern("B") + "\n" + Lines.concern("C") + "\n", Deflater.DEFAULT_COMPRESSION);
        for (int end : new int[] {65_536, 65_530, 65_520, 65_500, 131_072}) {
            byte[] first = memberOfSize("A", end);
            Path file = dir.resolve("members-" + end + ".jsonl.gz");
            Files.write(file, concat(first, second));
            try (Workspace w = new Workspace(dir.resolve("data-" + end))) {
                FileSummary summary = w.ingest().ingest(file);
                assertThat(summary.accepted()).as("first member of %d bytes", end).isEqualTo(3);
                assertThat(summary.rejected()).isZero();
            }
        }
    }

    /** Bytes after the last whole member (a member damaged in its header) are damage, reported, not the end. */
    @Test
    void quarantinesWhatFollowsTheLastWholeGzipMemberRatherThanDroppingIt() throws Exception {
        byte[] first = gzip(Lines.concern("A") + "\n", Deflater.DEFAULT_COMPRESSION);
        byte[] damaged = gzip(Lines.concern("B") + "\n", Deflater.DEFAULT_COMPRESSION);
        damaged[0] = 0;
        for (byte[] after : List.of(damaged, Lines.bytes("GARBAGE"), concat(memberOfSize("M", 65_530), damaged))) {
            Path file = dir.resolve("damaged.jsonl.gz");
            Files.write(file, concat(first, after));
            try (Workspace w = new Workspace(dir.resolve("data-" + after.length))) {
                FileSummary summary = w.ingest().ingest(file);
                assertThat(summary.rejected()).isEqualTo(1);
                assertThat(quarantined(summary).get(0)).startsWith((summary.lines()) + "\tthe compressed input ends early"
                        + " or is damaged (what follows the last whole gzip member is not one)");
                assertThat(w.store.record("A")).isPresent();
            }
        }
    }

    /** A gzip member, stored rather than compressed, of exactly {@code size} bytes: concern {@code id}, long told. */
    private static byte[] memberOfSize(String id, int size) throws IOException {
        String line = Lines.concern(id);
        int pad = size - gzip(line + "\n", Deflater.NO_COMPRESSION).length;
        for (int extra = pad; extra > pad - 64; extra--) {
            byte[] member = gzip(line.replace("\"narrative\":\"", "\"narrative\":\"" + "x".repeat(extra)) + "\n",
                    Deflater.NO_COMPRESSION);
            if (member.length == size) {
                return member;
            }
        }
        throw new AssertionError("no member of " + size + " bytes");
    }

    private static byte[] gzip(String text, int level) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes) {
            {
                def.setLevel(level);
            }
        }) {
            out.write(Lines.bytes(text));
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void readsFromAPipeSuchAsStandardInput() throws Exception {
        Path fifo = dir.resolve("pipe.jsonl");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(Lines.bytes(Lines.concern("A") + "\n" + Lines.concern("B") + "\n"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            FileSummary summary = w.ingest().ingest(fifo);
            assertThat(summary.accepted()).isEqualTo(2);
        }
        writer.join();
    }

    @Test
    void handlesAByteOrderMarkWindowsLineEndsAndInvalidUtf8() throws Exception {
        Path file = dir.resolve("windows.jsonl");
        byte[] bad = Lines.bytes(Lines.concern("BAD"));
        bad[60] = (byte) 0xFF;
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        content.write(Lines.bytes(Lines.concern("A") + "\r\n"));
        content.write(bad);
        content.write(Lines.bytes("\r\n" + Lines.concern("B") + "\r\n"));
        Files.write(file, content.toByteArray());
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            FileSummary summary = w.ingest().ingest(file);
            assertThat(summary.accepted()).isEqualTo(2);
            assertThat(w.store.record("A").orElseThrow().raw()).isEqualTo(Lines.bytes(Lines.concern("A")));
            byte[] quarantine = Files.readAllBytes(summary.quarantine());
            assertThat(new String(quarantine, StandardCharsets.ISO_8859_1)).contains("2\tnot valid UTF-8: byte 61 is 0xFF\t");
            assertThat(indexOf(quarantine, bad)).isPositive();
        }
    }

    @Test
    void acceptsAFiveMegabyteRecordAsAnyOtherValidRecord() throws Exception {
        String big = Lines.concern("BIG").replace("K. says", "x".repeat(5 << 20));
        Path file = write("big.jsonl", Lines.concern("A"), big, Lines.concern("B"));
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            FileSummary summary = w.ingest().ingest(file);
            assertThat(summary.accepted()).isEqualTo(3);
            assertThat(summary.rejected()).isZero();
            assertThat(w.store.record("BIG").orElseThrow().raw()).isEqualTo(Lines.bytes(big));
        }
    }

    @Test
    void quarantinesALineOverTheRecordLimitWholeAndKeepsGoing() throws Exception {
        String huge = Lines.concern("HUGE").replace("K. says", "x".repeat(17 << 20));
        Path file = write("huge.jsonl", Lines.concern("A"), huge, Lines.concern("B"));
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            FileSummary summary = w.ingest().ingest(file);
            assertThat(summary.accepted()).isEqualTo(2);
            assertThat(summary.rejected()).isEqualTo(1);
            assertThat(Files.size(summary.quarantine())).isGreaterThan(17L << 20);
            assertThat(Files.readString(summary.quarantine())).containsPattern("\n2\tthe record is 1782\\d{4} bytes")
                    .contains("over the 16777216-byte limit for one record");
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
