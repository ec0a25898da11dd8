package org.vigil.log;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6962 §2.1 taken literally, for tests only: MTH, PATH and PROOF as recursive definitions over the
 * list of leaf hashes, with its own SHA-256 so that it shares nothing with the code under test.
 */
final class NaiveMerkleTree {

    private final List<byte[]> leafHashes = new ArrayList<>();

    void appendEntry(byte[] entry) {
        leafHashes.add(sha256(new byte[] {0x00}, entry));
    }

    void appendLeafHash(Hash leafHash) {
        leafHashes.add(leafHash.bytes());
    }

    int size() {
        return leafHashes.size();
    }

    Hash leafHash(int index) {
        return Hash.of(leafHashes.get(index));
    }

    /** MTH(D[0:n]). */
    Hash root(int n) {
        return Hash.of(mth(0, n));
    }

    /** PATH(m, D[0:n]). */
    List<Hash> inclusionProof(int m, int n) {
        List<Hash> out = new ArrayList<>();
        path(m, 0, n, out);
        return out;
    }

    /** PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true). */
    List<Hash> consistencyProof(int m, int n) {
        List<Hash> out = new ArrayList<>();
        subproof(m, 0, n, true, out);
        return out;
    }

    // MTH({}) = SHA-256(); MTH({d0}) = SHA-256(0x00 || d0); MTH(D[n]) = SHA-256(0x01 || MTH(D[0:k]) || MTH(D[k:n]))
    private byte[] mth(int lo, int hi) {
        int n = hi - lo;
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return leafHashes.get(lo);
        }
        int k = largestPowerOfTwoBelow(n);
        return sha256(new byte[] {0x01}, mth(lo, lo + k), mth(lo + k, hi));
    }

    private void path(int m, int lo, int hi, List<Hash> out) {
        int n = hi - lo;
        if (n <= 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m - lo < k) {
            path(m, lo, lo + k, out);
            out.add(Hash.of(mth(lo + k, hi)));
        } else {
            path(m, lo + k, hi, out);
            out.add(Hash.of(mth(lo, lo + k)));
        }
    }

    private void subproof(int m, int lo, int hi, boolean b, List<Hash> out) {
        int n = hi - lo;
        if (m == n) {
            if (!b) {
                out.add(Hash.of(mth(lo, hi)));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, lo, lo + k, b, out);
            out.add(Hash.of(mth(lo + k, hi)));
        } else {
            subproof(m - k, lo + k, hi, false, out);
            out.add(Hash.of(mth(lo, lo + k)));
        }
    }

    private static int largestPowerOfTwoBelow(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                md.update(part);
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
