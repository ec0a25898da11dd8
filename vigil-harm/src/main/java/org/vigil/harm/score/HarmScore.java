package org.vigil.harm.score;

import java.util.List;
import java.util.Objects;
import org.vigil.harm.weights.OffenceWeight;

/**
 * The harm of one concern: {@code score = offenceDays × confidence × vulnerability}, in CCHI days.
 *
 * @param offences the weight used for each alleged offence, in the concern's order
 * @param offenceDays Σ of those weights
 * @param confidence from the grading, in (0, 1]
 * @param vulnerability the child's vulnerability factor, ≥ 1
 * @param placeholder true if any weight used is a placeholder: the score is then provisional and must
 *     be shown as such
 * @param reasons how the score was reached, one sentence each, for the person reading the ranking
 */
public record HarmScore(
        List<OffenceWeight> offences,
        double offenceDays,
        double confidence,
        double vulnerability,
        double score,
        boolean placeholder,
        List<String> reasons) {

    public HarmScore {
        offences = List.copyOf(Objects.requireNonNull(offences, "offences"));
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        if (!(offenceDays >= 0) || !(confidence > 0 && confidence <= 1) || !(vulnerability >= 1) || !(score >= 0)) {
            throw new IllegalArgumentException("harm score out of range: days " + offenceDays + ", confidence "
                    + confidence + ", vulnerability " + vulnerability + ", score " + score);
        }
    }
}
