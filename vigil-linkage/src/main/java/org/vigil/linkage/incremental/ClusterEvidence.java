package org.vigil.linkage.incremental;

import java.util.Arrays;
import org.vigil.linkage.clustering.IncrementalClustering;
import org.vigil.linkage.scoring.Scorer;

/**
 * Links a new record to a cluster on the evidence of the cluster as a whole, when no single member is enough: a
 * nickname-only mention with a car, "Doc, YC56 GBU", against a man written once "Doc" (alias of "Dean") and once
 * "Dean, YC5? ?BU". Neither pair reaches the threshold; the nickname agrees with one mention and the
 * registration with another. For each comparison the cluster counts its member that agrees best with the record
 * (each field once, as in a pair), and the sum with the prior must reach the threshold, agree on an identifying
 * field, and come from a cluster of which at least the guard's share of members already supports the record
 * (probability at least the guard's support probability). The join then goes through the guard like any other,
 * so a cluster whose members mostly disagree with the record is never joined.
 */
final class ClusterEvidence {
    /** At most this many members, the most recent, are read for a cluster's evidence. */
    static final int MAX_MEMBERS = 64;

    private final Scorer scorer;
    private final IncrementalClustering clustering;
    private final int[] identifying;
    private final double minSupport;
    private final double prior;
    private final double supportBits;

    ClusterEvidence(Scorer scorer, IncrementalClustering clustering, int[] identifying, double minSupport,
                    double supportBits) {
        this.scorer = scorer;
        this.clustering = clustering;
        this.identifying = identifying;
        this.minSupport = minSupport;
        this.prior = scorer.model().prior().bits();
        this.supportBits = supportBits;
    }

    /**
     * For each cluster that the pairs alone do not link to {@code record} but whose evidence does, raises the
     * weight of its best candidate to the cluster's weight. {@code others[0..n)} are the record's candidates and
     * {@code weights} what clustering will see, links at {@code linkBits} or above. Only candidates of clusters
     * that have at least the guard's share of their members among the candidates are scored again, against the
     * support floor: no other cluster can qualify. {@code priorShift} is added to the model's prior, as for the
     * record's pairs ({@link LinkageIndex.Options#withPriorFallingFrom}). Returns the candidates raised.
     */
    int[] raise(int record, int[] others, double[] weights, int n, double linkBits, double priorShift) {
        // A cluster can qualify only if at least its share of members are candidates: group candidates by cluster
        // (root in the high half, candidate in the low) and score only those of such clusters.
        long[] byRoot = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (clustering.sizeOf(others[i]) >= 2) {
                byRoot[m++] = (long) clustering.clusterOf(others[i]) << 32 | i;
            }
        }
        Arrays.sort(byRoot, 0, m);
        Scorer.Candidates scoring = null;
        double[] exact = new double[n];
        Arrays.fill(exact, Double.NEGATIVE_INFINITY);
        int[] roots = new int[n];
        Arrays.fill(roots, -1);
        int supporting = 0;
        for (int from = 0; from < m; ) {
            int root = (int) (byRoot[from] >>> 32);
            int to = from;
            while (to < m && (int) (byRoot[to] >>> 32) == root) {
                to++;
            }
            if (to - from >= minSupport * clustering.sizeOf(root)) {
                for (int j = from; j < to; j++) {
                    int i = (int) byRoot[j];
                    if (scoring == null) {
                        scoring = scorer.candidatesOf(record, supportBits);
                    }
                    exact[i] = scoring.weight(others[i]);
                    if (exact[i] >= supportBits) {
                        roots[i] = root;
                        supporting++;
                    }
                }
            }
            from = to;
        }
        if (supporting == 0) {
            return new int[0];
        }
        int[] linked = new int[n];
        int nl = 0;
        for (int i = 0; i < n; i++) {
            if (weights[i] >= linkBits) {
                linked[nl++] = clustering.clusterOf(others[i]);
            }
        }
        int[] raised = new int[0];
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            int root = roots[i];
            if (root < 0 || done[i]) {
                continue;
            }
            int best = i;
            int support = 0;
            for (int j = i; j < n; j++) {
                if (roots[j] == root) {
                    done[j] = true;
                    support++;
                    if (exact[j] > exact[best]) {
                        best = j;
                    }
                }
            }
            int size = clustering.sizeOf(root);
            if (size < 2 || support < minSupport * size || contains(linked, nl, root)) {
                continue;
            }
            double w = weightAgainst(record, clustering.members(root)) + priorShift;
            if (w >= linkBits) {
                weights[best] = w;
                raised = Arrays.copyOf(raised, raised.length + 1);
                raised[raised.length - 1] = best;
            }
        }
        return raised;
    }

    /**
     * The record's weight against a cluster: the prior and, for each comparison, the best a member gives; minus
     * infinity unless some member agrees with it on an identifying comparison.
     */
    private double weightAgainst(int record, int[] members) {
        int from = Math.max(0, members.length - MAX_MEMBERS);
        double w = prior;
        for (int k = 0; k < scorer.comparisons(); k++) {
            if (!scorer.compares(k, record)) {
                continue; // null against every member: adds nothing
            }
            double most = Double.NEGATIVE_INFINITY;
            for (int m = from; m < members.length; m++) {
                most = Math.max(most, scorer.contribution(k, members[m], record));
            }
            w += most;
        }
        for (int k : identifying) {
            if (!scorer.compares(k, record)) {
                continue;
            }
            for (int m = from; m < members.length; m++) {
                int l = scorer.level(k, members[m], record);
                if (l != 0 && scorer.model().weight(k, l) > 0) {
                    return w;
                }
            }
        }
        return identifying.length == 0 ? w : Double.NEGATIVE_INFINITY;
    }

    private static boolean contains(int[] xs, int n, int x) {
        for (int i = 0; i < n; i++) {
            if (xs[i] == x) {
                return true;
            }
        }
        return false;
    }
}
