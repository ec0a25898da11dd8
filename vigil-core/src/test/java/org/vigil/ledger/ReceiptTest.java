package org.vigil.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.log.Hash;
import org.vigil.log.NoteSigner;
import org.vigil.log.NoteVerifier;
import org.vigil.log.Proofs;
import org.vigil.log.Receipt;
import org.vigil.testing.Lines;
import org.vigil.testing.Workspace;

class ReceiptTest {
    @TempDir
    Path dir;

    private Workspace withRecords(int n) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(Lines.concern("C-" + i)).append('\n');
        }
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, text);
        Workspace w = new Workspace(dir.resolve("data"));
        w.ingest(new org.vigil.ingest.Ingest.Options(4, 1 << 20, 64 << 20)).ingest(file);
        return w;
    }

    @Test
    void everyReceiptVerifiesWithACheckerThatSharesNoCodeWithTheWriter() throws Exception {
        try (Workspace w = withRecords(13)) {
            for (int i = 0; i < 13; i++) {
                String receipt = w.ledger.receipt("C-" + i).toText();
                assertThat(IndependentReceiptVerifier.verify(receipt, w.ledger.verifierKey())).as("C-" + i).isTrue();
                assertThat(Receipt.parse(receipt).check(NoteVerifier.fromVkey(w.ledger.verifierKey())).size())
                        .isEqualTo(13);
            }
        }
    }

    @Test
    void theReceiptCarriesTheEntryWhichCommitsToTheRecordExactlyAsReceived() throws Exception {
        try (Workspace w = withRecords(3)) {
            String receipt = w.ledger.receipt("C-1").toText();
            String extra = receipt.lines().filter(l -> l.startsWith("extra ")).findFirst().orElseThrow();
            Entry entry = Entry.parse(Base64.getDecoder().decode(extra.substring(6)));
            assertThat(entry.get("id")).isEqualTo("C-1");
            assertThat(entry.sha256()).isEqualTo(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Lines.bytes(Lines.concern("C-1"))));
        }
    }

    @Test
    void failsIfAnyByteOfTheReceiptChanges() throws Exception {
        try (Workspace w = withRecords(6)) {
            byte[] receipt = w.ledger.receipt("C-4").toText().getBytes(StandardCharsets.UTF_8);
            String vkey = w.ledger.verifierKey();
            for (int i = 0; i < receipt.length; i++) {
                byte[] changed = receipt.clone();
                changed[i] ^= 0x01;
                String text = new String(changed, StandardCharsets.UTF_8);
                assertThat(IndependentReceiptVerifier.verify(text, vkey)).as("byte %d changed", i).isFalse();
                assertThat(checks(text, vkey)).as("byte %d changed", i).isFalse();
            }
        }
    }

    @Test
    void failsUnderAnotherLogsKey() throws Exception {
        try (Workspace w = withRecords(2)) {
            String other = NoteSigner.generate(Workspace.SIGNER.name()).vkey();
            assertThat(IndependentReceiptVerifier.verify(w.ledger.receipt("C-0").toText(), other)).isFalse();
            assertThat(checks(w.ledger.receipt("C-0").toText(), other)).isFalse();
        }
    }

    @Test
    void provesLaterThatTheLogStillContainsAnOldReceiptsCheckpoint() throws Exception {
        try (Workspace w = withRecords(5)) {
            String old = w.ledger.latestCheckpoint();
            w.ledger.commit(List.of(new org.vigil.concern.RecordParser().parse(Lines.bytes(Lines.concern("LATER")))),
                    List.of(new Access("auditor-1", "export persons", null, "inquiry")));
            var before = org.vigil.log.Checkpoint.parse(NoteVerifier.fromVkey(w.ledger.verifierKey()).verify(old));
            var after = org.vigil.log.Checkpoint.parse(
                    NoteVerifier.fromVkey(w.ledger.verifierKey()).verify(w.ledger.latestCheckpoint()));
            List<Hash> proof = w.ledger.consistencyProof(before.size(), after.size());
            Proofs.checkConsistency(before.size(), after.size(), before.root(), after.root(), proof);
        }
    }

    @Test
    void refusesAReceiptForAnUnknownRecord() throws Exception {
        try (Workspace w = withRecords(1)) {
            assertThatThrownBy(() -> w.ledger.receipt("NOPE")).isInstanceOf(NoSuchElementException.class)
                    .hasMessageContaining("NOPE");
        }
    }

    private static boolean checks(String receipt, String vkey) {
        try {
            Receipt.parse(receipt).check(NoteVerifier.fromVkey(vkey));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
