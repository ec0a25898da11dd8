package org.vigil.harm.score;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.harm.weights.OffenceCode;

/**
 * What the harm of a concern is computed from: its alleged offences (interchange §1.1 {@code offences}),
 * its grading if any, and the vulnerability of the child concerned. Nothing else, by design.
 */
public record ConcernFacts(List<OffenceCode> offences, Optional<Grading> grading, Vulnerability vulnerability) {

    public ConcernFacts {
        offences = List.copyOf(Objects.requireNonNull(offences, "offences"));
        Objects.requireNonNull(grading, "grading");
        Objects.requireNonNull(vulnerability, "vulnerability");
    }

    /** From the plain values of a concern: code texts as sent, a nullable grading. */
    public static ConcernFacts of(List<String> offenceCodes, Grading gradingOrNull, Vulnerability vulnerability) {
        return new ConcernFacts(OffenceCode.parseAll(offenceCodes), Optional.ofNullable(gradingOrNull), vulnerability);
    }
}
