package org.vigil.linkage.comparison;

/**
 * One level of a {@link Comparison}.
 *
 * @param label short name used in JSON and waterfalls ({@code exact}, {@code jaro_winkler_0.92})
 * @param description what a pair must satisfy to fall in this level
 * @param isNull whether this is the null level (a value missing: weight 0)
 * @param termFrequencyAdjusted whether an agreement here is weighed by how common the agreed value is
 * @param priorM the m probability used before training (documented prior, not data)
 * @param priorU the u probability used before training
 */
public record ComparisonLevel(String label, String description, boolean isNull, boolean termFrequencyAdjusted,
                              double priorM, double priorU) {

    public ComparisonLevel {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a comparison level needs a label");
        }
        if (!isNull && (!(priorM > 0 && priorM <= 1) || !(priorU > 0 && priorU <= 1))) {
            throw new IllegalArgumentException("prior m and u must be in (0, 1]: " + label + " m=" + priorM + " u=" + priorU);
        }
    }

    static ComparisonLevel nullLevel(String what) {
        return new ComparisonLevel("null", what + " missing on either side", true, false, 1, 1);
    }

    static ComparisonLevel level(String label, String description, double m, double u) {
        return new ComparisonLevel(label, description, false, false, m, u);
    }

    static ComparisonLevel tfLevel(String label, String description, double m, double u) {
        return new ComparisonLevel(label, description, false, true, m, u);
    }
}
