package org.vigil.harm.policeuk;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

/**
 * The Crime IDs read so far, each with the file it was first read from, kept as the first 128 bits of its
 * SHA-256 rather than as text: about 70 bytes an id instead of 150, so that years of a force's files fit in
 * a small heap. Two different ids share a key with a chance of about n²/2¹²⁹ (10⁻²⁶ for ten million ids).
 */
final class CrimeIds {
    /** An id's key: the first 128 bits of its SHA-256. */
    record Key(long high, long low) {}

    private final Map<Key, Integer> fileOf = new HashMap<>();
    private final MessageDigest sha256;

    CrimeIds() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    Key key(String id) {
        ByteBuffer digest = ByteBuffer.wrap(sha256.digest(id.getBytes(StandardCharsets.UTF_8)));
        return new Key(digest.getLong(), digest.getLong());
    }

    /** The index of the file the id of {@code key} was first read from, or -1. */
    int fileOf(Key key) {
        return fileOf.getOrDefault(key, -1);
    }

    /** Records that the id of {@code key} was read from file {@code file}, unless an earlier file gave it. */
    void add(Key key, int file) {
        fileOf.putIfAbsent(key, file);
    }
}
