package org.vigil.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NoteSigner and NoteVerifier against golang.org/x/mod/sumdb/note's published keys and notes. */
class SignedNoteTest {

    private static final JsonNode NOTES = Vectors.group("signed_notes");
    private static final JsonNode KEYS = NOTES.path("keys");
    private static final String PETER_SKEY = KEYS.path("PeterNeumann").path("skey").asText();
    private static final String PETER_VKEY = KEYS.path("PeterNeumann").path("vkey").asText();
    private static final String ENOCH_VKEY = KEYS.path("EnochRoot").path("vkey").asText();

    /**
     * A keyed digest is HMAC-SHA256 under a key that is itself HMAC-SHA256 keyed by the seed over "vigil derived key: "
     * and the purpose: the value computed independently (Python's hmac module) for the C2SP vectors' PeterNeumann key;
     * another purpose, another text or another key gives another value.
     */
    @Test
    void makesAKeyedDigestUnderAKeyDerivedOneWayFromTheSeed() {
        NoteSigner peter = NoteSigner.fromSkey(PETER_SKEY);
        byte[] digest = peter.keyedDigest("search terms", "NAMES Quenby");
        assertThat(java.util.HexFormat.of().formatHex(digest))
                .isEqualTo("5d83a9693e6eb6cb2bc9ecbb23d3d2500e9a4aead3f3b8115df0ee1d596f5344");
        assertThat(peter.keyedDigest("other", "NAMES Quenby")).hasSize(32).isNotEqualTo(digest);
        assertThat(peter.keyedDigest("search terms", "NAMES Quenbie")).isNotEqualTo(digest);
        assertThat(NoteSigner.generate("another").keyedDigest("search terms", "NAMES Quenby")).isNotEqualTo(digest);
    }

    @Test
    void derivesThePublishedVkeyFromTheSkey() {
        NoteSigner signer = NoteSigner.fromSkey(PETER_SKEY);

        assertThat(signer.vkey()).isEqualTo(PETER_VKEY);
        assertThat(signer.skey()).isEqualTo(PETER_SKEY);
        assertThat(signer.name()).isEqualTo("PeterNeumann");
    }

    @Test
    void derivesTheEnochRootVkeyFromAnAllZeroSeed() {
        byte[] typedSeed = new byte[33];
        typedSeed[0] = 0x01;
        String skey = "PRIVATE+KEY+EnochRoot+" + KEYS.path("EnochRoot").path("key_id").asText() + "+"
                + Base64.getEncoder().encodeToString(typedSeed);

        assertThat(NoteSigner.fromSkey(skey).vkey()).isEqualTo(ENOCH_VKEY);
    }

    @Test
    void signsExactlyAsPublished() {
        JsonNode c = NOTES.path("cases").get(0);

        assertThat(NoteSigner.fromSkey(PETER_SKEY).sign(c.path("text").asText())).isEqualTo(c.path("signed_note").asText());
    }

    @Test
    void verifiesEachPublishedCaseAsExpected() {
        int checked = 0;
        for (JsonNode c : NOTES.path("cases")) {
            List<String> verifiers = new ArrayList<>();
            c.path("verifiers").forEach(v -> verifiers.add(KEYS.path(v.asText()).path("vkey").asText()));
            String note = c.path("signed_note").asText();
            boolean valid = c.path("expect").asText().equals("valid");
            if (verifiers.isEmpty()) {
                // No key known: the generated key below stands for "a verifier of some other log".
                verifiers.add(NoteSigner.generate("PeterNeumann").vkey());
            }
            for (String vkey : verifiers) {
                NoteVerifier verifier = NoteVerifier.fromVkey(vkey);
                if (valid) {
                    assertThat(verifier.verify(note)).as(c.path("desc").asText()).isEqualTo(note.substring(0, note.indexOf("\n\n") + 1));
                } else {
                    assertThatThrownBy(() -> verifier.verify(note)).as(c.path("desc").asText())
                            .isInstanceOf(NoteVerificationException.class);
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(7);
    }

    @Test
    void namesTheReasonForEachRejection() {
        JsonNode cases = NOTES.path("cases");
        NoteVerifier peter = NoteVerifier.fromVkey(PETER_VKEY);

        assertThat(reasonFor(peter, cases.get(4).path("signed_note").asText()))
                .isEqualTo(NoteVerificationException.Reason.BAD_SIGNATURE);
        assertThat(reasonFor(peter, cases.get(5).path("signed_note").asText()))
                .isEqualTo(NoteVerificationException.Reason.MALFORMED_NOTE);
        assertThat(reasonFor(NoteSigner.generate("PeterNeumann").verifier(), cases.get(0).path("signed_note").asText()))
                .isEqualTo(NoteVerificationException.Reason.NO_SIGNATURE_BY_KEY);
    }

    @Test
    void rejectsTheBadVkeys() {
        for (JsonNode bad : NOTES.path("bad_vkeys")) {
            assertThatThrownBy(() -> NoteVerifier.fromVkey(bad.path("vkey").asText())).as(bad.path("why").asText())
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(NOTES.path("bad_vkeys")).hasSize(2);
    }

    @Test
    void rejectsAVkeyWhoseKeyIdDoesNotMatch() {
        String wrongId = PETER_VKEY.replace("c74f20a3", "c74f20a4");

        assertThatThrownBy(() -> NoteVerifier.fromVkey(wrongId)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c74f20a4").hasMessageContaining("c74f20a3");
    }

    @Test
    void verifiesTheC2spExample() {
        JsonNode example = Vectors.group("c2sp_examples").path("signed_note_example");

        assertThat(NoteVerifier.fromVkey(example.path("vkey").asText()).verify(example.path("signed_note").asText()))
                .isEqualTo("This is an example message.\n");
    }

    @Test
    void roundTripsAGeneratedKey() {
        NoteSigner signer = NoteSigner.generate("vigil.example/log");
        NoteSigner reread = NoteSigner.fromSkey(signer.skey());

        String note = reread.sign("hello\n");

        assertThat(reread.vkey()).isEqualTo(signer.vkey());
        assertThat(NoteVerifier.fromVkey(signer.vkey()).verify(note)).isEqualTo("hello\n");
        // PRIVATE+KEY+<name>+<hash>+<base64 key>: the key's base64 may itself hold '+', so split from the left.
        assertThat(signer.toString()).doesNotContain(signer.skey().split("\\+", 5)[4]);
    }

    @Test
    void rejectsANoteWhoseTextChanged() {
        NoteSigner signer = NoteSigner.fromSkey(PETER_SKEY);
        String note = signer.sign("pay 10\n").replace("pay 10", "pay 99");

        assertThatThrownBy(() -> signer.verifier().verify(note)).isInstanceOf(NoteVerificationException.class)
                .extracting(e -> ((NoteVerificationException) e).reason())
                .isEqualTo(NoteVerificationException.Reason.BAD_SIGNATURE);
    }

    @Test
    void ignoresASignatureFromAnotherKeyWithTheSameName() {
        NoteSigner peter = NoteSigner.fromSkey(PETER_SKEY);
        NoteSigner impostor = NoteSigner.generate("PeterNeumann");
        String byBoth = peter.sign("text\n") + impostor.sign("text\n").substring("text\n\n".length());

        assertThat(peter.verifier().verify(byBoth)).isEqualTo("text\n");
    }

    @Test
    void refusesToSignTextThatIsNotANoteText() {
        NoteSigner signer = NoteSigner.fromSkey(PETER_SKEY);

        assertThatThrownBy(() -> signer.sign("no newline")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newline");
        assertThatThrownBy(() -> signer.sign("tab\there\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0009");
    }

    @Test
    void rejectsAnSkeyWhoseKeyIdDoesNotMatch() {
        String wrong = PETER_SKEY.replace("c74f20a3", "00000000");

        assertThatThrownBy(() -> NoteSigner.fromSkey(wrong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("00000000").hasMessageNotContaining("AYEKFALV");
    }

    @Test
    void rejectsMalformedSignatureLines() {
        NoteVerifier peter = NoteVerifier.fromVkey(PETER_VKEY);
        String signed = NOTES.path("cases").get(0).path("signed_note").asText();

        assertThat(reasonFor(peter, signed.replace("\u2014 ", "- "))).isEqualTo(NoteVerificationException.Reason.MALFORMED_NOTE);
        assertThat(reasonFor(peter, signed.substring(0, signed.length() - 1))).isEqualTo(NoteVerificationException.Reason.MALFORMED_NOTE);
        assertThat(reasonFor(peter, signed.replace("PeterNeumann x08", "Peter+Neumann x08"))).isEqualTo(NoteVerificationException.Reason.MALFORMED_NOTE);
    }

    private static NoteVerificationException.Reason reasonFor(NoteVerifier verifier, String note) {
        try {
            verifier.verify(note);
        } catch (NoteVerificationException e) {
            return e.reason();
        }
        throw new AssertionError("the note verified: " + note);
    }
}
