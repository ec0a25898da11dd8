package org.vigil.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProofsTest {

    private static final JsonNode TREE = Vectors.group("reference_tree_8");

    private static Hash root(int size) {
        return Vectors.hash(TREE.path("roots_by_size").get(size));
    }

    private static Hash leaf(int index) {
        return Vectors.hash(TREE.path("node_hashes_by_level").get(0).get(index));
    }

    @Test
    void acceptsThePublishedInclusionProofs() {
        JsonNode cases = Vectors.group("inclusion_proofs").path("cases");
        assertThat(cases).hasSize(5);
        for (JsonNode c : cases) {
            assertThatCode(() -> Proofs.checkInclusion(Vectors.hash(c.path("leaf_hash")), c.path("leaf_index").asLong(),
                    c.path("tree_size").asLong(), Vectors.hashes(c.path("proof")), Vectors.hash(c.path("root"))))
                    .as(c.toString()).doesNotThrowAnyException();
        }
    }

    @Test
    void acceptsThePublishedConsistencyProofs() {
        JsonNode cases = Vectors.group("consistency_proofs").path("cases");
        assertThat(cases).hasSize(5);
        for (JsonNode c : cases) {
            assertThatCode(() -> Proofs.checkConsistency(c.path("size1").asLong(), c.path("size2").asLong(),
                    Vectors.hash(c.path("root1")), Vectors.hash(c.path("root2")), Vectors.hashes(c.path("proof"))))
                    .as(c.toString()).doesNotThrowAnyException();
        }
    }

    @Test
    void acceptsEveryDerivedSmallTreeProof() {
        JsonNode derived = Vectors.group("derived_small_tree_proofs");
        for (JsonNode c : derived.path("inclusion")) {
            Proofs.checkInclusion(Vectors.hash(c.path("leaf_hash")), c.path("leaf_index").asLong(),
                    c.path("tree_size").asLong(), Vectors.hashes(c.path("proof")), Vectors.hash(c.path("root")));
        }
        for (JsonNode c : derived.path("consistency")) {
            Proofs.checkConsistency(c.path("size1").asLong(), c.path("size2").asLong(), Vectors.hash(c.path("root1")),
                    Vectors.hash(c.path("root2")), Vectors.hashes(c.path("proof")));
        }
        assertThat(derived.path("inclusion")).hasSize(36);
        assertThat(derived.path("consistency")).hasSize(36);
    }

    @Test
    void rejectsInclusionProofWithAnExtraHash() {
        List<Hash> proof = new ArrayList<>(inclusionProofOfLeaf5());
        proof.add(root(8));

        assertThatThrownBy(() -> Proofs.checkInclusion(leaf(5), 5, 8, proof, root(8)))
                .isInstanceOf(ProofFailedException.class).hasMessageContaining("has 4 hashes, not 3");
    }

    @Test
    void rejectsInclusionProofWithAMissingHash() {
        List<Hash> proof = inclusionProofOfLeaf5().subList(0, 2);

        assertThatThrownBy(() -> Proofs.checkInclusion(leaf(5), 5, 8, proof, root(8)))
                .isInstanceOf(ProofFailedException.class).hasMessageContaining("has 2 hashes, not 3");
    }

    @Test
    void rejectsInclusionProofForTheWrongIndexAndCarriesBothRoots() {
        ProofFailedException e = org.junit.jupiter.api.Assertions.assertThrows(ProofFailedException.class,
                () -> Proofs.checkInclusion(leaf(5), 4, 8, inclusionProofOfLeaf5(), root(8)));

        assertThat(e.expectedRoot()).contains(root(8));
        assertThat(e.calculatedRoot()).isPresent().get().isNotEqualTo(root(8));
    }

    @Test
    void rejectsInclusionProofForTheWrongSize() {
        // Size 7 would take the same path and hashes as 8, so it is no test of the size.
        assertThatThrownBy(() -> Proofs.checkInclusion(leaf(5), 5, 16, inclusionProofOfLeaf5(), root(8)))
                .isInstanceOf(ProofFailedException.class);
        assertThatThrownBy(() -> Proofs.checkInclusion(leaf(5), 5, 6, inclusionProofOfLeaf5(), root(8)))
                .isInstanceOf(ProofFailedException.class);
    }

    @Test
    void rejectsInclusionOfALeafBeyondTheTreeAsBadInput() {
        assertThatThrownBy(() -> Proofs.checkInclusion(leaf(5), 8, 8, inclusionProofOfLeaf5(), root(8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("leaf index is beyond the tree: 8 >= 8");
    }

    @Test
    void rejectsConsistencyProofWithAnExtraHash() {
        List<Hash> proof = new ArrayList<>(consistencyProof6To8());
        proof.add(0, leaf(0));

        assertThatThrownBy(() -> Proofs.checkConsistency(6, 8, root(6), root(8), proof))
                .isInstanceOf(ProofFailedException.class).hasMessageContaining("has 4 hashes, not 3");
    }

    @Test
    void rejectsConsistencyProofWithAMissingHash() {
        List<Hash> proof = consistencyProof6To8().subList(1, 3);

        assertThatThrownBy(() -> Proofs.checkConsistency(6, 8, root(6), root(8), proof))
                .isInstanceOf(ProofFailedException.class);
    }

    @Test
    void rejectsConsistencyProofWithSwappedRoots() {
        assertThatThrownBy(() -> Proofs.checkConsistency(6, 8, root(8), root(6), consistencyProof6To8()))
                .isInstanceOf(ProofFailedException.class).hasMessageContaining("old root");
    }

    @Test
    void rejectsConsistencyProofForTheWrongSizes() {
        assertThatThrownBy(() -> Proofs.checkConsistency(4, 8, root(6), root(8), consistencyProof6To8()))
                .isInstanceOf(ProofFailedException.class);
        assertThatThrownBy(() -> Proofs.checkConsistency(6, 16, root(6), root(8), consistencyProof6To8()))
                .isInstanceOf(ProofFailedException.class);
    }

    @Test
    void rejectsConsistencyProofWhoseNewRootDiffers() {
        ProofFailedException e = org.junit.jupiter.api.Assertions.assertThrows(ProofFailedException.class,
                () -> Proofs.checkConsistency(6, 8, root(6), root(7), consistencyProof6To8()));

        assertThat(e.expectedRoot()).contains(root(7));
        assertThat(e.calculatedRoot()).contains(root(8));
    }

    @Test
    void acceptsEqualSizesOnlyWithAnEmptyProofAndEqualRoots() {
        assertThatCode(() -> Proofs.checkConsistency(8, 8, root(8), root(8), List.of())).doesNotThrowAnyException();
        assertThatThrownBy(() -> Proofs.checkConsistency(8, 8, root(8), root(7), List.of()))
                .isInstanceOf(ProofFailedException.class);
        assertThatThrownBy(() -> Proofs.checkConsistency(8, 8, root(8), root(8), List.of(root(8))))
                .isInstanceOf(ProofFailedException.class);
    }

    @Test
    void rejectsAnyConsistencyProofFromTheEmptyTree() {
        assertThatThrownBy(() -> Proofs.checkConsistency(0, 0, root(0), root(0), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meaningless");
        assertThatThrownBy(() -> Proofs.checkConsistency(0, 8, root(0), root(8), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnOldSizeBeyondTheNewAsBadInput() {
        assertThatThrownBy(() -> Proofs.checkConsistency(8, 6, root(8), root(6), consistencyProof6To8()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("old tree size is beyond the new: 8 > 6");
    }

    private static List<Hash> inclusionProofOfLeaf5() {
        for (JsonNode c : Vectors.group("inclusion_proofs").path("cases")) {
            if (c.path("leaf_index").asInt() == 5 && c.path("tree_size").asInt() == 8) {
                return Vectors.hashes(c.path("proof"));
            }
        }
        throw new IllegalStateException("vectors lack the proof of leaf 5 in 8");
    }

    private static List<Hash> consistencyProof6To8() {
        for (JsonNode c : Vectors.group("consistency_proofs").path("cases")) {
            if (c.path("size1").asInt() == 6 && c.path("size2").asInt() == 8) {
                return Vectors.hashes(c.path("proof"));
            }
        }
        throw new IllegalStateException("vectors lack the proof from 6 to 8");
    }
}
