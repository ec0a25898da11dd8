package org.vigil.linkage.clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Clusters that grow one record at a time, with the same {@link ClusterGuard} as
 * {@link GuardedClustering}. A cluster's id is the index of its oldest record, so ids are stable: a new
 * record joins an existing cluster under that cluster's id, and when a record bridges clusters the
 * oldest id survives and the others are reported as merged into it. Not thread-safe.
 */
public final class IncrementalClustering {

    /**
     * What adding a record did.
     *
     * @param record the record added
     * @param cluster the id of the cluster it is now in
     * @param merged ids of clusters that were merged into {@code cluster} (empty if none)
     * @param rejected candidate links not followed because the guard refused them
     */
    public record Change(int record, int cluster, List<Integer> merged, int rejected) {
        public Change {
            merged = List.copyOf(merged);
        }

        /** Whether the record started a cluster of its own. */
        public boolean isNewCluster() {
            return cluster == record;
        }
    }

    private final Partition partition = new Partition(0);
    /** For each cluster root: records that some member must never share a cluster with, or null. */
    private int[][] apartOf = new int[16][];
    private int[] apartSizes = new int[16];
    private final ClusterGuard guard;
    private final PairEvidence evidence;
    private int records;

    public IncrementalClustering(ClusterGuard guard, PairEvidence evidence) {
        this.guard = guard;
        this.evidence = evidence;
    }

    /**
     * Adds {@code record} (the next index, 0, 1, 2, ...) with its links to earlier records
     * ({@code others[i]}, total weight {@code weights[i]}), strongest first.
     */
    public Change add(int record, int[] others, double[] weights) {
        return add(record, others, weights, new int[0]);
    }

    /**
     * As {@link #add(int, int[], double[])}, and the record never shares a cluster with any of the earlier
     * records {@code apart} (for mentions: the other people named in the same report), now or after any later
     * join: each cluster keeps the records its members must stay apart from, and a join that would bring one
     * of them in is refused.
     */
    public Change add(int record, int[] others, double[] weights, int[] apart) {
        if (record != records) {
            throw new IllegalArgumentException("records must be added in index order: expected " + records + ", got " + record);
        }
        partition.add(record);
        records++;
        if (record >= apartOf.length) {
            apartOf = Arrays.copyOf(apartOf, Math.max(record + 1, apartOf.length * 2));
            apartSizes = Arrays.copyOf(apartSizes, apartOf.length);
        }
        for (int x : apart) {
            if (x >= 0 && x < record) {
                addApart(record, x);
                addApart(partition.find(x), record);
            }
        }
        double linkBits = org.vigil.linkage.model.MatchWeight.fromProbability(guard.threshold()).bits();
        // Only links can join; sort those alone, strongest first (ties in input order).
        int links = 0;
        for (double w : weights) {
            if (w >= linkBits) {
                links++;
            }
        }
        Integer[] order = new Integer[links];
        for (int i = 0, j = 0; i < others.length; i++) {
            if (weights[i] >= linkBits) {
                order[j++] = i;
            }
        }
        Arrays.sort(order, (x, y) -> Double.compare(weights[y], weights[x]));
        List<Integer> merged = new ArrayList<>();
        int rejected = 0;
        for (int i : order) {
            if (weights[i] < linkBits || others[i] >= record || others[i] < 0) {
                continue;
            }
            int before = partition.find(record);
            int target = partition.find(others[i]);
            if (before == target) {
                continue;
            }
            if (keptApart(before, target) || keptApart(target, before)) {
                rejected++;
                continue;
            }
            ClusterGuard.Verdict v = partition.tryJoin(record, others[i], evidence, guard);
            if (v != ClusterGuard.Verdict.JOIN) {
                rejected++;
                continue;
            }
            // Report an existing cluster absorbed into another (not the new record's singleton).
            int after = partition.find(record);
            int gone = after == target ? before : target;
            for (int j = 0; j < apartSizes[gone]; j++) {
                addApart(after, apartOf[gone][j]);
            }
            apartOf[gone] = null;
            apartSizes[gone] = 0;
            int absorbed = after == target ? before : target;
            if (absorbed != record) {
                merged.add(absorbed);
            }
        }
        return new Change(record, partition.find(record), merged, rejected);
    }

    /** Whether the clusters of records {@code a} and {@code b} must stay apart, as records asked to be when added. */
    public boolean mustStayApart(int a, int b) {
        int ra = partition.find(a);
        int rb = partition.find(b);
        return ra != rb && (keptApart(ra, rb) || keptApart(rb, ra));
    }

    /** Whether a member of cluster {@code root} must stay apart from a member of cluster {@code other}. */
    private boolean keptApart(int root, int other) {
        int[] xs = apartOf[root];
        for (int j = 0; j < apartSizes[root]; j++) {
            if (partition.find(xs[j]) == other) {
                return true;
            }
        }
        return false;
    }

    private void addApart(int root, int x) {
        int[] xs = apartOf[root];
        int n = apartSizes[root];
        if (xs == null) {
            xs = new int[2];
        } else if (n == xs.length) {
            xs = Arrays.copyOf(xs, n * 2);
        }
        xs[n] = x;
        apartOf[root] = xs;
        apartSizes[root] = n + 1;
    }

    /** The number of records in {@code record}'s cluster. */
    public int sizeOf(int record) {
        return partition.size(partition.find(record));
    }

    /** The id of {@code record}'s cluster (the index of its oldest record). */
    public int clusterOf(int record) {
        return partition.find(record);
    }

    /** The records of the cluster containing {@code record}, ascending. */
    public int[] members(int record) {
        int[] m = partition.members(partition.find(record));
        Arrays.sort(m);
        return m;
    }

    public int size() {
        return records;
    }
}
