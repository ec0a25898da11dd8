package org.vigil.harm.score;

import java.util.Locale;

/**
 * An intelligence grading as a concern carries it (interchange §1.1 {@code grading}): 3x5x2, or the
 * legacy 5x5x5 kept as given. Either way it yields one comparable confidence in (0, 1].
 */
public sealed interface Grading permits Grading3x5x2, Grading5x5x5 {

    /** The 3x5x2 source and intelligence grades this grading counts as. */
    SourceGrade source3x5x2();

    IntelligenceGrade intelligence3x5x2();

    /** source confidence × intelligence confidence. */
    default double confidence() {
        return source3x5x2().confidence() * intelligence3x5x2().confidence();
    }

    /** "2/C/P (3x5x2)" or "B/3/2 (5x5x5)". */
    String toText();

    /**
     * Parses the fields of interchange §1.1 {@code grading}: {@code scheme} absent or {@code 3x5x2}, or
     * {@code 5x5x5}. {@code handling} may be null: it governs dissemination, not confidence.
     */
    static Grading parse(String scheme, String source, String intelligence, String handling) {
        String s = scheme == null || scheme.isBlank() ? "3x5x2" : scheme.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "3x5x2" -> Grading3x5x2.parse(source, intelligence, handling);
            case "5x5x5" -> Grading5x5x5.parse(source, intelligence, handling);
            default -> throw new IllegalArgumentException("not a grading scheme: '" + scheme + "' (expected 3x5x2 or 5x5x5)");
        };
    }
}
