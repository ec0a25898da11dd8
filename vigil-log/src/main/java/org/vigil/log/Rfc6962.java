package org.vigil.log;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The RFC 6962 §2.1 hashes with SHA-256: the domain-separated leaf and node hashes, and the root of the
 * empty tree.
 */
public final class Rfc6962 {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    private static final Hash EMPTY_ROOT = Hash.wrap(newDigest().digest());
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Rfc6962::newDigest);

    private Rfc6962() {
    }

    /** RFC 6962 §2.1: MTH({d(0)}) = SHA-256(0x00 || d(0)), the hash of one log entry. */
    public static Hash leafHash(byte[] entry) {
        if (entry == null) {
            throw new IllegalArgumentException("entry is null");
        }
        MessageDigest md = DIGEST.get();
        md.update(LEAF_PREFIX);
        md.update(entry);
        return Hash.wrap(md.digest());
    }

    /** RFC 6962 §2.1: MTH(D[n]) = SHA-256(0x01 || MTH(D[0:k]) || MTH(D[k:n])), the parent of two subtrees. */
    public static Hash nodeHash(Hash left, Hash right) {
        if (left == null || right == null) {
            throw new IllegalArgumentException("node children must not be null: " + left + ", " + right);
        }
        return Hash.wrap(nodeHash(left.raw(), right.raw()));
    }

    /** RFC 6962 §2.1: MTH({}) = SHA-256(), the root of the empty tree. */
    public static Hash emptyRoot() {
        return EMPTY_ROOT;
    }

    /** The node hash of two byte strings of any length (the published known answers use short ones). */
    static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest md = DIGEST.get();
        md.update(NODE_PREFIX);
        md.update(left);
        md.update(right);
        return md.digest();
    }

    /**
     * Writes the node hash of {@code in[l..l+32)} and {@code in[r..r+32)} to {@code out[o..o+32)} with a
     * digest the caller owns, without allocating. {@code out} may overlap either input.
     */
    static void nodeHash(MessageDigest md, byte[] in, int l, byte[] right, int r, byte[] out, int o) {
        md.update(NODE_PREFIX);
        md.update(in, l, Hash.SIZE);
        md.update(right, r, Hash.SIZE);
        try {
            md.digest(out, o, Hash.SIZE);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 refused a 32-byte output buffer", e);
        }
    }

    /** This thread's SHA-256 digest, for hashing by objects shared between threads. */
    static MessageDigest threadDigest() {
        return DIGEST.get();
    }

    /** A fresh SHA-256 digest for a single-threaded owner such as {@link LogAppender}. */
    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
