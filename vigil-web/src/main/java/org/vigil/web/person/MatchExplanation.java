package org.vigil.web.person;

import java.util.List;

/**
 * Why two mentions are one person: the probability linkage gave the pair, its match weight (log2 Bayes factor)
 * and a line per comparison, e.g. {@code "surname: Jaro-Winkler >= 0.92, +6.1"}.
 */
public record MatchExplanation(String left, String right, double probability, double matchWeight,
                               List<String> parts) {
    public MatchExplanation {
        parts = List.copyOf(parts);
    }
}
