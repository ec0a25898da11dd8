package org.vigil.log;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs C2SP signed notes with an Ed25519 key, such as a log's checkpoints. Key text forms follow
 * golang.org/x/mod/sumdb/note: the private key is {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 ||
 * seed)>} and the public key {@code <name>+<hex key ID>+<base64(0x01 || public key)>}.
 */
public final class NoteSigner {

    private static final String SKEY_PREFIX = "PRIVATE+KEY+";

    private final String name;
    private final int keyId;
    private final byte[] seed;
    private final byte[] publicKey;
    private final PrivateKey privateKey;

    private NoteSigner(String name, byte[] seed) {
        this.name = name;
        this.seed = seed.clone();
        this.publicKey = Ed25519.publicKeyOfSeed(seed);
        this.keyId = Ed25519.keyId(name, publicKey);
        this.privateKey = Ed25519.privateKey(seed);
    }

    /**
     * Reads a private key in the {@code PRIVATE+KEY+name+id+base64} form, checking that the key ID belongs
     * to the name and key. The message never repeats the key material.
     */
    public static NoteSigner fromSkey(String skey) {
        if (skey == null || !skey.startsWith(SKEY_PREFIX)) {
            throw new IllegalArgumentException("a signer key starts with PRIVATE+KEY+");
        }
        // The base64 may itself contain '+', so split into exactly five fields.
        String[] fields = skey.split("\\+", 5);
        if (fields.length != 5) {
            throw new IllegalArgumentException("a signer key has five '+'-separated fields, not " + fields.length);
        }
        String name = fields[2];
        if (!SignedNote.isKeyName(name)) {
            throw new IllegalArgumentException("bad key name in signer key: " + Hash.quote(name));
        }
        int id = parseKeyId(fields[3]);
        byte[] key;
        try {
            key = Base64s.decodeCanonical(fields[4], "signer key");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key of signer " + name + " is not canonical base64");
        }
        if (key.length != 1 + Ed25519.KEY_SIZE || key[0] != Ed25519.ALGORITHM) {
            throw new IllegalArgumentException("signer " + name + " is not an Ed25519 key (type 0x01 and 32 bytes)");
        }
        NoteSigner signer = new NoteSigner(name, Arrays.copyOfRange(key, 1, key.length));
        Arrays.fill(key, (byte) 0);
        if (signer.keyId != id) {
            throw new IllegalArgumentException("signer key ID " + fields[3] + " does not match its name and key, "
                    + "which give " + hex(signer.keyId));
        }
        return signer;
    }

    /** A new random Ed25519 key with this name, such as the log's origin {@code example.com/log}. */
    public static NoteSigner generate(String name) {
        if (!SignedNote.isKeyName(name)) {
            throw new IllegalArgumentException("a key name is non-empty, without spaces or '+': " + Hash.quote(name));
        }
        return new NoteSigner(name, Ed25519.newSeed());
    }

    /** The key name that prefixes each signature line. */
    public String name() {
        return name;
    }

    /** The private key text; keep it secret. */
    public String skey() {
        return SKEY_PREFIX + name + "+" + hex(keyId) + "+" + Base64s.encode(withAlgorithm(seed));
    }

    /** The public key text that verifiers are configured with. */
    public String vkey() {
        return name + "+" + hex(keyId) + "+" + Base64s.encode(withAlgorithm(publicKey));
    }

    /** The verifier for this key. */
    public NoteVerifier verifier() {
        return NoteVerifier.fromVkey(vkey());
    }

    /**
     * Signs the text and returns the whole signed note: the text, a blank line, and one signature line.
     * The text must end in a newline and contain no other control characters. Ed25519 is deterministic,
     * so the same key and text give the same note.
     */
    public String sign(String text) {
        if (text == null) {
            throw new IllegalArgumentException("note text is null");
        }
        String problem = SignedNote.textProblem(text, "note text");
        if (problem != null) {
            throw new IllegalArgumentException(problem + ": " + Hash.quote(text));
        }
        byte[] signature = Ed25519.sign(privateKey, text.getBytes(StandardCharsets.UTF_8));
        byte[] line = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
        return text + "\n" + SignedNote.SIGNATURE_PREFIX + name + " " + Base64s.encode(line) + "\n";
    }

    /**
     * A digest of {@code text} that only the log's keeper can make: HMAC-SHA256 under a key derived one way from the
     * signing key for {@code purpose} (HMAC-SHA256 keyed by the seed over {@code "vigil derived key: " + purpose}). It
     * reveals nothing of the key and needs no secret of its own. The web app logs search terms by it, so that the log
     * never holds a digest anyone could test a guessed name against.
     */
    public byte[] keyedDigest(String purpose, String text) {
        byte[] key = hmacSha256(seed, "vigil derived key: " + purpose);
        return hmacSha256(key, text);
    }

    private static byte[] hmacSha256(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HMAC-SHA256", e);
        }
    }

    /** Names the key without revealing it. */
    @Override
    public String toString() {
        return "NoteSigner[" + name + "+" + hex(keyId) + "]";
    }

    static int parseKeyId(String hex) {
        if (hex.length() != 8 || !hex.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            throw new IllegalArgumentException("a key ID is 8 lowercase hex digits: " + Hash.quote(hex));
        }
        return (int) Long.parseLong(hex, 16);
    }

    static String hex(int keyId) {
        return HexFormat.of().toHexDigits(keyId);
    }

    private static byte[] withAlgorithm(byte[] key) {
        byte[] out = new byte[1 + key.length];
        out[0] = Ed25519.ALGORITHM;
        System.arraycopy(key, 0, out, 1, key.length);
        return out;
    }
}
