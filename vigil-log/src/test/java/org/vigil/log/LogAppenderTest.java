package org.vigil.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogAppenderTest {

    private static Hash leaf(long i) {
        return Rfc6962.leafHash(ByteBuffer.allocate(8).putLong(i).array());
    }

    private static LogAppender appended(long n) {
        LogAppender appender = LogAppender.empty();
        for (long i = 0; i < n; i++) {
            appender.append(leaf(i));
        }
        return appender;
    }

    @Test
    void givesTheReferenceRootAfterEachAppend() {
        JsonNode roots = Vectors.group("reference_tree_8").path("roots_by_size");
        LogAppender appender = LogAppender.empty();
        assertThat(appender.root()).isEqualTo(Rfc6962.emptyRoot());
        int size = 0;
        for (byte[] entry : Vectors.referenceLeaves()) {
            appender.append(Rfc6962.leafHash(entry));
            size++;
            assertThat(appender.size()).isEqualTo(size);
            assertThat(appender.root()).as("size %d", size).isEqualTo(Vectors.hash(roots.get(size)));
        }
    }

    @Test
    void handsBackEveryTileAnAppendChangedWithItsFullContents() {
        LogAppender appender = appended(300);

        Map<Tile, byte[]> dirty = appender.dirtyTiles();

        assertThat(dirty.keySet()).containsExactly(new Tile(0, 0, 256), new Tile(0, 1, 44), new Tile(1, 0, 1));
        assertThat(Arrays.copyOfRange(dirty.get(new Tile(0, 1, 44)), 0, 32)).isEqualTo(leaf(256).bytes());
        assertThat(Arrays.copyOfRange(dirty.get(new Tile(0, 1, 44)), 43 * 32, 44 * 32)).isEqualTo(leaf(299).bytes());
        assertThat(dirty.get(new Tile(1, 0, 1))).isEqualTo(rootOfFirst(256).bytes());
    }

    @Test
    void storesInTheLevelOneTileTheRootOfEachFullLevelZeroTile() {
        LogAppender appender = appended(512);

        byte[] level1 = appender.dirtyTiles().get(new Tile(1, 0, 2));

        NaiveMerkleTree naive = new NaiveMerkleTree();
        for (long i = 0; i < 512; i++) {
            naive.appendLeafHash(leaf(i));
        }
        assertThat(Arrays.copyOfRange(level1, 0, 32)).isEqualTo(naive.root(256).bytes());
        assertThat(appender.root()).isEqualTo(naive.root(512));
    }

    @Test
    void forgetsStoredTilesOnMarkCleanAndReportsOnlyWhatChangesNext() {
        LogAppender appender = appended(300);
        appender.markClean();
        assertThat(appender.dirtyTiles()).isEmpty();

        appender.append(leaf(300));

        assertThat(appender.dirtyTiles().keySet()).containsExactly(new Tile(0, 1, 45));
    }

    @Test
    void writesTheTilesThatCoverTheTree() {
        LogAppender appender = appended(70_000);

        assertThat(appender.dirtyTiles().keySet()).containsExactlyElementsOf(Tile.covering(70_000));
    }

    @Test
    void resumesFromStoredTilesWithTheSameRootAndTiles() {
        InMemoryTiles tiles = new InMemoryTiles();
        LogAppender first = appended(1000);
        tiles.putAll(first.dirtyTiles());

        LogAppender resumed = LogAppender.resume(1000, tiles);
        assertThat(resumed.root()).isEqualTo(first.root());
        assertThat(resumed.dirtyTiles()).isEmpty();

        for (long i = 1000; i < 1300; i++) {
            resumed.append(leaf(i));
            first.append(leaf(i));
        }
        assertThat(resumed.root()).isEqualTo(first.root());
        Map<Tile, byte[]> resumedTiles = resumed.dirtyTiles();
        assertThat(resumedTiles.keySet()).containsExactly(new Tile(0, 3, 256), new Tile(0, 4, 256),
                new Tile(0, 5, 20), new Tile(1, 0, 5));
        resumedTiles.forEach((tile, bytes) -> assertThat(bytes).isEqualTo(first.dirtyTiles().get(tile)));
    }

    @Test
    void refusesToResumeBeyondTheStoredTiles() {
        InMemoryTiles tiles = new InMemoryTiles();
        tiles.putAll(appended(10).dirtyTiles());

        assertThatThrownBy(() -> LogAppender.resume(11, tiles)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tree size is beyond the stored tiles: 11").hasMessageContaining("tile/0/000.p/11");
    }

    @Test
    void resumesAnEmptyLogWithoutReading() {
        LogAppender appender = LogAppender.resume(0, (level, index) -> {
            throw new AssertionError("read tile " + level + "/" + index);
        });

        assertThat(appender.root()).isEqualTo(Rfc6962.emptyRoot());
    }

    private static Hash rootOfFirst(int n) {
        NaiveMerkleTree naive = new NaiveMerkleTree();
        for (long i = 0; i < n; i++) {
            naive.appendLeafHash(leaf(i));
        }
        return naive.root(n);
    }
}
