package org.vigil.log;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * RFC 8032 Ed25519 with the JDK's own provider, in the raw 32-byte key forms that signed notes use.
 * See docs/decisions/log-ed25519-keys.md for how a public key is derived from a seed.
 */
final class Ed25519 {

    static final int KEY_SIZE = 32;
    static final int SIGNATURE_SIZE = 64;
    /** Signed-note signature type for Ed25519 (C2SP signed-note, "Signature types"). */
    static final byte ALGORITHM = 0x01;

    /** The fixed DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410 §4) before the 32 key bytes. */
    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private Ed25519() {
    }

    /** A fresh random 32-byte seed (the RFC 8032 private key). */
    static byte[] newSeed() {
        byte[] seed = new byte[KEY_SIZE];
        new SecureRandom().nextBytes(seed);
        return seed;
    }

    static PrivateKey privateKey(byte[] seed) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed.clone()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's Ed25519 refused a 32-byte seed", e);
        }
    }

    /**
     * The public key of a seed. The JDK has no public API for this, but its Ed25519 key-pair generator
     * takes exactly the 32 seed bytes from the random source it is given, so a source that yields the seed
     * derives the pair; a sign-and-verify round trip then proves the derived key belongs to the seed.
     */
    static byte[] publicKeyOfSeed(byte[] seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SeedSource(seed));
            byte[] spki = generator.generateKeyPair().getPublic().getEncoded();
            byte[] raw = rawPublicKey(spki);
            byte[] probe = "vigil ed25519 seed check".getBytes(StandardCharsets.UTF_8);
            if (!verify(verifyingKey(raw), probe, sign(privateKey(seed), probe))) {
                throw new IllegalStateException("the JDK's Ed25519 key-pair generator did not use the seed as given");
            }
            return raw;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK provides no Ed25519 key-pair generator", e);
        }
    }

    static PublicKey verifyingKey(byte[] raw) {
        byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + KEY_SIZE);
        System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, KEY_SIZE);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    static boolean verify(PublicKey key, byte[] message, byte[] sig) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(sig);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * C2SP signed-note: key ID = SHA-256(key name || 0x0A || 0x01 || 32-byte public key)[:4], big-endian.
     */
    static int keyId(String name, byte[] publicKey) {
        MessageDigest md = Rfc6962.newDigest();
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
        md.update(ALGORITHM);
        md.update(publicKey);
        byte[] d = md.digest();
        return (d[0] & 0xff) << 24 | (d[1] & 0xff) << 16 | (d[2] & 0xff) << 8 | (d[3] & 0xff);
    }

    private static byte[] rawPublicKey(byte[] spki) {
        if (spki.length != SPKI_PREFIX.length + KEY_SIZE
                || !Arrays.equals(spki, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
            throw new IllegalStateException("unexpected Ed25519 public key encoding of " + spki.length + " bytes");
        }
        return Arrays.copyOfRange(spki, SPKI_PREFIX.length, spki.length);
    }

    /** A random source that yields one seed, once. */
    private static final class SeedSource extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private transient byte[] seed;

        SeedSource(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (seed == null || bytes.length != seed.length) {
                throw new IllegalStateException("the Ed25519 generator asked for " + bytes.length
                        + " random bytes, not the one 32-byte seed");
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
            Arrays.fill(seed, (byte) 0);
            seed = null;
        }
    }
}
