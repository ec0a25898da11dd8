package org.vigil.linkage.clustering;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.linkage.comparison.Comparison;
import org.vigil.linkage.scoring.Scorer;

/** What the guard needs to know about a pair of records: its total weight and whether it contradicts. */
public interface PairEvidence {

    /** Total match weight, prior included. */
    double weight(int a, int b);

    /**
     * The pair's total weight if it is at least {@code floor}, and otherwise any value below {@code floor}: all a
     * threshold test needs, and often far cheaper to find.
     */
    default double weightAtLeast(int a, int b, double floor) {
        return weight(a, b);
    }

    /** Whether the pair is at a level named as a hard contradiction (e.g. dates of birth that disagree). */
    boolean contradicts(int a, int b);

    /**
     * This evidence with only the contradictions that record {@code r} cannot resolve: those on a comparison where
     * {@code r} has no value. A mention with no date of birth cannot tell a father from a son that their dates tell
     * apart; one with an age that fits both is evidence the two are not a generation apart. By default every
     * contradiction (a rule on no one field).
     */
    default PairEvidence unresolvedBy(int r) {
        return this;
    }

    /**
     * Evidence from {@code scorer}; {@code contradictions} names levels as {@code comparison:level}
     * ({@code birth:else}); names the model does not have are ignored.
     */
    static PairEvidence of(Scorer scorer, Set<String> contradictions) {
        List<int[]> veto = new ArrayList<>();
        List<Comparison> cs = scorer.model().comparisons();
        for (int k = 0; k < cs.size(); k++) {
            for (int l = 0; l < cs.get(k).levels().size(); l++) {
                if (contradictions.contains(cs.get(k).name() + ":" + cs.get(k).levels().get(l).label())) {
                    veto.add(new int[] {k, l});
                }
            }
        }
        return of(scorer, veto.toArray(int[][]::new), -1);
    }

    /** Evidence vetoing levels {@code v} ({comparison, level}) on which record {@code silent} (or none: -1) has no value. */
    private static PairEvidence of(Scorer scorer, int[][] v, int silent) {
        return new PairEvidence() {
            @Override
            public double weight(int a, int b) {
                return scorer.weight(a, b);
            }

            @Override
            public double weightAtLeast(int a, int b, double floor) {
                return scorer.weightAtLeast(a, b, floor);
            }

            @Override
            public boolean contradicts(int a, int b) {
                for (int[] kl : v) {
                    if (scorer.level(kl[0], a, b) == kl[1] && (silent < 0 || !scorer.compares(kl[0], silent))) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public PairEvidence unresolvedBy(int r) {
                return of(scorer, v, r);
            }
        };
    }
}
