package org.vigil.linkage.incremental;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.vigil.linkage.clustering.IncrementalClustering;
import org.vigil.linkage.explain.Waterfall;
import org.vigil.linkage.scoring.Scorer;

/**
 * Links a new record to a cluster whose own records make its values look common. A term-frequency adjustment counts
 * every record holding a value, so once one entity holds a large share of the index (a youth worker named as reporter
 * in every report of her project, a man in hundreds of reports with one phone), its name and phone weigh little and
 * its next record links to none of its records. Here the value's frequency is taken among the records of other
 * clusters ({@link Scorer#weightAmongOthers}): how often someone else holds it. Two namesakes still find their name
 * common, since each counts the other's records.
 *
 * <p>Only clusters of at least {@link #MIN_RECORDS} records with a candidate among the new record's are scored again,
 * and of each only its {@link #PER_CLUSTER} newest candidates that could reach a link were their values held by no
 * other record ({@link Scorer#mostAmongOthers}), before the cluster's records are counted. A join still goes through
 * the guard.
 */
final class AmongOthers {
    /**
     * Smaller clusters are not scored again: taking a few records out of a value's count moves its smoothed frequency
     * little, and most persons have fewer mentions than this, so an ordinary add does no more work.
     */
    static final int MIN_RECORDS = 32;
    /** Candidates of one cluster scored again: its records agree alike, so the newest few settle it. */
    static final int PER_CLUSTER = 3;
    /** At most this many of a cluster's records, the newest, are read to count its holders of a value; more are scaled. */
    static final int MAX_FELLOWS = 1024;

    private final Scorer scorer;
    private final IncrementalClustering clustering;
    /**
     * One bit per record: whether its cluster has at least {@link #MIN_RECORDS} records. Clusters only grow, so a record
     * once in one stays in one. Nearly every candidate of a record that links to nothing is tested, and the union–find
     * read at a random place in megabytes cost more than the rest of this class; the bits of a million records fit in
     * a cache.
     */
    private long[] large = new long[16];

    AmongOthers(Scorer scorer, IncrementalClustering clustering) {
        this.scorer = scorer;
        this.clustering = clustering;
    }

    /** What a cluster's records say about the values they share with one record. */
    private record Fellows(int root, int[][] counts, double scale) {
    }

    /**
     * For each cluster of at least {@link #MIN_RECORDS} records among {@code others[0..n)}, the candidates of
     * {@code record}, scores its newest candidates again with frequencies among other clusters, and raises the weight
     * of the first that reaches {@code linkBits} and {@code identifies} the record. {@code priorShift} is added to the
     * model's prior, as for the record's pairs. Returns the candidates raised.
     */
    int[] raise(int record, int[] others, double[] weights, int n, double linkBits, double priorShift,
                IntPredicate identifies) {
        int[] raised = new int[0];
        int[] roots = new int[n];
        int[] tried = new int[n];
        boolean[] linked = new boolean[n];
        Fellows[] fellows = new Fellows[n];
        int seen = 0;
        for (int i = 0; i < n; i++) {
            int c = others[i];
            if (!applies(c) || scorer.reach(record, c) + priorShift < linkBits
                    || scorer.mostAmongOthers(record, c) + priorShift < linkBits) {
                continue;
            }
            int root = clustering.clusterOf(c);
            int j = 0;
            while (j < seen && roots[j] != root) {
                j++;
            }
            if (j == seen) {
                roots[seen++] = root;
            }
            if (linked[j] || tried[j] == PER_CLUSTER) {
                continue;
            }
            tried[j]++;
            if (fellows[j] == null) {
                fellows[j] = fellowsOf(record, c);
            }
            double w = scorer.weightAmongOthers(record, c, fellows[j].counts(), true, fellows[j].scale()) + priorShift;
            if (w >= linkBits && identifies.test(c)) {
                weights[i] = w;
                linked[j] = true;
                raised = Arrays.copyOf(raised, raised.length + 1);
                raised[raised.length - 1] = i;
            }
        }
        return raised;
    }

    /** Whether pairs with {@code record} are weighed among others: its cluster has at least {@link #MIN_RECORDS}. */
    boolean applies(int record) {
        int w = record >>> 6;
        return w < large.length && (large[w] & 1L << record) != 0;
    }

    /**
     * Record {@code record}'s add ended with it in the cluster rooted at {@code root}, which absorbed {@code merged}:
     * marks the records of a cluster that has just reached {@link #MIN_RECORDS}, or the ones it has just taken in.
     */
    void joined(int record, int root, List<Integer> merged) {
        if (clustering.sizeOf(root) < MIN_RECORDS) {
            return;
        }
        if (applies(root) && merged.isEmpty()) {
            mark(record);
            return;
        }
        for (int m : clustering.members(root)) {
            mark(m);
        }
    }

    private void mark(int record) {
        int w = record >>> 6;
        if (w >= large.length) {
            large = Arrays.copyOf(large, Math.max(w + 1, large.length * 2));
        }
        large[w] |= 1L << record;
    }

    /** The pair step by step, frequencies counted without the other records of {@code cluster}'s cluster (a's or b's). */
    Waterfall explain(int a, int b, int cluster) {
        Fellows f = fellowsOf(a, cluster);
        return scorer.explain(a, b, f.counts(), clustering.clusterOf(b) == f.root(), f.scale());
    }

    /** The level counts of {@code record} against the newest {@link #MAX_FELLOWS} records of {@code member}'s cluster. */
    private Fellows fellowsOf(int record, int member) {
        int[] members = clustering.members(member);
        int from = Math.max(0, members.length - MAX_FELLOWS);
        return new Fellows(clustering.clusterOf(member), scorer.levelCounts(record, members, from, members.length),
                (double) members.length / (members.length - from));
    }
}
