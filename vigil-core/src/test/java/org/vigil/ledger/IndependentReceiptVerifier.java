package org.vigil.ledger;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A receipt checker written from the specs alone, sharing no code with org.vigil.log: C2SP tlog-proof@v1 and
 * signed-note parsing, Ed25519 through the JDK, and the inclusion check of RFC 9162 §2.1.3.2. Returns false for any
 * receipt it cannot fully verify.
 */
final class IndependentReceiptVerifier {
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private IndependentReceiptVerifier() {
    }

    static boolean verify(String receipt, String vkey) {
        try {
            return check(receipt, vkey);
        } catch (RuntimeException | java.security.GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean check(String receipt, String vkey) throws java.security.GeneralSecurityException {
        String[] key = vkey.split("\\+", 3);
        byte[] keyBytes = strictBase64(key[2]);
        if (keyBytes.length != 33 || keyBytes[0] != 1) {
            return false;
        }
        int blank = receipt.indexOf("\n\n");
        String[] head = receipt.substring(0, blank).split("\n");
        String signedNote = receipt.substring(blank + 2);
        if (!head[0].equals("c2sp.org/tlog-proof@v1") || !head[1].startsWith("extra ") || !head[2].startsWith("index ")) {
            return false;
        }
        byte[] entry = strictBase64(head[1].substring(6));
        long index = Long.parseLong(head[2].substring(6));
        List<byte[]> proof = new ArrayList<>();
        for (int i = 3; i < head.length; i++) {
            proof.add(strictBase64(head[i]));
        }
        // Signed note: body, blank line, signature lines "— name base64(keyid || sig)".
        int split = signedNote.indexOf("\n\n");
        String body = signedNote.substring(0, split + 1);
        byte[] keyId = Arrays.copyOf(sha256(concat(key[0].getBytes(StandardCharsets.UTF_8), new byte[] {'\n'}, keyBytes)), 4);
        boolean signed = false;
        for (String line : signedNote.substring(split + 2).split("\n")) {
            String prefix = "\u2014 " + key[0] + " ";
            if (line.startsWith(prefix)) {
                byte[] sig = strictBase64(line.substring(prefix.length()));
                if (sig.length == 68 && Arrays.equals(Arrays.copyOf(sig, 4), keyId)) {
                    PublicKey pub = KeyFactory.getInstance("Ed25519").generatePublic(
                            new X509EncodedKeySpec(concat(ED25519_SPKI_PREFIX, Arrays.copyOfRange(keyBytes, 1, 33))));
                    Signature verifier = Signature.getInstance("Ed25519");
                    verifier.initVerify(pub);
                    verifier.update(body.getBytes(StandardCharsets.UTF_8));
                    signed |= verifier.verify(Arrays.copyOfRange(sig, 4, 68));
                }
            }
        }
        String[] checkpoint = body.split("\n");
        if (!signed || !checkpoint[0].equals(key[0])) {
            return false;
        }
        long size = Long.parseLong(checkpoint[1]);
        byte[] root = strictBase64(checkpoint[2]);
        return Arrays.equals(root, rootFromInclusion(leafHash(entry), index, size, proof));
    }

    /** RFC 9162 §2.1.3.2, step by step. */
    private static byte[] rootFromInclusion(byte[] leaf, long index, long size, List<byte[]> proof) {
        if (index >= size) {
            throw new IllegalArgumentException("index beyond size");
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leaf;
        for (byte[] p : proof) {
            if (sn == 0) {
                throw new IllegalArgumentException("proof too long");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new IllegalArgumentException("proof too short");
        }
        return r;
    }

    private static byte[] leafHash(byte[] entry) {
        return sha256(concat(new byte[] {0}, entry));
    }

    private static byte[] node(byte[] left, byte[] right) {
        return sha256(concat(new byte[] {1}, left, right));
    }

    /** Base64 that decodes, and encodes back to the same text: no slack in the padding bits. */
    private static byte[] strictBase64(String text) {
        byte[] bytes = Base64.getDecoder().decode(text);
        if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException("non-canonical base64: " + text);
        }
        return bytes;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
