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
        if (record != records) {
            throw new IllegalArgumentException("records must be added in index order: expected " + records + ", got " + record);
        }
        partition.add(record);
        records++;
        Integer[] order = new Integer[others.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(weights[y], weights[x]));
        double linkBits = org.vigil.linkage.model.MatchWeight.fromProbability(guard.threshold()).bits();
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
            ClusterGuard.Verdict v = partition.tryJoin(record, others[i], evidence, guard);
            if (v != ClusterGuard.Verdict.JOIN) {
                rejected++;
                continue;
            }
            // Report an existing cluster absorbed into another (not the new record's singleton).
            int after = partition.find(record);
            int absorbed = after == target ? before : target;
            if (absorbed != record) {
                merged.add(absorbed);
            }
        }
        return new Change(record, partition.find(record), merged, rejected);
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
