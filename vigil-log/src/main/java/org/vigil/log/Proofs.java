package org.vigil.log;

import java.util.List;

/**
 * Checks inclusion and consistency proofs against roots the caller trusts, by the procedures of RFC 9162
 * §2.1.3.2 and §2.1.4.2. {@link LogReader} makes the proofs.
 *
 * <p>The rules, as in transparency-dev/merkle {@code proof/verify.go}: a proof must have exactly the
 * number of hashes its sizes imply; a consistency proof between equal sizes is empty and the roots are
 * equal; there is no consistency proof from size 0, not even 0 to 0 (C2SP tlog-witness accepts an
 * empty one; Vigil does not). A proof that fails throws {@link ProofFailedException}; sizes and indices
 * that no proof could satisfy throw {@link IllegalArgumentException}.
 */
public final class Proofs {

    private Proofs() {
    }

    /**
     * RFC 9162 §2.1.3.2: checks that {@code leaf} is the leaf at {@code index} in the tree of
     * {@code size} leaves whose root is {@code root}.
     */
    public static void checkInclusion(Hash leaf, long index, long size, List<Hash> proof, Hash root) {
        requireNonNull(leaf, "leaf hash");
        requireNonNull(proof, "proof");
        requireNonNull(root, "root");
        if (index < 0 || size <= 0 || index >= size) {
            throw new IllegalArgumentException("leaf index is beyond the tree: " + index + " >= " + size);
        }
        int want = inclusionProofLength(index, size);
        if (proof.size() != want) {
            throw new ProofFailedException("inclusion proof for leaf " + index + " in a tree of " + size
                    + " has " + proof.size() + " hashes, not " + want);
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leaf.raw();
        for (Hash p : proof) {
            requireNonNull(p, "proof hash");
            if (sn == 0) {
                throw new ProofFailedException("inclusion proof for leaf " + index + " in a tree of " + size
                        + " is longer than the path to the root");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Rfc6962.nodeHash(p.raw(), r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                r = Rfc6962.nodeHash(r, p.raw());
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        Hash calculated = Hash.wrap(r);
        if (sn != 0 || !calculated.equals(root)) {
            throw new ProofFailedException("inclusion proof for leaf " + index + " in a tree of " + size
                    + " does not lead to the root", root, calculated);
        }
    }

    /**
     * RFC 9162 §2.1.4.2: checks that the tree of {@code size1} leaves with root {@code root1} is a prefix
     * of the tree of {@code size2} leaves with root {@code root2}. Requires 0 &lt; size1 ≤ size2.
     */
    public static void checkConsistency(long size1, long size2, Hash root1, Hash root2, List<Hash> proof) {
        requireNonNull(root1, "old root");
        requireNonNull(root2, "new root");
        requireNonNull(proof, "proof");
        if (size1 < 0 || size2 < 0) {
            throw new IllegalArgumentException("tree sizes must not be negative: " + size1 + ", " + size2);
        }
        if (size1 > size2) {
            throw new IllegalArgumentException("old tree size is beyond the new: " + size1 + " > " + size2);
        }
        if (size1 == 0) {
            throw new IllegalArgumentException("a consistency proof from the empty tree is meaningless: 0 -> " + size2);
        }
        if (size1 == size2) {
            if (!proof.isEmpty()) {
                throw new ProofFailedException("consistency proof between equal sizes " + size1 + " has "
                        + proof.size() + " hashes, not 0");
            }
            if (!root1.equals(root2)) {
                throw new ProofFailedException("trees of equal size " + size1 + " have different roots", root2, root1);
            }
            return;
        }
        int want = consistencyProofLength(size1, size2);
        if (proof.size() != want) {
            throw new ProofFailedException("consistency proof from " + size1 + " to " + size2 + " has "
                    + proof.size() + " hashes, not " + want);
        }
        // Step 2: when size1 is a power of two, the old root is itself the first node of the path.
        boolean seededByRoot = Long.bitCount(size1) == 1;
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        Hash first = seededByRoot ? root1 : proof.get(0);
        requireNonNull(first, "proof hash");
        byte[] fr = first.raw();
        byte[] sr = first.raw();
        for (Hash c : proof.subList(seededByRoot ? 0 : 1, proof.size())) {
            requireNonNull(c, "proof hash");
            if (sn == 0) {
                throw new ProofFailedException("consistency proof from " + size1 + " to " + size2
                        + " is longer than the path to the root");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Rfc6962.nodeHash(c.raw(), fr);
                sr = Rfc6962.nodeHash(c.raw(), sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                sr = Rfc6962.nodeHash(sr, c.raw());
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        Hash oldCalculated = Hash.wrap(fr);
        if (!oldCalculated.equals(root1)) {
            throw new ProofFailedException("consistency proof from " + size1 + " to " + size2
                    + " does not lead to the old root", root1, oldCalculated);
        }
        Hash newCalculated = Hash.wrap(sr);
        if (sn != 0 || !newCalculated.equals(root2)) {
            throw new ProofFailedException("consistency proof from " + size1 + " to " + size2
                    + " does not lead to the new root", root2, newCalculated);
        }
    }

    /**
     * The number of hashes in an inclusion proof: the levels below where the paths to {@code index} and
     * {@code size − 1} meet, plus one left sibling for each set bit above.
     */
    static int inclusionProofLength(long index, long size) {
        int inner = 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
        return inner + Long.bitCount(index >>> inner);
    }

    /**
     * The number of hashes in a consistency proof for 0 &lt; size1 &lt; size2: the inclusion path of leaf
     * size1 − 1 above the complete subtree that ends there, plus that subtree's root unless it is the
     * whole old tree.
     */
    static int consistencyProofLength(long size1, long size2) {
        int inner = 64 - Long.numberOfLeadingZeros((size1 - 1) ^ (size2 - 1));
        int border = Long.bitCount((size1 - 1) >>> inner);
        int shift = Long.numberOfTrailingZeros(size1);
        int seed = Long.bitCount(size1) == 1 ? 0 : 1;
        return seed + (inner - shift) + border;
    }

    private static void requireNonNull(Object value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is null");
        }
    }
}
