package org.vigil.linkage.clustering;

import java.util.Set;
import org.vigil.linkage.model.MatchWeight;

/**
 * The rule deciding whether a link may join two clusters (see the package documentation).
 *
 * @param threshold probability at or above which a pair is a link
 * @param minSupport share of cross pairs that must be links, in [0, 1]
 * @param vetoProbability a cross pair below this probability forbids the join
 * @param maxChecks most cross pairs examined per join; larger joins are checked on an even sample
 * @param contradictions levels ({@code comparison:level}) that forbid a join whatever the weight: by
 *        default {@code birth:else} (dates of birth or ages that disagree beyond a typo, a day/month swap
 *        or an estimate's tolerance) and {@code sex:else}
 * @param supportProbability a cross pair at or above this probability counts as support; by default the
 *        threshold (every supporting pair is a link). Mentions that carry one or two fields each rarely
 *        reach the threshold against each other even when they are one person, so Vigil's mention guard
 *        counts a pair as support when its evidence is for the join (probability at least 0.01, fifty
 *        times its prior)
 */
public record ClusterGuard(double threshold, double minSupport, double vetoProbability, int maxChecks,
                           Set<String> contradictions, double supportProbability) {

    /** Hard contradictions by default: a date of birth and a sex do not change. */
    public static final Set<String> DEFAULT_CONTRADICTIONS = Set.of("birth:else", "sex:else");

    public ClusterGuard {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
        }
        if (!(minSupport >= 0 && minSupport <= 1)) {
            throw new IllegalArgumentException("minSupport must be in [0, 1]: " + minSupport);
        }
        if (!(vetoProbability >= 0 && vetoProbability < threshold)) {
            throw new IllegalArgumentException("vetoProbability must be in [0, threshold): " + vetoProbability);
        }
        if (maxChecks < 1) {
            throw new IllegalArgumentException("maxChecks must be positive: " + maxChecks);
        }
        contradictions = Set.copyOf(contradictions);
        if (!(supportProbability > 0 && supportProbability <= threshold)) {
            throw new IllegalArgumentException("supportProbability must be in (0, threshold]: " + supportProbability);
        }
    }

    /** A guard whose supporting pairs are links (support probability = threshold). */
    public ClusterGuard(double threshold, double minSupport, double vetoProbability, int maxChecks, Set<String> contradictions) {
        this(threshold, minSupport, vetoProbability, maxChecks, contradictions, threshold);
    }

    /** This guard with cross pairs counted as support from probability {@code p} (at most the threshold). */
    public ClusterGuard withSupportProbability(double p) {
        return new ClusterGuard(threshold, minSupport, vetoProbability, maxChecks, contradictions, p);
    }

    /** This guard with another share of supporting cross pairs required. */
    public ClusterGuard withMinSupport(double share) {
        return new ClusterGuard(threshold, share, vetoProbability, maxChecks, contradictions, supportProbability);
    }

    /** This guard with another veto probability (0: no veto by weight). */
    public ClusterGuard withVetoProbability(double p) {
        return new ClusterGuard(threshold, minSupport, p, maxChecks, contradictions, supportProbability);
    }

    /** Threshold {@code threshold}, support 0.5, veto 0.001, the default contradictions, at most 400 checks. */
    public static ClusterGuard defaults(double threshold) {
        return new ClusterGuard(threshold, 0.5, Math.min(0.001, threshold / 2), 400, DEFAULT_CONTRADICTIONS);
    }

    /** No guard: connected components of the links. */
    public static ClusterGuard none(double threshold) {
        return new ClusterGuard(threshold, 0, 0, 1, Set.of());
    }

    /** Whether this guard checks anything. */
    public boolean isNone() {
        return minSupport == 0 && vetoProbability == 0 && contradictions.isEmpty();
    }

    /** The outcome of a check. */
    public enum Verdict { JOIN, CONTRADICTED, UNSUPPORTED }

    /** Whether clusters with members {@code xs[0..xn)} and {@code ys[0..yn)} may join. */
    public Verdict check(int[] xs, int xn, int[] ys, int yn, PairEvidence evidence) {
        if (isNone()) {
            return Verdict.JOIN;
        }
        long cross = (long) xn * yn;
        long stride = Math.max(1, (cross + maxChecks - 1) / maxChecks);
        double linkBits = MatchWeight.fromProbability(supportProbability).bits();
        double vetoBits = vetoProbability > 0 ? MatchWeight.fromProbability(vetoProbability).bits() : Double.NEGATIVE_INFINITY;
        // Both tests compare with a threshold: below the lower of the two, the weight itself does not matter.
        double floor = Math.min(linkBits, vetoBits);
        floor = floor == Double.NEGATIVE_INFINITY ? linkBits : floor;
        long checked = 0;
        long links = 0;
        for (long c = 0; c < cross; c += stride) {
            int x = xs[(int) (c / yn)];
            int y = ys[(int) (c % yn)];
            if (!contradictions.isEmpty() && evidence.contradicts(x, y)) {
                return Verdict.CONTRADICTED;
            }
            double w = evidence.weightAtLeast(x, y, floor);
            if (w < vetoBits) {
                return Verdict.CONTRADICTED;
            }
            checked++;
            if (w >= linkBits) {
                links++;
            }
        }
        return links >= minSupport * checked ? Verdict.JOIN : Verdict.UNSUPPORTED;
    }
}
