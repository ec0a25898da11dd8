package org.vigil.log;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads tree hashes and builds proofs from stored tiles, for a log of a known size. Each call reads
 * O(log n) tiles and never rebuilds the tree. Recently used tiles are kept with their inner levels hashed.
 *
 * <p>Safe for concurrent use if the {@link TileReader} is. Bad requests (a leaf or tree beyond the log)
 * throw {@link IllegalArgumentException}; tiles missing from the store throw {@link IllegalStateException}.
 */
public final class LogReader {

    /** The number of tiles kept by default: about 4 MiB when they are full level-0 tiles. */
    public static final int DEFAULT_CACHED_TILES = 256;

    private final TileReader tiles;
    private final long size;
    private final TileCache cache;

    /** A reader of the first {@code size} leaves of the log whose tiles the reader holds. */
    public LogReader(TileReader tiles, long size) {
        this(tiles, size, new TileCache(DEFAULT_CACHED_TILES));
    }

    /** As {@link #LogReader(TileReader, long)}, keeping up to {@code cachedTiles} tiles. */
    public LogReader(TileReader tiles, long size, int cachedTiles) {
        this(tiles, size, new TileCache(cachedTiles));
    }

    private LogReader(TileReader tiles, long size, TileCache cache) {
        if (tiles == null) {
            throw new IllegalArgumentException("tile reader is null");
        }
        if (size < 0) {
            throw new IllegalArgumentException("log size must not be negative: " + size);
        }
        this.tiles = tiles;
        this.size = size;
        this.cache = cache;
    }

    /** A reader of the same tiles at another size (after the log grew), sharing this reader's cache. */
    public LogReader atSize(long newSize) {
        return new LogReader(tiles, newSize, cache);
    }

    /** The number of leaves this reader may read. */
    public long size() {
        return size;
    }

    /** RFC 6962 §2.1: MTH(D[0:size]), the root of the tree of the first {@code size} leaves. */
    public Hash treeHash(long treeSize) {
        requireTreeSize(treeSize);
        return treeSize == 0 ? Rfc6962.emptyRoot() : Hash.wrap(rangeHash(0, treeSize));
    }

    /** The hash of the leaf at this index. */
    public Hash leafHash(long index) {
        requireLeaf(index, size);
        return Hash.wrap(node(0, index));
    }

    /**
     * RFC 6962 §2.1.1: PATH(index, D[0:size]), the hashes from the leaf's sibling up to the root's child,
     * that {@link Proofs#checkInclusion} checks.
     */
    public List<Hash> inclusionProof(long index, long treeSize) {
        requireTreeSize(treeSize);
        requireLeaf(index, treeSize);
        List<Hash> proof = new ArrayList<>(64);
        path(index, 0, treeSize, proof);
        return List.copyOf(proof);
    }

    /**
     * RFC 6962 §2.1.2: PROOF(oldSize, D[0:newSize]), the hashes that {@link Proofs#checkConsistency}
     * checks. Empty when the sizes are equal; there is no proof from the empty tree.
     */
    public List<Hash> consistencyProof(long oldSize, long newSize) {
        requireTreeSize(newSize);
        if (oldSize < 0 || oldSize > newSize) {
            throw new IllegalArgumentException("the old tree size must be from 1 to the new size, " + newSize + ", not "
                    + oldSize);
        }
        if (oldSize == 0) {
            throw new IllegalArgumentException("a consistency proof from the empty tree is meaningless: 0 -> " + newSize);
        }
        List<Hash> proof = new ArrayList<>(64);
        if (oldSize < newSize) {
            subproof(oldSize, 0, newSize, true, proof);
        }
        return List.copyOf(proof);
    }

    /** RFC 6962 §2.1.1, with k the largest power of two smaller than n = hi − lo. Appends bottom-up. */
    private void path(long m, long lo, long hi, List<Hash> proof) {
        if (hi - lo == 1) {
            return;
        }
        long k = Long.highestOneBit(hi - lo - 1);
        if (m < lo + k) {
            path(m, lo, lo + k, proof);
            proof.add(Hash.wrap(rangeHash(lo + k, hi)));
        } else {
            path(m, lo + k, hi, proof);
            proof.add(Hash.wrap(rangeHash(lo, lo + k)));
        }
    }

    /** RFC 6962 §2.1.2 SUBPROOF(m, D[lo:hi], b). Appends bottom-up. */
    private void subproof(long m, long lo, long hi, boolean whole, List<Hash> proof) {
        if (m == hi) {
            if (!whole) {
                proof.add(Hash.wrap(rangeHash(lo, hi)));
            }
            return;
        }
        long k = Long.highestOneBit(hi - lo - 1);
        if (m <= lo + k) {
            subproof(m, lo, lo + k, whole, proof);
            proof.add(Hash.wrap(rangeHash(lo + k, hi)));
        } else {
            subproof(m, lo + k, hi, false, proof);
            proof.add(Hash.wrap(rangeHash(lo, lo + k)));
        }
    }

    /**
     * MTH(D[lo:hi]) for a range whose start is aligned to a power of two at least its length, as every
     * range in RFC 6962's recursion is: split greedily into complete subtrees from the left, then fold
     * them from the right.
     */
    private byte[] rangeHash(long lo, long hi) {
        byte[][] parts = new byte[64][];
        int count = 0;
        for (long at = lo; at < hi; ) {
            int level = 63 - Long.numberOfLeadingZeros(hi - at);
            if (at != 0) {
                level = Math.min(level, Long.numberOfTrailingZeros(at));
            }
            parts[count++] = node(level, at >>> level);
            at += 1L << level;
        }
        byte[] hash = parts[count - 1];
        for (int i = count - 2; i >= 0; i--) {
            hash = Rfc6962.nodeHash(parts[i], hash);
        }
        return hash;
    }

    /**
     * The hash of the complete subtree at Merkle level h with this index: it lies in the tile at level
     * h / 8 that holds its 2^(h mod 8) descendants at level 8·(h / 8).
     */
    private byte[] node(int h, long index) {
        int tileLevel = h / Tile.HEIGHT;
        int r = h % Tile.HEIGHT;
        long firstBelow = index << r;
        long tileIndex = firstBelow >>> Tile.HEIGHT;
        int widthNeeded = (int) (((index + 1) << r) - (tileIndex << Tile.HEIGHT));
        TileCache.Expanded tile = tile(tileLevel, tileIndex, widthNeeded);
        int position = (int) (index - (tileIndex << (Tile.HEIGHT - r)));
        return Arrays.copyOfRange(tile.levels()[r], position * Hash.SIZE, (position + 1) * Hash.SIZE);
    }

    private TileCache.Expanded tile(int level, long index, int widthNeeded) {
        TileCache.Expanded cached = cache.get(level, index);
        if (cached != null && cached.width() >= widthNeeded) {
            return cached;
        }
        byte[] stored = tiles.readTile(level, index);
        if (stored == null || stored.length % Hash.SIZE != 0 || stored.length / Hash.SIZE < widthNeeded) {
            throw new IllegalStateException("the store lacks tile " + new Tile(level, index, widthNeeded).path()
                    + " (found " + (stored == null ? "none" : stored.length + " bytes") + ") for a log of " + size);
        }
        int width = Math.min(stored.length / Hash.SIZE, Tile.FULL_WIDTH);
        byte[] copy = Arrays.copyOf(stored, width * Hash.SIZE);
        TileCache.Expanded expanded =
                new TileCache.Expanded(width, Subtrees.expand(Rfc6962.threadDigest(), copy, width));
        cache.put(level, index, expanded);
        return expanded;
    }

    private void requireTreeSize(long treeSize) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size must not be negative: " + treeSize);
        }
        if (treeSize > size) {
            throw new IllegalArgumentException("tree size is beyond the log: " + treeSize + " > " + size);
        }
    }

    private static void requireLeaf(long index, long treeSize) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf index is beyond the tree: " + index + " >= " + treeSize);
        }
    }
}
