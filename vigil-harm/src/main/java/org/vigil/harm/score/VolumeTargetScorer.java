package org.vigil.harm.score;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigil.harm.weights.CrimeCategory;
import org.vigil.harm.weights.HarmWeights;
import org.vigil.harm.weights.OffenceCode;

/**
 * The ranking Rotherham's performance regime produced: count vehicle crime, burglary and robbery, and
 * nothing else. A code counts when the weight table files it under one of those police.uk categories
 * (the ONS subgroups of {@code ho_offence_codes.csv}: domestic and non-domestic burglary,
 * robbery, theft of and from a motor vehicle, vehicle interference). Unknown codes do not count.
 * Kept only for comparison with {@link HarmScorer}; never for deciding priority.
 */
public final class VolumeTargetScorer {
    /** The categories volume targets rewarded. */
    public static final Set<CrimeCategory> TARGET_CATEGORIES =
            Set.copyOf(EnumSet.of(CrimeCategory.VEHICLE_CRIME, CrimeCategory.BURGLARY, CrimeCategory.ROBBERY));

    private final HarmWeights weights;

    public VolumeTargetScorer(HarmWeights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    public static VolumeTargetScorer bundled() {
        return new VolumeTargetScorer(HarmWeights.bundled());
    }

    public VolumeTargetScore score(List<OffenceCode> offences) {
        List<OffenceCode> counted = new ArrayList<>();
        List<OffenceCode> ignored = new ArrayList<>();
        for (OffenceCode code : offences) {
            // weightOf, not find: a code superseded in 2017 (28A, burglary in a dwelling) is still a burglary
            boolean target = weights.weightOf(code).category()
                    .filter(TARGET_CATEGORIES::contains)
                    .isPresent();
            (target ? counted : ignored).add(code);
        }
        return new VolumeTargetScore(counted.size(), counted, ignored);
    }
}
