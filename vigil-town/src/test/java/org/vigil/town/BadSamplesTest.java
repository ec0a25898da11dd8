package org.vigil.town;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.concern.InvalidRecordException;
import org.vigil.concern.RecordParser;

class BadSamplesTest {
    @TempDir
    Path dir;

    @Test
    void everyBadSampleIsRejectedByTheLeadsRecordParser() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        int written = BadSamples.writeTo(file);
        List<byte[]> lines = split(Files.readAllBytes(file));
        assertThat(lines).hasSize(written).hasSize(BadSamples.FAULTS.size());
        RecordParser parser = new RecordParser();
        for (byte[] line : lines) {
            assertThatThrownBy(() -> parser.parse(line)).isInstanceOf(InvalidRecordException.class);
        }
    }

    private static List<byte[]> split(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        return lines;
    }
}
