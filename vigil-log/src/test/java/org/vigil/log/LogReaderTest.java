package org.vigil.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogReaderTest {

    private static final JsonNode TREE = Vectors.group("reference_tree_8");
    private static final LogReader READER = new LogReader(Vectors.tilesOf(Vectors.referenceLeaves()), 8);

    @Test
    void givesTheReferenceRootForEverySize() {
        for (int size = 0; size <= 8; size++) {
            assertThat(READER.treeHash(size)).as("size %d", size).isEqualTo(Vectors.hash(TREE.path("roots_by_size").get(size)));
        }
    }

    @Test
    void givesEachLeafHash() {
        for (int i = 0; i < 8; i++) {
            assertThat(READER.leafHash(i)).isEqualTo(Vectors.hash(TREE.path("node_hashes_by_level").get(0).get(i)));
        }
    }

    @Test
    void provesInclusionAsPublished() {
        for (JsonNode c : Vectors.group("inclusion_proofs").path("cases")) {
            assertThat(READER.inclusionProof(c.path("leaf_index").asLong(), c.path("tree_size").asLong()))
                    .as(c.toString()).isEqualTo(Vectors.hashes(c.path("proof")));
        }
    }

    @Test
    void provesConsistencyAsPublished() {
        for (JsonNode c : Vectors.group("consistency_proofs").path("cases")) {
            assertThat(READER.consistencyProof(c.path("size1").asLong(), c.path("size2").asLong()))
                    .as(c.toString()).isEqualTo(Vectors.hashes(c.path("proof")));
        }
    }

    @Test
    void reproducesEveryDerivedSmallTreeProof() {
        JsonNode derived = Vectors.group("derived_small_tree_proofs");
        for (JsonNode c : derived.path("inclusion")) {
            assertThat(READER.inclusionProof(c.path("leaf_index").asLong(), c.path("tree_size").asLong()))
                    .as(c.toString()).isEqualTo(Vectors.hashes(c.path("proof")));
        }
        for (JsonNode c : derived.path("consistency")) {
            assertThat(READER.consistencyProof(c.path("size1").asLong(), c.path("size2").asLong()))
                    .as(c.toString()).isEqualTo(Vectors.hashes(c.path("proof")));
        }
    }

    @Test
    void givesAnEmptyConsistencyProofBetweenEqualSizes() {
        assertThat(READER.consistencyProof(5, 5)).isEmpty();
    }

    @Test
    void rejectsATreeSizeBeyondTheLogNamingBothSizes() {
        assertThatThrownBy(() -> READER.treeHash(9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tree size is beyond the log: 9 > 8");
        assertThatThrownBy(() -> READER.inclusionProof(0, 1204)).hasMessage("tree size is beyond the log: 1204 > 8");
        assertThatThrownBy(() -> READER.consistencyProof(3, 9)).hasMessage("tree size is beyond the log: 9 > 8");
    }

    @Test
    void rejectsALeafBeyondTheTree() {
        assertThatThrownBy(() -> READER.inclusionProof(5, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("leaf index is beyond the tree: 5 >= 5");
        assertThatThrownBy(() -> READER.leafHash(8)).hasMessage("leaf index is beyond the tree: 8 >= 8");
        assertThatThrownBy(() -> READER.inclusionProof(-1, 5)).hasMessageContaining("-1");
    }

    @Test
    void rejectsConsistencyFromTheEmptyTreeOrBackwards() {
        assertThatThrownBy(() -> READER.consistencyProof(0, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meaningless");
        assertThatThrownBy(() -> READER.consistencyProof(7, 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be from 1 to the new size, 6, not 7");
    }

    @Test
    void reportsATileMissingFromTheStoreByItsPath() {
        LogReader reader = new LogReader(new InMemoryTiles(), 300);

        assertThatThrownBy(() -> reader.treeHash(300)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the store lacks tile tile/1/000.p/1");
    }

    @Test
    void readsAGrownLogThroughTheSameCache() {
        List<byte[]> entries = new java.util.ArrayList<>();
        LogAppender appender = LogAppender.empty();
        InMemoryTiles tiles = new InMemoryTiles();
        NaiveMerkleTree naive = new NaiveMerkleTree();
        for (int i = 0; i < 600; i++) {
            byte[] entry = ("entry " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            entries.add(entry);
            appender.append(Rfc6962.leafHash(entry));
            naive.appendEntry(entry);
        }
        LogAppender first = LogAppender.empty();
        entries.subList(0, 300).forEach(e -> first.append(Rfc6962.leafHash(e)));
        tiles.putAll(first.dirtyTiles());
        LogReader small = new LogReader(tiles, 300);
        assertThat(small.inclusionProof(299, 300)).isEqualTo(naive.inclusionProof(299, 300));

        tiles.putAll(appender.dirtyTiles());
        LogReader grown = small.atSize(600);

        assertThat(grown.size()).isEqualTo(600);
        assertThat(grown.inclusionProof(299, 600)).isEqualTo(naive.inclusionProof(299, 600));
        assertThat(grown.consistencyProof(300, 600)).isEqualTo(naive.consistencyProof(300, 600));
        assertThat(grown.treeHash(600)).isEqualTo(naive.root(600)).isEqualTo(appender.root());
    }
}
