package org.vigil.bench.linkage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Ground truth of FEBRL files: {@code rec-<N>-org} and {@code rec-<N>-dup-<k>} are the same person N. */
final class FebrlTruth {
    private FebrlTruth() {
    }

    static String entity(String recId) {
        String[] p = recId.trim().split("-");
        return p.length > 1 ? p[1] : recId;
    }

    /** Precision, recall and F1 of predicted cross pairs {left id, right id} for FEBRL4 (5,000 true pairs). */
    static double[] quality(List<String[]> pairs, long truePairs) {
        Set<String> seen = new HashSet<>();
        long tp = 0;
        long predicted = 0;
        for (String[] p : pairs) {
            if (!seen.add(p[0] + "|" + p[1])) {
                continue;
            }
            predicted++;
            if (entity(p[0]).equals(entity(p[1]))) {
                tp++;
            }
        }
        double precision = predicted == 0 ? 1 : (double) tp / predicted;
        double recall = (double) tp / truePairs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1, tp, predicted};
    }

    static List<String[]> readPairs(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",")).map(a -> new String[] {a[0], a[1]}).toList();
    }
}
