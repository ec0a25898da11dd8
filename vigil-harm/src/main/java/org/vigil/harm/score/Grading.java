package org.vigil.harm.score;

import java.util.Locale;
import java.util.Optional;

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

    /** Whether the source or the intelligence grade was not given, and so counts as not known. */
    boolean partial();

    /** "2/C/P (3x5x2)" or "B/3/2 (5x5x5)"; a grade not given is "?". */
    String toText();

    /**
     * Parses the fields of interchange §1.1 {@code grading}: {@code scheme} absent or {@code 3x5x2}, or
     * {@code 5x5x5}. Any part may be null or blank, not given: {@code handling} governs dissemination, not confidence,
     * and a source or intelligence grade not given counts as not known.
     *
     * @throws IllegalArgumentException naming a part that is given but not a grade of its scheme
     */
    static Grading parse(String scheme, String source, String intelligence, String handling) {
        String s = scheme == null || scheme.isBlank() ? "3x5x2" : scheme.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "3x5x2" -> Grading3x5x2.parse(source, intelligence, handling);
            case "5x5x5" -> Grading5x5x5.parse(source, intelligence, handling);
            default -> throw new IllegalArgumentException("not a grading scheme: '" + scheme + "' (expected 3x5x2 or 5x5x5)");
        };
    }

    /**
     * A grading as a record carries it, read leniently for scoring: a part that is not a grade of its scheme (the
     * legacy grades are stored as sent) counts as not given. Empty only for a scheme that is neither.
     */
    static Optional<Grading> read(String scheme, String source, String intelligence, String handling) {
        try {
            return Optional.of(parse(scheme, source, intelligence, handling));
        } catch (IllegalArgumentException notWhole) {
            try {
                return Optional.of(parse(scheme, readable(scheme, source, null, null) ? source : null,
                        readable(scheme, null, intelligence, null) ? intelligence : null,
                        readable(scheme, null, null, handling) ? handling : null));
            } catch (IllegalArgumentException noScheme) {
                return Optional.empty();
            }
        }
    }

    private static boolean readable(String scheme, String source, String intelligence, String handling) {
        try {
            parse(scheme, source, intelligence, handling);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
