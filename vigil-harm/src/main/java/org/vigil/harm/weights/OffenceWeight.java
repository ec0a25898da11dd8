package org.vigil.harm.weights;

import java.util.Objects;
import java.util.Optional;

/**
 * The harm weight of one Home Office offence code, in CCHI days, with where it came from.
 *
 * @param offence the offence's name as the Home Office classification gives it
 * @param category the police.uk category the offence is published under; empty for an unknown code
 * @param source free text naming the origin of {@code days}; begins {@code SUBGROUP FALLBACK} for
 *     subgroup placeholders
 */
public record OffenceWeight(
        OffenceCode code,
        String offence,
        Optional<CrimeCategory> category,
        double days,
        WeightBasis basis,
        String source) {

    public OffenceWeight {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(offence, "offence");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(source, "source");
        if (!Double.isFinite(days) || days < 0) {
            throw new IllegalArgumentException("weight of " + code + " must be a finite number of days >= 0: " + days);
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("weight of " + code + " has no source");
        }
    }

    /** True when {@code days} is not the offence's own value; such weights must be shown as provisional. */
    public boolean placeholder() {
        return basis.placeholder();
    }
}
