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
    /** Bits within which two links of a record are equally strong for {@link #torn}; 0: no such rule. */
    private final double ambiguousWithin;
    private int records;

    public IncrementalClustering(ClusterGuard guard, PairEvidence evidence) {
        this(guard, evidence, 0);
    }

    /**
     * As {@link #IncrementalClustering(ClusterGuard, PairEvidence)}, and a record whose strongest links, within
     * {@code ambiguousWithin} bits of each other, go to records of two clusters that contradict each other where the
     * record says nothing joins none of them: it is equally close to two people the evidence keeps apart, a father and
     * a son of one name and address told apart by their dates of birth, and joining either would file it under a man
     * it may not be about. A link that tells them apart by more (a phone of one, a date of birth that contradicts the
     * other) is followed as before. 0: no such rule.
     */
    public IncrementalClustering(ClusterGuard guard, PairEvidence evidence, double ambiguousWithin) {
        if (!(ambiguousWithin >= 0)) {
            throw new IllegalArgumentException("ambiguousWithin must be 0 or more bits: " + ambiguousWithin);
        }
        this.guard = guard;
        this.evidence = evidence;
        this.ambiguousWithin = ambiguousWithin;
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
        if (ambiguousWithin > 0 && twoClusters(record, others, order) && torn(record, others, weights, order)) {
            return new Change(record, record, List.of(), order.length);
        }
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

    /**
     * Whether two of {@code record}'s links ({@code order}: indices into {@code others}, strongest first) within
     * {@link #ambiguousWithin} bits of the strongest it may join go to records of two clusters that contradict each
     * other on a comparison where the record has no value ({@link PairEvidence#unresolvedBy}). Links to a cluster the
     * record could not join (a contradiction, its companions) are no rivals. Clusters kept apart only because two of
     * their records were named side by side are no rivals either: on the towns that cost more recall than it gained
     * precision (docs/decisions/linkage-mentions.md, "A mention as close to two people kept apart").
     */
    private boolean torn(int record, int[] others, double[] weights, Integer[] order) {
        PairEvidence unresolved = evidence.unresolvedBy(record);
        int[] near = new int[order.length];
        int[] roots = new int[order.length];
        int n = 0;
        int[] refused = new int[order.length];
        int r = 0;
        double top = Double.NaN;
        for (int i : order) {
            if (others[i] >= record || others[i] < 0) {
                continue;
            }
            if (top - weights[i] > ambiguousWithin) { // the difference, as "within" reads: 3.7 and 0.7 are 3 apart
                break;
            }
            int root = partition.find(others[i]);
            if (contains(refused, r, root)) {
                continue;
            }
            if (!contains(roots, n, root) && verdict(record, root) != ClusterGuard.Verdict.JOIN) {
                refused[r++] = root;
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (roots[j] != root && unresolved.contradicts(near[j], others[i])) {
                    return true;
                }
            }
            if (n == 0) {
                top = weights[i];
            }
            near[n] = others[i];
            roots[n++] = root;
        }
        return false;
    }

    /** Whether some two of the record's links go to different clusters: else there is nothing to weigh. */
    private boolean twoClusters(int record, int[] others, Integer[] order) {
        int first = -1;
        for (int i : order) {
            if (others[i] >= 0 && others[i] < record) {
                int root = partition.find(others[i]);
                if (first >= 0 && root != first) {
                    return true;
                }
                first = root;
            }
        }
        return false;
    }

    /** The guard's verdict on joining the clusters of {@code a} and {@code b}; CONTRADICTED when asked to stay apart. */
    private ClusterGuard.Verdict verdict(int a, int b) {
        int ra = partition.find(a);
        int rb = partition.find(b);
        return keptApart(ra, rb) || keptApart(rb, ra) ? ClusterGuard.Verdict.CONTRADICTED
                : partition.check(ra, rb, evidence, guard);
    }

    private static boolean contains(int[] xs, int n, int x) {
        for (int i = 0; i < n; i++) {
            if (xs[i] == x) {
                return true;
            }
        }
        return false;
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
