package org.vigil.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    private static final JsonNode TINY = Vectors.group("tessera_tiny_log");
    private static final JsonNode RECEIPTS = Vectors.group("derived_tessera_receipts");
    private static final NoteVerifier VERIFIER = NoteVerifier.fromVkey(RECEIPTS.path("vkey").asText());
    private static final NoteSigner SIGNER = NoteSigner.fromSkey(TINY.path("skey").asText());
    private static final String CHECKPOINT_15 = Vectors.readText(Vectors.resource("tessera-testdata-log/checkpoint.15"));
    private static final LogReader LOG = new LogReader(Vectors.tilesOf(entries()), 15);

    private static List<byte[]> entries() {
        List<byte[]> entries = new ArrayList<>();
        TINY.path("entries_utf8").forEach(e -> entries.add(utf8(e.asText())));
        return entries;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void checksTheDerivedReceiptsAndRejectsTheTamperedOne() {
        int valid = 0;
        for (JsonNode c : RECEIPTS.path("tlog_proofs")) {
            Receipt receipt = Receipt.parse(c.path("tlog_proof").asText());
            Hash leaf = Vectors.hash(c.path("leaf_hash"));
            assertThat(Rfc6962.leafHash(utf8(c.path("entry_utf8").asText()))).isEqualTo(leaf);
            if (c.path("expect").asText().equals("valid")) {
                assertThat(receipt.check(VERIFIER, leaf).size()).isEqualTo(c.path("tree_size").asLong());
                assertThat(receipt.toText()).isEqualTo(c.path("tlog_proof").asText());
                valid++;
            } else {
                assertThatThrownBy(() -> receipt.check(VERIFIER, leaf)).as(c.path("why").asText())
                        .isInstanceOf(ProofFailedException.class);
            }
        }
        assertThat(valid).isEqualTo(3);
    }

    @Test
    void provesTheDerivedReceiptsFromTheLog() {
        for (JsonNode c : RECEIPTS.path("tlog_proofs")) {
            if (c.path("expect").asText().equals("valid")) {
                Receipt proved = Receipt.prove(LOG, c.path("index").asLong(), utf8(c.path("entry_utf8").asText()), CHECKPOINT_15);
                Receipt withoutExtra = new Receipt(null, proved.index(), proved.proof(), proved.signedCheckpoint());

                assertThat(withoutExtra.toText()).isEqualTo(c.path("tlog_proof").asText());
            }
        }
    }

    @Test
    void roundTripsAReceiptThatCarriesTheEntry() {
        Receipt receipt = Receipt.prove(LOG, 7, utf8("eit"), CHECKPOINT_15);

        String text = receipt.toText();
        Receipt parsed = Receipt.parse(text);

        assertThat(text).startsWith("c2sp.org/tlog-proof@v1\nextra ZWl0\nindex 7\n");
        assertThat(parsed).isEqualTo(receipt).hasSameHashCodeAs(receipt);
        assertThat(parsed.extra()).isEqualTo(utf8("eit"));
        assertThat(parsed.check(VERIFIER)).isEqualTo(Checkpoint.open(CHECKPOINT_15, VERIFIER));
        assertThat(parsed.check(VERIFIER, Rfc6962.leafHash(utf8("eit"))).size()).isEqualTo(15);
    }

    @Test
    void failsWhenAnyByteOfTheReceiptChanges() {
        byte[] text = utf8(Receipt.prove(LOG, 9, utf8("ten"), CHECKPOINT_15).toText());
        int[] masks = {0x01, 0x20, 0x80};
        int checked = 0;
        for (int position = 0; position < text.length; position++) {
            for (int mask : masks) {
                byte[] flipped = text.clone();
                flipped[position] ^= (byte) mask;
                String tampered = new String(flipped, StandardCharsets.UTF_8);
                assertThat(checkFails(tampered)).as("byte %d ^ 0x%02x", position, mask).isTrue();
                checked++;
            }
        }
        assertThat(checked).isEqualTo(text.length * masks.length);
        assertThat(checkFails(new String(text, StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void failsWithAnotherLogsKey() {
        Receipt receipt = Receipt.prove(LOG, 3, utf8("four"), CHECKPOINT_15);
        NoteVerifier other = NoteSigner.generate("example.com/log/testdata").verifier();

        assertThatThrownBy(() -> receipt.check(other)).isInstanceOf(NoteVerificationException.class)
                .hasMessageContaining("no signature by example.com/log/testdata+");
    }

    @Test
    void failsForAnotherEntryOrLeaf() {
        Receipt receipt = Receipt.prove(LOG, 3, utf8("four"), CHECKPOINT_15);
        Receipt otherEntry = new Receipt(utf8("five"), 3, receipt.proof(), receipt.signedCheckpoint());

        assertThatThrownBy(() -> otherEntry.check(VERIFIER)).isInstanceOf(ProofFailedException.class);
        assertThatThrownBy(() -> receipt.check(VERIFIER, Rfc6962.leafHash(utf8("five"))))
                .isInstanceOf(ProofFailedException.class);
    }

    @Test
    void checksAgainstACheckpointSignedLater() {
        Checkpoint later = Checkpoint.open(CHECKPOINT_15, VERIFIER);
        String resigned = later.sign(SIGNER);
        Receipt receipt = Receipt.prove(LOG, 14, utf8("fivten"), resigned);

        assertThat(receipt.check(VERIFIER)).isEqualTo(later);
    }

    @Test
    void refusesToProveAnEntryTheLogDoesNotHoldThere() {
        assertThatThrownBy(() -> Receipt.prove(LOG, 3, utf8("five"), CHECKPOINT_15))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leaf 3");
    }

    @Test
    void rejectsMalformedReceiptsNamingTheProblem() {
        String good = Receipt.prove(LOG, 9, utf8("ten"), CHECKPOINT_15).toText();

        assertThatThrownBy(() -> Receipt.parse(good.replace("tlog-proof@v1", "tlog-proof@v2"))).hasMessageContaining("c2sp.org/tlog-proof@v1");
        assertThatThrownBy(() -> Receipt.parse(good.replace("index 9", "index 09"))).hasMessageContaining("\"09\"");
        assertThatThrownBy(() -> Receipt.parse(good.replace("index 9", "idx 9"))).hasMessageContaining("index line");
        assertThatThrownBy(() -> Receipt.parse(good.replace("\n\n", "\n"))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Whether parsing and checking throw, as any tampering must make them. */
    private static boolean checkFails(String text) {
        try {
            Receipt.parse(text).check(VERIFIER);
            return false;
        } catch (IllegalArgumentException | VerificationException e) {
            return true;
        }
    }
}
