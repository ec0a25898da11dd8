package org.vigil.harm.score;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A 3x5x2 grading: source 1–3, intelligence A–E, handling P (lawful sharing permitted) or C (lawful
 * sharing permitted with conditions).
 */
public record Grading3x5x2(SourceGrade source, IntelligenceGrade intelligence, Optional<String> handling)
        implements Grading {

    public Grading3x5x2 {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(intelligence, "intelligence");
        Objects.requireNonNull(handling, "handling");
        if (handling.isPresent() && !handling.get().matches("[PC]")) {
            throw new IllegalArgumentException("not a 3x5x2 handling code: '" + handling.get() + "' (expected P or C)");
        }
    }

    static Grading3x5x2 parse(String source, String intelligence, String handling) {
        Optional<String> h = handling == null || handling.isBlank()
                ? Optional.empty()
                : Optional.of(handling.strip().toUpperCase(Locale.ROOT));
        return new Grading3x5x2(SourceGrade.parse(source), IntelligenceGrade.parse(intelligence), h);
    }

    @Override
    public SourceGrade source3x5x2() {
        return source;
    }

    @Override
    public IntelligenceGrade intelligence3x5x2() {
        return intelligence;
    }

    @Override
    public String toText() {
        return source.code() + "/" + intelligence.code() + handling.map(h -> "/" + h).orElse("") + " (3x5x2)";
    }
}
