package org.vigil.harm.score;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A legacy 5x5x5 grading (National Intelligence Model): source A–E, intelligence 1–5, handling 1–5.
 *
 * <p>Vigil counts it as the nearest 3x5x2 grading, so both schemes rank alike. This mapping is Vigil's
 * reading of the definitions, not an official conversion table:
 * source A always reliable and B mostly reliable → 1 reliable; C sometimes reliable and E untested → 2
 * untested; D unreliable → 3 not reliable. Intelligence 1 known without reservation and 2 known
 * personally to the source → A known directly; 3 not known personally but corroborated → B; 4 cannot
 * be judged → D not known; 5 suspected false → E. A grade not given is written {@code '?'} and counts as not known
 * (source E, intelligence 4), as an ungraded concern does.
 */
public record Grading5x5x5(char source, char intelligence, Optional<Character> handling) implements Grading {

    /** A source or intelligence grade not given. */
    public static final char NOT_GIVEN = '?';

    public Grading5x5x5 {
        Objects.requireNonNull(handling, "handling");
        if ((source < 'A' || source > 'E') && source != NOT_GIVEN) {
            throw new IllegalArgumentException("not a 5x5x5 source grade: '" + source + "' (expected A to E)");
        }
        if ((intelligence < '1' || intelligence > '5') && intelligence != NOT_GIVEN) {
            throw new IllegalArgumentException("not a 5x5x5 intelligence grade: '" + intelligence + "' (expected 1 to 5)");
        }
        if (handling.isPresent() && (handling.get() < '1' || handling.get() > '5')) {
            throw new IllegalArgumentException("not a 5x5x5 handling code: '" + handling.get() + "' (expected 1 to 5)");
        }
    }

    /** Blank or null parts are not given; any other part must be a grade of its scale. */
    static Grading5x5x5 parse(String source, String intelligence, String handling) {
        return new Grading5x5x5(single("source", source, true), single("intelligence", intelligence, false),
                Grading3x5x2.given(handling).map(h -> single("handling", h, false)));
    }

    private static char single(String what, String text, boolean letter) {
        if (text == null || text.isBlank()) {
            return NOT_GIVEN;
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.length() != 1 || t.charAt(0) == NOT_GIVEN) {
            throw new IllegalArgumentException("not a 5x5x5 " + what + " grade: '" + text + "' (expected "
                    + (letter ? "A to E" : "1 to 5") + ")");
        }
        return t.charAt(0);
    }

    @Override
    public SourceGrade source3x5x2() {
        return switch (source) {
            case 'A', 'B' -> SourceGrade.RELIABLE;
            case 'C', 'E', NOT_GIVEN -> SourceGrade.UNTESTED;
            default -> SourceGrade.NOT_RELIABLE;
        };
    }

    @Override
    public IntelligenceGrade intelligence3x5x2() {
        return switch (intelligence) {
            case '1', '2' -> IntelligenceGrade.KNOWN_DIRECTLY;
            case '3' -> IntelligenceGrade.KNOWN_INDIRECTLY_CORROBORATED;
            case '4', NOT_GIVEN -> IntelligenceGrade.NOT_KNOWN;
            default -> IntelligenceGrade.SUSPECTED_FALSE;
        };
    }

    @Override
    public boolean partial() {
        return source == NOT_GIVEN || intelligence == NOT_GIVEN;
    }

    @Override
    public String toText() {
        return source + "/" + intelligence + handling.map(h -> "/" + h).orElse("") + " (5x5x5)";
    }
}
