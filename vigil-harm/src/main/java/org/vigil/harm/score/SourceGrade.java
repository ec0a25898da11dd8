package org.vigil.harm.score;

/**
 * 3x5x2 source evaluation (College of Policing APP, Intelligence management), with the confidence
 * factor Vigil gives it. The spread is deliberately narrow: an untested source, which is what a child
 * disclosing to a youth worker usually is, must not be discounted into invisibility.
 */
public enum SourceGrade {
    RELIABLE("1", 1.0),
    UNTESTED("2", 0.8),
    NOT_RELIABLE("3", 0.6);

    private final String code;
    private final double confidence;

    SourceGrade(String code, double confidence) {
        this.code = code;
        this.confidence = confidence;
    }

    public String code() {
        return code;
    }

    public double confidence() {
        return confidence;
    }

    public static SourceGrade parse(String code) {
        for (SourceGrade g : values()) {
            if (g.code.equals(code == null ? null : code.strip())) {
                return g;
            }
        }
        throw new IllegalArgumentException("not a 3x5x2 source grade: '" + code + "' (expected 1, 2 or 3)");
    }
}
