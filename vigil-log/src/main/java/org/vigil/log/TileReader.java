package org.vigil.log;

/**
 * The storage seam of the log: where tiles are read from. Implementations are SQL stores and
 * {@link InMemoryTiles}.
 *
 * <p>A store needs to keep only the widest version of each tile it was given, because the hashes of
 * complete nodes never change; a wider version extends a narrower one.
 */
@FunctionalInterface
public interface TileReader {

    /**
     * Returns the concatenated hashes ({@code width × 32} bytes) of the widest stored version of the tile
     * at this level and index, or {@code null} if none is stored. The caller does not modify the array.
     */
    byte[] readTile(int level, long index);
}
