package org.vigil.log;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tiles kept in memory: for tests, benchmarks and rebuilding a tree to verify it. Safe for concurrent
 * use. Keeps only the widest version of each tile.
 */
public final class InMemoryTiles implements TileReader {

    private final Map<Long, byte[]> tiles = new ConcurrentHashMap<>();

    /** An empty store. */
    public InMemoryTiles() {
    }

    /**
     * Stores the tile's contents unless a version at least as wide is stored already. The contents must
     * be exactly {@code tile.width() × 32} bytes, and are copied.
     */
    public void put(Tile tile, byte[] hashes) {
        if (hashes == null || hashes.length != tile.byteLength()) {
            throw new IllegalArgumentException("tile " + tile.path() + " needs " + tile.byteLength()
                    + " bytes, got " + (hashes == null ? "null" : hashes.length));
        }
        byte[] copy = hashes.clone();
        tiles.merge(key(tile.level(), tile.index()), copy, (old, now) -> now.length > old.length ? now : old);
    }

    /** Stores each tile, as {@link #put} does; for the output of {@link LogAppender#dirtyTiles()}. */
    public void putAll(Map<Tile, byte[]> written) {
        written.forEach(this::put);
    }

    @Override
    public byte[] readTile(int level, long index) {
        return tiles.get(key(level, index));
    }

    /** The number of tiles stored (one per level and index). */
    public int tileCount() {
        return tiles.size();
    }

    private static Long key(int level, long index) {
        // Indices are below 2^58 for any tree of fewer than 2^64 leaves, so six bits are left for the level.
        return (index << 6) | level;
    }
}
