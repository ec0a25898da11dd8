package org.vigil.log;

import java.security.MessageDigest;

/** Hashing of the complete subtrees inside one tile, where levels between multiples of 8 are not stored. */
final class Subtrees {

    private Subtrees() {
    }

    /**
     * The root of the perfect subtree over {@code count} (a power of two) consecutive hashes starting at
     * hash position {@code first} of {@code hashes}.
     */
    static byte[] perfectRoot(MessageDigest md, byte[] hashes, int first, int count) {
        byte[] work = new byte[count * Hash.SIZE];
        System.arraycopy(hashes, first * Hash.SIZE, work, 0, work.length);
        for (int n = count; n > 1; n /= 2) {
            for (int i = 0; i < n / 2; i++) {
                Rfc6962.nodeHash(md, work, 2 * i * Hash.SIZE, work, (2 * i + 1) * Hash.SIZE, work, i * Hash.SIZE);
            }
        }
        byte[] root = new byte[Hash.SIZE];
        System.arraycopy(work, 0, root, 0, Hash.SIZE);
        return root;
    }

    /**
     * All complete nodes of a tile of this width: element r holds the floor(width / 2^r) hashes of the
     * Merkle level r above the tile's own, for r = 0..7. Element 0 is the tile itself.
     */
    static byte[][] expand(MessageDigest md, byte[] tile, int width) {
        byte[][] levels = new byte[Tile.HEIGHT][];
        levels[0] = tile;
        for (int r = 1; r < Tile.HEIGHT; r++) {
            byte[] below = levels[r - 1];
            int n = (width >>> r);
            byte[] level = new byte[n * Hash.SIZE];
            for (int i = 0; i < n; i++) {
                Rfc6962.nodeHash(md, below, 2 * i * Hash.SIZE, below, (2 * i + 1) * Hash.SIZE, level, i * Hash.SIZE);
            }
            levels[r] = level;
        }
        return levels;
    }
}
