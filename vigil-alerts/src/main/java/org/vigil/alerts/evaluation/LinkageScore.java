package org.vigil.alerts.evaluation;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise quality of a mention→person assignment against the truth: of all pairs of mentions put in one person,
 * the share that truly are one person (precision); of all pairs that truly are one person, the share put together
 * (recall); and their harmonic mean (F1). Counted from the contingency table, never by enumerating pairs.
 */
public record LinkageScore(long predictedPairs, long truePairs, long correctPairs, double precision, double recall,
        double f1) {

    public static LinkageScore of(Map<String, String> assignment, Map<String, String> truth) {
        Map<String, Long> predicted = new HashMap<>();
        Map<String, Long> actual = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String assigned = assignment.get(e.getKey());
            if (assigned == null) {
                throw new IllegalArgumentException("the assignment has no person for mention " + e.getKey());
            }
            predicted.merge(assigned, 1L, Long::sum);
            actual.merge(e.getValue(), 1L, Long::sum);
            both.merge(assigned + "\u0000" + e.getValue(), 1L, Long::sum);
        }
        long p = pairs(predicted);
        long t = pairs(actual);
        long c = pairs(both);
        double precision = p == 0 ? 1 : (double) c / p;
        double recall = t == 0 ? 1 : (double) c / t;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new LinkageScore(p, t, c, precision, recall, f1);
    }

    private static long pairs(Map<String, Long> sizes) {
        long sum = 0;
        for (long n : sizes.values()) {
            sum += n * (n - 1) / 2;
        }
        return sum;
    }
}
