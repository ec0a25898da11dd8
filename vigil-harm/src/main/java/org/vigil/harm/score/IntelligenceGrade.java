package org.vigil.harm.score;

import java.util.Locale;

/**
 * 3x5x2 intelligence assessment (College of Policing APP), with the confidence factor Vigil gives it.
 * Only E, suspected to be false, discounts heavily; "not known" (D) keeps most of the harm because
 * it is how most first accounts of exploitation arrive.
 */
public enum IntelligenceGrade {
    KNOWN_DIRECTLY("A", 1.0),
    KNOWN_INDIRECTLY_CORROBORATED("B", 0.9),
    KNOWN_INDIRECTLY("C", 0.8),
    NOT_KNOWN("D", 0.7),
    SUSPECTED_FALSE("E", 0.3);

    private final String code;
    private final double confidence;

    IntelligenceGrade(String code, double confidence) {
        this.code = code;
        this.confidence = confidence;
    }

    public String code() {
        return code;
    }

    public double confidence() {
        return confidence;
    }

    public static IntelligenceGrade parse(String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        for (IntelligenceGrade g : values()) {
            if (g.code.equals(wanted)) {
                return g;
            }
        }
        throw new IllegalArgumentException("not a 3x5x2 intelligence grade: '" + code + "' (expected A to E)");
    }
}
