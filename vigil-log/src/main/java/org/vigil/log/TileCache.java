package org.vigil.log;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently used tiles, each with its inner levels already hashed, so that proofs touching the
 * same tiles (the upper levels, always) cost no hashing. Safe for concurrent use.
 */
final class TileCache {

    /** A tile with all its complete inner nodes; immutable once built. */
    record Expanded(int width, byte[][] levels) {
    }

    private final int capacity;
    private final Map<Long, Expanded> tiles;

    TileCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("tile cache capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.tiles = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Expanded> eldest) {
                return size() > TileCache.this.capacity;
            }
        };
    }

    synchronized Expanded get(int level, long index) {
        return tiles.get(key(level, index));
    }

    synchronized void put(int level, long index, Expanded tile) {
        Long key = key(level, index);
        Expanded old = tiles.get(key);
        if (old == null || old.width() < tile.width()) {
            tiles.put(key, tile);
        }
    }

    private static Long key(int level, long index) {
        return (index << 6) | level;
    }
}
