package org.vigil.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The tiled log against {@link NaiveMerkleTree}, RFC 6962 §2.1 taken literally. */
class MerkleTreePropertyTest {

    private static Hash leaf(long seed, long i) {
        return Rfc6962.leafHash(ByteBuffer.allocate(16).putLong(seed).putLong(i).array());
    }

    private static NaiveMerkleTree naive(long seed, int n) {
        NaiveMerkleTree tree = new NaiveMerkleTree();
        for (int i = 0; i < n; i++) {
            tree.appendLeafHash(leaf(seed, i));
        }
        return tree;
    }

    private static LogReader tiled(long seed, int n) {
        LogAppender appender = LogAppender.empty();
        for (int i = 0; i < n; i++) {
            appender.append(leaf(seed, i));
        }
        InMemoryTiles tiles = new InMemoryTiles();
        tiles.putAll(appender.dirtyTiles());
        return new LogReader(tiles, n, 4);
    }

    @Property(tries = 60)
    void rootsAgreeWithTheReferenceTree(@ForAll @IntRange(max = 1500) int size, @ForAll long seed) {
        LogAppender appender = LogAppender.empty();
        for (int i = 0; i < size; i++) {
            appender.append(leaf(seed, i));
        }

        Hash expected = naive(seed, size).root(size);

        assertThat(appender.root()).isEqualTo(expected);
        assertThat(tiled(seed, size).treeHash(size)).isEqualTo(expected);
    }

    @Property(tries = 60)
    void inclusionProofsAgreeWithTheReferenceTreeAndCheck(@ForAll @IntRange(min = 1, max = 1500) int logSize,
            @ForAll @IntRange(min = 0, max = 1499) int treeSizePick, @ForAll @IntRange(max = 1499) int indexPick,
            @ForAll long seed) {
        int treeSize = 1 + treeSizePick % logSize;
        int index = indexPick % treeSize;
        NaiveMerkleTree reference = naive(seed, logSize);

        List<Hash> proof = tiled(seed, logSize).inclusionProof(index, treeSize);

        assertThat(proof).isEqualTo(reference.inclusionProof(index, treeSize));
        Proofs.checkInclusion(reference.leafHash(index), index, treeSize, proof, reference.root(treeSize));
    }

    @Property(tries = 60)
    void consistencyProofsAgreeWithTheReferenceTreeAndCheck(@ForAll @IntRange(min = 1, max = 1500) int newSize,
            @ForAll @IntRange(max = 1499) int oldSizePick, @ForAll long seed) {
        int oldSize = 1 + oldSizePick % newSize;
        NaiveMerkleTree reference = naive(seed, newSize);

        List<Hash> proof = tiled(seed, newSize).consistencyProof(oldSize, newSize);

        assertThat(proof).isEqualTo(oldSize == newSize ? List.of() : reference.consistencyProof(oldSize, newSize));
        Proofs.checkConsistency(oldSize, newSize, reference.root(oldSize), reference.root(newSize), proof);
    }

    @Property(tries = 40)
    void appendingInBatchesWithResumeGivesTheSameTilesAndRoots(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(max = 400) Integer> batches, @ForAll long seed) {
        InMemoryTiles stored = new InMemoryTiles();
        Map<Tile, byte[]> written = new HashMap<>();
        long size = 0;
        for (int batch : batches) {
            LogAppender appender = LogAppender.resume(size, stored);
            for (int i = 0; i < batch; i++) {
                appender.append(leaf(seed, size + i));
            }
            size += batch;
            Map<Tile, byte[]> dirty = appender.dirtyTiles();
            stored.putAll(dirty);
            written.putAll(dirty);
            assertThat(appender.root()).isEqualTo(naive(seed, (int) size).root((int) size));
        }

        LogAppender oneGo = LogAppender.empty();
        for (long i = 0; i < size; i++) {
            oneGo.append(leaf(seed, i));
        }
        Map<Tile, byte[]> expected = oneGo.dirtyTiles();
        for (Map.Entry<Tile, byte[]> tile : expected.entrySet()) {
            assertThat(stored.readTile(tile.getKey().level(), tile.getKey().index()))
                    .as(tile.getKey().path()).isEqualTo(tile.getValue());
        }
        assertThat(stored.tileCount()).isEqualTo(expected.size());
        assertThat(written.keySet()).containsAll(expected.keySet());
    }
}
