package org.vigil.log;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A SHA-256 value: a leaf hash, a node hash or a tree root. Copies in, copies out, compares by content.
 *
 * <p>Text forms are lowercase hex (as in logs and vectors) and standard base64 (as in checkpoints and
 * receipts, RFC 4648 §4). Parsing accepts only the canonical base64 form, so that two different texts
 * never name the same hash.
 */
public final class Hash implements Comparable<Hash> {

    /** The size of a SHA-256 value in bytes. */
    public static final int SIZE = 32;

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Returns the hash with these 32 bytes (copied). */
    public static Hash of(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("hash bytes are null");
        }
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("a hash has 32 bytes, not " + bytes.length);
        }
        return new Hash(bytes.clone());
    }

    /** Parses 64 hex digits, either case. */
    public static Hash fromHex(String hex) {
        if (hex == null || hex.length() != 2 * SIZE) {
            throw new IllegalArgumentException("not a hash of 64 hex digits: " + quote(hex));
        }
        try {
            return new Hash(HEX.parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a hash of 64 hex digits: " + quote(hex), e);
        }
    }

    /** Parses the canonical standard base64 of 32 bytes (44 characters ending in one {@code =}). */
    public static Hash fromBase64(String base64) {
        byte[] decoded = Base64s.decodeCanonical(base64, "hash");
        if (decoded.length != SIZE) {
            throw new IllegalArgumentException("not the base64 of a 32-byte hash: " + quote(base64));
        }
        return new Hash(decoded);
    }

    /** Returns a copy of the 32 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Lowercase hex, 64 digits. */
    public String hex() {
        return HEX.formatHex(bytes);
    }

    /** Standard base64 with padding, 44 characters. */
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Wraps an array the caller hands over and never touches again. */
    static Hash wrap(byte[] owned) {
        return new Hash(owned);
    }

    /** The backing array, for hashing without a copy. Callers must not write to it. */
    byte[] raw() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Orders hashes as unsigned byte strings. */
    @Override
    public int compareTo(Hash other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    /** The hex form. */
    @Override
    public String toString() {
        return hex();
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        String shown = s.length() > 100 ? s.substring(0, 100) + "…" : s;
        return '"' + shown + '"';
    }
}
