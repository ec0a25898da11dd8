package org.vigil.linkage.blocking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Blocking recall against ground truth: the share of true matching pairs that some rule makes
 * candidates. A pair outside every block is never scored, so recall here bounds recall overall.
 *
 * @param truePairs true matching pairs (within the table, or across for a linkage)
 * @param reached those that are candidate pairs
 * @param candidatePairs all candidate pairs
 */
public record BlockingRecall(long truePairs, long reached, long candidatePairs) {

    public double recall() {
        return truePairs == 0 ? 1 : (double) reached / truePairs;
    }

    /**
     * Measures recall of {@code pairs} against {@code entity}, the ground-truth entity key of each record:
     * records with equal keys are the same person ({@code null}: unknown, never a true pair).
     */
    public static BlockingRecall measure(BlockedPairs pairs, String[] entity, int threads) {
        long truth = 0;
        long reached = 0;
        Map<String, List<Integer>> byEntity = new HashMap<>();
        for (int i = 0; i < entity.length; i++) {
            if (entity[i] != null) {
                byEntity.computeIfAbsent(entity[i], k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> members : byEntity.values()) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int a = members.get(x);
                    int b = members.get(y);
                    if (pairs.isLinkage() && !crossesSources(pairs, a, b)) {
                        continue;
                    }
                    truth++;
                    if (pairs.isCandidate(a, b)) {
                        reached++;
                    }
                }
            }
        }
        return new BlockingRecall(truth, reached, pairs.count(threads));
    }

    private static boolean crossesSources(BlockedPairs pairs, int a, int b) {
        return pairs.isLeft(a) != pairs.isLeft(b);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "blocking recall %.4f (%d of %d true pairs; %d candidate pairs)", recall(), reached, truePairs,
                candidatePairs);
    }
}
