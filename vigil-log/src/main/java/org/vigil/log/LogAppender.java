package org.vigil.log;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The growing right edge of the log: appends leaf hashes, keeps the compact range that gives the root,
 * and collects the tiles each append changes so the caller can store them with the entries.
 *
 * <p>Pipeline: {@link #resume} from stored tiles, {@link #append} a batch, write {@link #dirtyTiles()}
 * and the entries in one transaction, then {@link #markClean()}. Each append costs one node hash on
 * average. Not safe for concurrent use: a log has one writer.
 *
 * <p>The compact range holds, for each set bit h of the size, the root of the complete subtree of
 * 2<sup>h</sup> leaves that bit stands for; by RFC 6962 §2.1 the tree's root folds them from the smallest
 * up.
 */
public final class LogAppender {

    private static final int MAX_LEVELS = Long.SIZE;
    private static final int TILE_LEVELS = MAX_LEVELS / Tile.HEIGHT;
    private static final int TILE_BYTES = Tile.FULL_WIDTH * Hash.SIZE;

    private final MessageDigest md = Rfc6962.newDigest();
    /** range[h·32..] is the subtree root for bit h of size, when that bit is set. */
    private final byte[] range = new byte[MAX_LEVELS * Hash.SIZE];
    /** The partial (rightmost) tile of each tile level; full tiles move to {@link #filled}. */
    private final byte[][] edgeTiles = new byte[TILE_LEVELS][];
    private final boolean[] edgeDirty = new boolean[TILE_LEVELS];
    private final List<Map.Entry<Tile, byte[]>> filled = new ArrayList<>();
    private final byte[] carry = new byte[Hash.SIZE];
    private long size;

    private LogAppender() {
        for (int level = 0; level < TILE_LEVELS; level++) {
            edgeTiles[level] = new byte[TILE_BYTES];
        }
    }

    /** An appender for a new, empty log. */
    public static LogAppender empty() {
        return new LogAppender();
    }

    /**
     * An appender for a log of this size whose tiles are stored in the reader, reading one partial tile
     * per tile level (O(log n) reads) and recomputing the compact range from them.
     */
    public static LogAppender resume(long size, TileReader reader) {
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative: " + size);
        }
        LogAppender appender = new LogAppender();
        for (int level = 0; level < TILE_LEVELS; level++) {
            int width = (int) (Tile.nodesAt(size, level) % Tile.FULL_WIDTH);
            if (width == 0) {
                continue;
            }
            long index = Tile.nodesAt(size, level + 1);
            byte[] stored = reader.readTile(level, index);
            Tile needed = new Tile(level, index, width);
            if (stored == null || stored.length < needed.byteLength() || stored.length % Hash.SIZE != 0) {
                throw new IllegalArgumentException("tree size is beyond the stored tiles: " + size + " needs "
                        + needed.path() + ", found " + (stored == null ? "none" : stored.length + " bytes"));
            }
            System.arraycopy(stored, 0, appender.edgeTiles[level], 0, needed.byteLength());
        }
        for (int h = 0; h < MAX_LEVELS - 1; h++) {
            if ((size >>> h & 1) == 1) {
                appender.loadRangeNode(h, size);
            }
        }
        appender.size = size;
        return appender;
    }

    /** Appends one leaf hash ({@link Rfc6962#leafHash} of the entry) at index {@link #size()}. */
    public void append(Hash leafHash) {
        if (leafHash == null) {
            throw new IllegalArgumentException("leaf hash is null");
        }
        if (size == Long.MAX_VALUE) {
            throw new IllegalStateException("the log is full: " + size);
        }
        long index = size;
        byte[] leaf = leafHash.raw();
        storeNode(0, index, leaf);
        System.arraycopy(leaf, 0, carry, 0, Hash.SIZE);
        int h = 0;
        // Binary-counter carry: each trailing 1 bit of the old size merges a complete subtree with the new one.
        while ((index >>> h & 1) == 1) {
            Rfc6962.nodeHash(md, range, h * Hash.SIZE, carry, 0, carry, 0);
            h++;
            if (h % Tile.HEIGHT == 0) {
                storeNode(h / Tile.HEIGHT, ((index + 1) >>> h) - 1, carry);
            }
        }
        System.arraycopy(carry, 0, range, h * Hash.SIZE, Hash.SIZE);
        size = index + 1;
    }

    /** The number of leaves in the log. */
    public long size() {
        return size;
    }

    /** RFC 6962 §2.1 MTH of all leaves, folded from the compact range in O(log n) node hashes. */
    public Hash root() {
        if (size == 0) {
            return Rfc6962.emptyRoot();
        }
        int h = Long.numberOfTrailingZeros(size);
        byte[] root = Arrays.copyOfRange(range, h * Hash.SIZE, (h + 1) * Hash.SIZE);
        for (h++; h < MAX_LEVELS; h++) {
            if ((size >>> h & 1) == 1) {
                Rfc6962.nodeHash(md, range, h * Hash.SIZE, root, 0, root, 0);
            }
        }
        return Hash.wrap(root);
    }

    /**
     * The tiles changed since the last {@link #markClean()}, each with its full new contents, ordered by
     * level and index. The arrays are fresh copies the caller may keep.
     */
    public Map<Tile, byte[]> dirtyTiles() {
        List<Map.Entry<Tile, byte[]>> tiles = new ArrayList<>(filled.size() + TILE_LEVELS);
        for (Map.Entry<Tile, byte[]> full : filled) {
            tiles.add(Map.entry(full.getKey(), full.getValue().clone()));
        }
        for (int level = 0; level < TILE_LEVELS; level++) {
            int width = (int) (Tile.nodesAt(size, level) % Tile.FULL_WIDTH);
            if (edgeDirty[level] && width > 0) {
                Tile tile = new Tile(level, Tile.nodesAt(size, level + 1), width);
                tiles.add(Map.entry(tile, Arrays.copyOf(edgeTiles[level], tile.byteLength())));
            }
        }
        tiles.sort(Comparator.comparingInt((Map.Entry<Tile, byte[]> e) -> e.getKey().level())
                .thenComparingLong(e -> e.getKey().index()));
        Map<Tile, byte[]> result = new LinkedHashMap<>();
        tiles.forEach(e -> result.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(result);
    }

    /** Forgets the changed tiles, once the caller has stored them. */
    public void markClean() {
        filled.clear();
        Arrays.fill(edgeDirty, false);
    }

    /** Writes the node at Merkle level 8·tileLevel with this index into its tile. */
    private void storeNode(int tileLevel, long nodeIndex, byte[] hash) {
        int slot = (int) (nodeIndex % Tile.FULL_WIDTH);
        byte[] tile = edgeTiles[tileLevel];
        System.arraycopy(hash, 0, tile, slot * Hash.SIZE, Hash.SIZE);
        if (slot == Tile.FULL_WIDTH - 1) {
            filled.add(Map.entry(new Tile(tileLevel, nodeIndex / Tile.FULL_WIDTH, Tile.FULL_WIDTH), tile));
            edgeTiles[tileLevel] = new byte[TILE_BYTES];
            edgeDirty[tileLevel] = false;
        } else {
            edgeDirty[tileLevel] = true;
        }
    }

    /**
     * Recomputes the compact-range node for bit h of the size from the partial tile of its tile level:
     * the complete subtree at level h with index (size >> h) − 1 covers 2^r consecutive hashes of that tile,
     * where r = h mod 8.
     */
    private void loadRangeNode(int h, long size) {
        int level = h / Tile.HEIGHT;
        int r = h % Tile.HEIGHT;
        long first = (((size >>> h) - 1) << r) % Tile.FULL_WIDTH;
        byte[] subtree = Subtrees.perfectRoot(md, edgeTiles[level], (int) first, 1 << r);
        System.arraycopy(subtree, 0, range, h * Hash.SIZE, Hash.SIZE);
    }
}
