package org.vigil.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A C2SP tlog-tiles tile: up to 256 consecutive hashes of the tree's nodes at Merkle level {@code 8·level},
 * node indices {@code [256·index, 256·index + width)}. A tile of width 256 is full and never changes; a
 * narrower one is partial and is replaced by wider versions as the log grows.
 *
 * <p>Level-0 tiles hold leaf hashes. A hash in a level-L tile (L ≥ 1) is the root of a full level-(L−1)
 * tile. Nodes at Merkle levels between multiples of 8 are not stored; they are recomputed from the tile
 * below.
 */
public record Tile(int level, long index, int width) {

    /** Tile height: each tile spans 8 Merkle levels. */
    public static final int HEIGHT = 8;
    /** Hashes in a full tile. */
    public static final int FULL_WIDTH = 1 << HEIGHT;

    /** Checks the ranges tlog-tiles allows: level 0–63, index ≥ 0, width 1–256. */
    public Tile {
        if (level < 0 || level > 63) {
            throw new IllegalArgumentException("tile level must be 0 to 63: " + level);
        }
        if (index < 0) {
            throw new IllegalArgumentException("tile index must not be negative: " + index);
        }
        if (width < 1 || width > FULL_WIDTH) {
            throw new IllegalArgumentException("tile width must be 1 to 256: " + width);
        }
    }

    /** Whether the tile holds all 256 hashes and so will never change. */
    public boolean isFull() {
        return width == FULL_WIDTH;
    }

    /** The tlog-tiles resource path, such as {@code tile/0/x001/x234/067.p/5}. */
    public String path() {
        return "tile/" + level + "/" + indexPath(index) + widthSuffix();
    }

    /**
     * The path of the entry bundle that holds the entries this level-0 tile hashes, such as
     * {@code tile/entries/x001/x234/067.p/5}.
     */
    public String entriesPath() {
        if (level != 0) {
            throw new IllegalStateException("only a level-0 tile has an entry bundle: " + this);
        }
        return "tile/entries/" + indexPath(index) + widthSuffix();
    }

    /** The number of bytes of the tile's contents: {@code width × 32}. */
    public int byteLength() {
        return width * Hash.SIZE;
    }

    /**
     * tlog-tiles: an index as zero-padded 3-digit path elements, all but the last starting with {@code x};
     * 1234067 is {@code x001/x234/067}.
     */
    public static String indexPath(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("tile index must not be negative: " + n);
        }
        String last = String.format(Locale.ROOT, "%03d", n % 1000);
        StringBuilder prefix = new StringBuilder();
        for (long rest = n / 1000; rest > 0; rest /= 1000) {
            prefix.insert(0, String.format(Locale.ROOT, "x%03d/", rest % 1000));
        }
        return prefix + last;
    }

    /**
     * Every tile that represents a tree of this size, level by level in index order: full tiles, then at
     * most one partial tile per level (tlog-tiles "Partial Tiles"). A tree of size 0 has none.
     */
    public static List<Tile> covering(long treeSize) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size must not be negative: " + treeSize);
        }
        List<Tile> tiles = new ArrayList<>();
        for (int level = 0; level < 8; level++) {
            long nodes = nodesAt(treeSize, level);
            if (nodes == 0) {
                break;
            }
            for (long i = 0; i < nodes / FULL_WIDTH; i++) {
                tiles.add(new Tile(level, i, FULL_WIDTH));
            }
            int partial = (int) (nodes % FULL_WIDTH);
            if (partial > 0) {
                tiles.add(new Tile(level, nodes / FULL_WIDTH, partial));
            }
        }
        return tiles;
    }

    /** The number of complete nodes at Merkle level {@code 8·level} in a tree of this size. */
    static long nodesAt(long treeSize, int level) {
        return shiftRight(treeSize, HEIGHT * level);
    }

    /** {@code x >>> n}, but 0 rather than Java's wrap-around when n ≥ 64. */
    static long shiftRight(long x, int n) {
        return n >= Long.SIZE ? 0 : x >>> n;
    }

    private String widthSuffix() {
        return isFull() ? "" : ".p/" + width;
    }
}
