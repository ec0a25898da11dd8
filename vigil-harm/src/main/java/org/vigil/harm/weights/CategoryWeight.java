package org.vigil.harm.weights;

import java.util.Objects;
import java.util.Optional;

/**
 * The harm weight of one police.uk category, in CCHI days per crime: nationally, or for one force.
 *
 * @param force the force whose own offence mix the weight reflects; empty for the national weight
 * @param convention true when the value is a convention rather than a CHI value (anti-social
 *     behaviour's 1 day): usable for display, never to be quoted as a harm estimate
 */
public record CategoryWeight(
        CrimeCategory category, Optional<String> force, double days, String source, boolean convention) {

    public CategoryWeight {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(force, "force");
        Objects.requireNonNull(source, "source");
        if (!Double.isFinite(days) || days < 0) {
            throw new IllegalArgumentException("weight of " + category + " must be a finite number of days >= 0: " + days);
        }
    }

    /** "South Yorkshire" or "national": which table the weight came from. */
    public String scope() {
        return force.orElse("national");
    }
}
