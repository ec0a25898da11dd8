package org.vigil.town;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TownMainTest {
    @TempDir
    Path dir;

    @Test
    void writesATownAndItsTruthToFiles() throws IOException {
        Path out = dir.resolve("records.jsonl");
        Path truth = dir.resolve("truth.jsonl");
        int code = TownMain.run(new String[] {"--seed", "4", "--concerns", "400", "--out", out.toString(), "--truth",
            truth.toString()});
        assertThat(code).isZero();
        assertThat(Files.readAllLines(out).stream().filter(l -> l.contains("\"type\":\"concern\""))).hasSize(400);
        assertThat(Files.readAllLines(truth).get(0)).contains("\"seed\":4", "\"concerns\":400");
    }

    @Test
    void compressesFilesWhoseNamesEndInGz() throws IOException {
        Path out = dir.resolve("records.jsonl.gz");
        Path truth = dir.resolve("truth.jsonl.gz");
        Path plain = dir.resolve("records.jsonl");
        assertThat(TownMain.run(new String[] {"--concerns", "300", "--out", out.toString(), "--truth",
            truth.toString()})).isZero();
        assertThat(TownMain.run(new String[] {"--concerns", "300", "--out", plain.toString(), "--truth",
            dir.resolve("t.jsonl").toString()})).isZero();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(plain));
        }
    }

    @Test
    void rejectsMissingAndUnknownArguments() {
        assertThat(TownMain.run(new String[] {"--seed", "1"})).isEqualTo(2);
        assertThat(TownMain.run(new String[] {"--out", "a", "--truth", "b", "--colour", "red"})).isEqualTo(2);
        assertThat(TownMain.run(new String[] {"--concerns", "many", "--out", "a", "--truth", "b"})).isEqualTo(2);
        assertThat(TownMain.run(new String[] {"--concerns", "-5", "--out", "a", "--truth", "b"})).isEqualTo(2);
        assertThat(TownMain.run(new String[] {"--out"})).isEqualTo(2);
    }
}
