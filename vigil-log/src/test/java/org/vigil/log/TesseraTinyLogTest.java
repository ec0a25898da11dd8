package org.vigil.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 15-entry C2SP tlog-tiles log that transparency-dev/tessera keeps as test data. */
class TesseraTinyLogTest {

    private static final JsonNode LOG = Vectors.group("tessera_tiny_log");
    private static final Path FILES = Vectors.resource("tessera-testdata-log");
    private static final NoteVerifier VERIFIER = NoteVerifier.fromVkey(LOG.path("vkey").asText());
    private static final List<byte[]> ENTRIES = entries();

    private static List<byte[]> entries() {
        List<byte[]> entries = new ArrayList<>();
        LOG.path("entries_utf8").forEach(e -> entries.add(e.asText().getBytes(StandardCharsets.UTF_8)));
        return entries;
    }

    private static String checkpointFile(int size) {
        return Vectors.readText(FILES.resolve("checkpoint." + size));
    }

    @Test
    void everyCheckpointVerifiesAndCommitsToTheTreeOfItsFirstEntries() {
        LogReader reader = new LogReader(Vectors.tilesOf(ENTRIES), ENTRIES.size());
        for (int size = 0; size <= 15; size++) {
            Checkpoint checkpoint = Checkpoint.open(checkpointFile(size), VERIFIER);

            assertThat(checkpoint.origin()).isEqualTo(LOG.path("origin_line").asText());
            assertThat(checkpoint.size()).isEqualTo(size);
            assertThat(checkpoint.root()).as("root of %d", size).isEqualTo(reader.treeHash(size));
        }
        assertThat(checkpointFile(15)).isEqualTo(Vectors.readText(FILES.resolve("checkpoint")));
    }

    @Test
    void rootsMatchThePublishedOnes() {
        LogReader reader = new LogReader(Vectors.tilesOf(ENTRIES), ENTRIES.size());
        JsonNode roots = LOG.path("expected_roots_b64");
        roots.fieldNames().forEachRemaining(size -> assertThat(reader.treeHash(Long.parseLong(size)).base64())
                .isEqualTo(roots.path(size).asText()));
        assertThat(roots.size()).isEqualTo(3);
    }

    @Test
    void signingEachCheckpointReproducesItsFileByteForByte() {
        NoteSigner signer = NoteSigner.fromSkey(LOG.path("skey").asText());
        LogAppender appender = LogAppender.empty();
        for (int size = 0; size <= 15; size++) {
            if (size > 0) {
                appender.append(Rfc6962.leafHash(ENTRIES.get(size - 1)));
            }
            Checkpoint checkpoint = new Checkpoint(LOG.path("origin_line").asText(), size, appender.root());

            assertThat(checkpoint.sign(signer).getBytes(StandardCharsets.UTF_8)).as("checkpoint.%d", size)
                    .isEqualTo(Vectors.readBytes(FILES.resolve("checkpoint." + size)));
        }
        assertThat(signer.vkey()).isEqualTo(LOG.path("vkey").asText());
    }

    @Test
    void levelZeroTilesAndEntryBundlesMatchTheAppendersTiles() {
        LogAppender appender = LogAppender.empty();
        for (int width = 1; width <= 15; width++) {
            appender.append(Rfc6962.leafHash(ENTRIES.get(width - 1)));
            Tile tile = new Tile(0, 0, width);

            byte[] tileBytes = appender.dirtyTiles().get(tile);

            assertThat(tileBytes).as(tile.path()).isEqualTo(Vectors.readBytes(FILES.resolve(tile.path())));
            assertThat(Vectors.readBytes(FILES.resolve(tile.entriesPath()))).as(tile.entriesPath())
                    .isEqualTo(bundle(ENTRIES.subList(0, width)));
        }
    }

    @Test
    void provesConsistencyBetweenEveryPairOfCheckpoints() {
        LogReader reader = new LogReader(Vectors.tilesOf(ENTRIES), ENTRIES.size());
        for (int m = 1; m <= 15; m++) {
            for (int n = m; n <= 15; n++) {
                Checkpoint older = Checkpoint.open(checkpointFile(m), VERIFIER);
                Checkpoint newer = Checkpoint.open(checkpointFile(n), VERIFIER);
                Proofs.checkConsistency(m, n, older.root(), newer.root(), reader.consistencyProof(m, n));
            }
        }
    }

    @Test
    void reproducesTheWitnessRequestsConsistencyProof() {
        JsonNode witness = Vectors.group("derived_tessera_receipts").path("witness_add_checkpoint");
        String[] lines = witness.path("body").asText().split("\n");
        List<Hash> published = new ArrayList<>();
        for (int i = 1; !lines[i].isEmpty(); i++) {
            published.add(Hash.fromBase64(lines[i]));
        }
        LogReader reader = new LogReader(Vectors.tilesOf(ENTRIES), ENTRIES.size());

        assertThat(lines[0]).isEqualTo("old " + witness.path("old_size").asInt());
        assertThat(reader.consistencyProof(7, 15)).isEqualTo(published).hasSize(witness.path("proof_len").asInt());
        Proofs.checkConsistency(7, 15, Checkpoint.open(witness.path("old_checkpoint").asText(), VERIFIER).root(),
                Checkpoint.open(checkpointFile(15), VERIFIER).root(), published);
    }

    /** tlog-tiles entry bundle: each entry as a big-endian uint16 length and its bytes. */
    private static byte[] bundle(List<byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] entry : entries) {
            out.write(entry.length >>> 8);
            out.write(entry.length & 0xff);
            out.writeBytes(entry);
        }
        return out.toByteArray();
    }
}
