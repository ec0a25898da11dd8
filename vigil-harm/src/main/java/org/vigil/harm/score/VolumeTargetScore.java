package org.vigil.harm.score;

import java.util.List;
import java.util.Objects;
import org.vigil.harm.weights.OffenceCode;

/**
 * What a volume-target regime would have counted for a concern: one per vehicle crime, burglary or
 * robbery offence, nothing for anything else.
 *
 * @param counted the codes that counted, in the concern's order
 * @param ignored the codes a volume target did not reward
 */
public record VolumeTargetScore(int count, List<OffenceCode> counted, List<OffenceCode> ignored) {

    public VolumeTargetScore {
        counted = List.copyOf(Objects.requireNonNull(counted, "counted"));
        ignored = List.copyOf(Objects.requireNonNull(ignored, "ignored"));
        if (count != counted.size()) {
            throw new IllegalArgumentException("count " + count + " differs from the " + counted.size() + " codes counted");
        }
    }
}
