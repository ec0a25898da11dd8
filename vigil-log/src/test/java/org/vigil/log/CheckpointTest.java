package org.vigil.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointTest {

    private static final Hash ROOT = Hash.fromBase64("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");

    @Test
    void writesAndParsesTheBody() {
        Checkpoint checkpoint = new Checkpoint("example.com/behind-the-sofa", 20852163, ROOT);

        String text = checkpoint.toText();

        assertThat(text).isEqualTo("example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
        assertThat(Checkpoint.parse(text)).isEqualTo(checkpoint);
    }

    @Test
    void keepsExtensionLines() {
        Checkpoint checkpoint = new Checkpoint("o", 1, ROOT, List.of("ext one", "ext two"));

        assertThat(checkpoint.toText()).endsWith("=\next one\next two\n");
        assertThat(Checkpoint.parse(checkpoint.toText())).isEqualTo(checkpoint);
    }

    @Test
    void parsesTheC2spExampleBody() {
        JsonNode example = Vectors.group("c2sp_examples").path("checkpoint_example_format_only");
        String note = example.path("signed_note").asText();
        JsonNode expected = example.path("expected");

        Checkpoint checkpoint = Checkpoint.parse(SignedNote.parse(note).text());

        assertThat(checkpoint.origin()).isEqualTo(expected.path("origin").asText());
        assertThat(checkpoint.size()).isEqualTo(expected.path("tree_size").asLong());
        assertThat(checkpoint.root().base64()).isEqualTo(expected.path("root_hash_b64").asText());
        assertThat(SignedNote.parse(note).signatures()).extracting(l -> NoteSigner.hex(l.keyId()))
                .containsExactly(expected.path("log_key_id").asText(), expected.path("witness_key_id").asText());
    }

    @Test
    void parsesTheCheckpointCarriedByTheC2spWitnessRequest() {
        JsonNode example = Vectors.group("c2sp_examples").path("witness_add_checkpoint_request_format_only");
        String body = example.path("body").asText();
        int blank = body.indexOf("\n\n");
        String[] head = body.substring(0, blank).split("\n");

        Checkpoint checkpoint = Checkpoint.parse(SignedNote.parse(body.substring(blank + 2)).text());

        assertThat(head[0]).isEqualTo("old " + example.path("expected").path("old_size").asLong());
        assertThat(head).hasSize(1 + example.path("expected").path("proof_len").asInt());
        for (int i = 1; i < head.length; i++) {
            assertThat(Hash.fromBase64(head[i]).base64()).isEqualTo(head[i]);
        }
        assertThat(checkpoint.size()).isEqualTo(example.path("expected").path("new_size").asLong());
    }

    @Test
    void writesTheGoChecksumDatabaseTreeNote() {
        JsonNode sumdb = Vectors.group("sumdb_record_hash");
        Hash recordHash = Hash.fromBase64(sumdb.path("cases").get(0).path("expected_b64").asText());

        assertThat(new Checkpoint("go.sum database tree", 123456789012L, recordHash).toText())
                .isEqualTo(sumdb.path("tree_note_format").path("text").asText());
    }

    @Test
    void rejectsMalformedBodiesNamingTheProblem() {
        String root = ROOT.base64();
        assertThatThrownBy(() -> Checkpoint.parse("o\n12\n" + root)).hasMessageContaining("newline");
        assertThatThrownBy(() -> Checkpoint.parse("o\n12\n")).hasMessageContaining("origin, size and root");
        assertThatThrownBy(() -> Checkpoint.parse("o\n012\n" + root + "\n")).hasMessageContaining("\"012\"");
        assertThatThrownBy(() -> Checkpoint.parse("o\n-1\n" + root + "\n")).hasMessageContaining("\"-1\"");
        assertThatThrownBy(() -> Checkpoint.parse("o\n99999999999999999999\n" + root + "\n")).hasMessageContaining("too large");
        assertThatThrownBy(() -> Checkpoint.parse("o\n12\nAAAA\n")).hasMessageContaining("\"AAAA\"");
        assertThatThrownBy(() -> Checkpoint.parse("\n12\n" + root + "\n")).hasMessageContaining("origin");
        assertThatThrownBy(() -> Checkpoint.parse("o\n12\n" + root + "\n\n")).hasMessageContaining("extension");
    }

    @Test
    void opensASignedCheckpointOnlyWithTheLogKey() {
        NoteSigner log = NoteSigner.generate("vigil.example/log");
        Checkpoint checkpoint = new Checkpoint("vigil.example/log", 3, ROOT);
        String signed = checkpoint.sign(log);

        assertThat(Checkpoint.open(signed, log.verifier())).isEqualTo(checkpoint);
        assertThatThrownBy(() -> Checkpoint.open(signed, NoteSigner.generate("vigil.example/log").verifier()))
                .isInstanceOf(NoteVerificationException.class);
    }
}
