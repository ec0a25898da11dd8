package org.vigil.harm.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.harm.weights.OffenceCode;

class VolumeTargetScorerTest {
    private final VolumeTargetScorer volume = VolumeTargetScorer.bundled();
    private final HarmScorer harm = HarmScorer.bundled();

    @Test
    void countsOnlyVehicleCrimeBurglaryAndRobbery() {
        VolumeTargetScore s = volume.score(OffenceCode.parseAll(List.of("45", "28E", "22B", "34B", "71", "999", "126")));
        assertThat(s.count()).isEqualTo(4);
        assertThat(s.counted()).extracting(OffenceCode::toText).containsExactly("45", "28E", "34B", "126");
        assertThat(s.ignored()).extracting(OffenceCode::toText).containsExactly("22B", "71", "999");
        assertThat(volume.score(OffenceCode.parseAll(List.of("28A", "30B", "31"))).count())
                .as("burglary codes from before April 2017 are burglaries").isEqualTo(3);
    }

    /** The Rotherham inversion, in miniature: the two regimes rank the same pair of concerns oppositely. */
    @Test
    void ranksAnExploitedChildAboveTwoCarCrimesOnlyByHarm() {
        ConcernFacts exploitation = ConcernFacts.of(List.of("22B", "88A"), Grading.parse(null, "2", "B", "P"),
                Vulnerability.of(13, true, 4));
        ConcernFacts carCrime = ConcernFacts.of(List.of("45", "48"), Grading.parse(null, "1", "A", "P"),
                Vulnerability.none());
        assertThat(harm.score(exploitation).score()).isGreaterThan(harm.score(carCrime).score());
        assertThat(volume.score(exploitation.offences()).count()).isLessThan(volume.score(carCrime.offences()).count());
    }
}
