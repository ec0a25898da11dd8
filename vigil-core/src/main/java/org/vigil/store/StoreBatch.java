package org.vigil.store;

import java.util.List;
import java.util.Map;
import org.vigil.log.Tile;

/**
 * Everything one commit adds, written atomically: log entries numbered from {@code firstLeaf}, the records, access
 * events, person merges and splits those entries commit to, the persons the new mentions belong to (or, with a
 * split, the mentions that moved), the hash tiles that changed, and the signed checkpoint for the new size.
 */
public record StoreBatch(long firstLeaf, List<byte[]> entries, List<StoredRecord> records,
                         List<AccessEvent> accesses, List<PersonLink> links, List<PersonMerge> merges,
                         List<PersonSplit> splits,
                         Map<Tile, byte[]> tiles, long checkpointSize, String checkpoint) {
    public StoreBatch {
        entries = List.copyOf(entries);
        records = List.copyOf(records);
        accesses = List.copyOf(accesses);
        links = List.copyOf(links);
        merges = List.copyOf(merges);
        splits = List.copyOf(splits);
        tiles = Map.copyOf(tiles);
        if (checkpointSize != firstLeaf + entries.size()) {
            throw new IllegalArgumentException("the checkpoint must cover the batch: size " + checkpointSize
                    + " != " + (firstLeaf + entries.size()));
        }
    }
}
