package org.vigil.log;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Arrays;

/**
 * Verifies C2SP signed notes against one Ed25519 public key, given as a vkey
 * {@code <name>+<hex key ID>+<base64(0x01 || public key)>}.
 *
 * <p>C2SP signed-note rules: signatures by other keys (another name or key ID) are ignored; every
 * signature by this key must verify; at least one must be present.
 */
public final class NoteVerifier {

    private final String name;
    private final int keyId;
    private final byte[] publicKey;
    private final PublicKey key;

    private NoteVerifier(String name, int keyId, byte[] publicKey) {
        this.name = name;
        this.keyId = keyId;
        this.publicKey = publicKey;
        this.key = Ed25519.verifyingKey(publicKey);
    }

    /** Reads a vkey, checking that its key ID belongs to its name and key. */
    public static NoteVerifier fromVkey(String vkey) {
        if (vkey == null) {
            throw new IllegalArgumentException("verifier key is null");
        }
        // The base64 may itself contain '+', so split into exactly three fields.
        String[] fields = vkey.split("\\+", 3);
        if (fields.length != 3) {
            throw new IllegalArgumentException("a verifier key is name+id+key: " + Hash.quote(vkey));
        }
        String name = fields[0];
        if (!SignedNote.isKeyName(name)) {
            throw new IllegalArgumentException("bad key name in verifier key: " + Hash.quote(vkey));
        }
        int id = NoteSigner.parseKeyId(fields[1]);
        byte[] key = Base64s.decodeCanonical(fields[2], "verifier key");
        if (key.length == 0 || key[0] != Ed25519.ALGORITHM) {
            throw new IllegalArgumentException("verifier key is not of type 0x01 (Ed25519): " + Hash.quote(vkey));
        }
        if (key.length != 1 + Ed25519.KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 verifier key has 32 bytes, not " + (key.length - 1)
                    + ": " + Hash.quote(vkey));
        }
        byte[] publicKey = Arrays.copyOfRange(key, 1, key.length);
        int expected = Ed25519.keyId(name, publicKey);
        if (expected != id) {
            throw new IllegalArgumentException("verifier key ID " + fields[1] + " does not match its name and key, "
                    + "which give " + NoteSigner.hex(expected) + ": " + Hash.quote(vkey));
        }
        return new NoteVerifier(name, id, publicKey);
    }

    /** The key name that signature lines by this key carry. */
    public String name() {
        return name;
    }

    /** The vkey text. */
    public String vkey() {
        byte[] key = new byte[1 + Ed25519.KEY_SIZE];
        key[0] = Ed25519.ALGORITHM;
        System.arraycopy(publicKey, 0, key, 1, Ed25519.KEY_SIZE);
        return name + "+" + NoteSigner.hex(keyId) + "+" + Base64s.encode(key);
    }

    /**
     * Returns the note's text (up to and including its last newline before the blank line) once a
     * signature by this key verifies over it. Throws {@link NoteVerificationException} naming the reason.
     */
    public String verify(String signedNote) {
        SignedNote note = SignedNote.parse(signedNote);
        byte[] message = note.text().getBytes(StandardCharsets.UTF_8);
        int verified = 0;
        for (SignedNote.Line line : note.signatures()) {
            if (!line.keyName().equals(name) || line.keyId() != keyId) {
                continue;
            }
            byte[] signature = line.signature();
            if (signature.length != Ed25519.SIGNATURE_SIZE || !Ed25519.verify(key, message, signature)) {
                throw new NoteVerificationException(NoteVerificationException.Reason.BAD_SIGNATURE,
                        "the signature by " + name + "+" + NoteSigner.hex(keyId) + " does not verify");
            }
            verified++;
        }
        if (verified == 0) {
            throw new NoteVerificationException(NoteVerificationException.Reason.NO_SIGNATURE_BY_KEY,
                    "the note has no signature by " + name + "+" + NoteSigner.hex(keyId));
        }
        return note.text();
    }

    @Override
    public String toString() {
        return "NoteVerifier[" + vkey() + "]";
    }
}
