package org.vigil.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rfc6962Test {

    @Test
    void matchesTheTransparencyDevHasherKnownAnswers() {
        int checked = 0;
        for (JsonNode c : Vectors.group("rfc6962_hasher").path("cases")) {
            byte[] expected = Vectors.hex(c.path("expected").asText());
            byte[] actual = switch (c.path("kind").asText()) {
                case "empty_root" -> Rfc6962.emptyRoot().bytes();
                case "leaf" -> Rfc6962.leafHash(Vectors.hex(c.path("data").asText())).bytes();
                case "node" -> Rfc6962.nodeHash(Vectors.hex(c.path("left").asText()), Vectors.hex(c.path("right").asText()));
                default -> throw new IllegalStateException("unknown kind " + c);
            };
            assertThat(actual).as(c.path("desc").asText()).isEqualTo(expected);
            checked++;
        }
        assertThat(checked).isEqualTo(4);
    }

    @Test
    void matchesTheGoChecksumDatabaseRecordHash() {
        JsonNode c = Vectors.group("sumdb_record_hash").path("cases").get(0);

        Hash hash = Rfc6962.leafHash("hello world".getBytes(StandardCharsets.US_ASCII));

        assertThat(hash.base64()).isEqualTo(c.path("expected_b64").asText());
    }

    @Test
    void rebuildsEveryNodeOfTheReferenceTree() {
        JsonNode levels = Vectors.group("reference_tree_8").path("node_hashes_by_level");
        List<byte[]> leaves = Vectors.referenceLeaves();
        for (int i = 0; i < leaves.size(); i++) {
            assertThat(Rfc6962.leafHash(leaves.get(i))).isEqualTo(Vectors.hash(levels.get(0).get(i)));
        }
        for (int level = 1; level < levels.size(); level++) {
            JsonNode below = levels.get(level - 1);
            for (int i = 0; i < levels.get(level).size(); i++) {
                Hash parent = Rfc6962.nodeHash(Vectors.hash(below.get(2 * i)), Vectors.hash(below.get(2 * i + 1)));
                assertThat(parent).as("level %d node %d", level, i).isEqualTo(Vectors.hash(levels.get(level).get(i)));
            }
        }
    }

    @Test
    void givesTheEmptyRootAsSha256OfNothing() {
        assertThat(Rfc6962.emptyRoot().base64()).isEqualTo(Base64.getEncoder().encodeToString(
                Vectors.hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")));
    }
}
