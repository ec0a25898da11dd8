package org.vigil.harm.score;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A 3x5x2 grading: source 1–3, intelligence A–E, handling P (lawful sharing permitted) or C (lawful
 * sharing permitted with conditions). A grading may be given in part: a source or intelligence grade not given counts
 * as not known (source 2, intelligence D), as an ungraded concern does.
 */
public record Grading3x5x2(Optional<SourceGrade> source, Optional<IntelligenceGrade> intelligence,
        Optional<String> handling) implements Grading {

    public Grading3x5x2 {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(intelligence, "intelligence");
        Objects.requireNonNull(handling, "handling");
        if (handling.isPresent() && !handling.get().matches("[PC]")) {
            throw new IllegalArgumentException("not a 3x5x2 handling code: '" + handling.get() + "' (expected P or C)");
        }
    }

    /** A grading given whole. */
    public Grading3x5x2(SourceGrade source, IntelligenceGrade intelligence, Optional<String> handling) {
        this(Optional.of(source), Optional.of(intelligence), handling);
    }

    /** Blank or null parts are not given; any other part must be a grade of its scale. */
    static Grading3x5x2 parse(String source, String intelligence, String handling) {
        return new Grading3x5x2(given(source).map(SourceGrade::parse), given(intelligence).map(IntelligenceGrade::parse),
                given(handling).map(h -> h.toUpperCase(Locale.ROOT)));
    }

    static Optional<String> given(String part) {
        return part == null || part.isBlank() ? Optional.empty() : Optional.of(part.strip());
    }

    @Override
    public SourceGrade source3x5x2() {
        return source.orElse(SourceGrade.UNTESTED);
    }

    @Override
    public IntelligenceGrade intelligence3x5x2() {
        return intelligence.orElse(IntelligenceGrade.NOT_KNOWN);
    }

    @Override
    public boolean partial() {
        return source.isEmpty() || intelligence.isEmpty();
    }

    @Override
    public String toText() {
        return source.map(SourceGrade::code).orElse("?") + "/" + intelligence.map(IntelligenceGrade::code).orElse("?")
                + handling.map(h -> "/" + h).orElse("") + " (3x5x2)";
    }
}
