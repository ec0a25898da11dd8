package org.vigil.linkage.clustering;

import java.util.Arrays;

/** Union–find over records with each root's members kept as an array. Not thread-safe. */
final class Partition {
    private int[] parent;
    private int[][] members;
    private int[] sizes;

    Partition(int records) {
        parent = new int[Math.max(16, records)];
        members = new int[parent.length][];
        sizes = new int[parent.length];
        for (int i = 0; i < records; i++) {
            add(i);
        }
    }

    void add(int record) {
        if (record >= parent.length) {
            int n = Math.max(record + 1, parent.length * 2);
            parent = Arrays.copyOf(parent, n);
            members = Arrays.copyOf(members, n);
            sizes = Arrays.copyOf(sizes, n);
        }
        parent[record] = record;
        members[record] = new int[] {record};
        sizes[record] = 1;
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    int size(int root) {
        return sizes[root];
    }

    int[] members(int root) {
        return Arrays.copyOf(members[root], sizes[root]);
    }

    /** Joins the clusters of a and b if the guard allows; returns the verdict (JOIN also when already together). */
    ClusterGuard.Verdict tryJoin(int a, int b, PairEvidence evidence, ClusterGuard guard) {
        ClusterGuard.Verdict v = check(a, b, evidence, guard);
        int ra = find(a);
        int rb = find(b);
        if (v == ClusterGuard.Verdict.JOIN && ra != rb) {
            union(ra, rb);
        }
        return v;
    }

    /** What the guard says of joining the clusters of a and b, without joining them (JOIN when already together). */
    ClusterGuard.Verdict check(int a, int b, PairEvidence evidence, ClusterGuard guard) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb || sizes[ra] == 1 && sizes[rb] == 1 && guard.contradictions().isEmpty()) {
            return ClusterGuard.Verdict.JOIN;
        }
        return guard.check(members[ra], sizes[ra], members[rb], sizes[rb], evidence);
    }

    /** Joins two roots; the root with the smaller index survives. Returns the surviving root. */
    int union(int ra, int rb) {
        int keep = Math.min(ra, rb);
        int gone = Math.max(ra, rb);
        int n = sizes[keep] + sizes[gone];
        if (members[keep].length < n) {
            members[keep] = Arrays.copyOf(members[keep], Math.max(n, members[keep].length * 2));
        }
        System.arraycopy(members[gone], 0, members[keep], sizes[keep], sizes[gone]);
        sizes[keep] = n;
        members[gone] = null;
        sizes[gone] = 0;
        parent[gone] = keep;
        return keep;
    }

    Clusters toClusters(int records, long contradicted, long unsupported) {
        int[] dense = new int[records];
        Arrays.fill(dense, -1);
        int[] out = new int[records];
        int next = 0;
        for (int i = 0; i < records; i++) {
            int r = find(i);
            if (dense[r] < 0) {
                dense[r] = next++;
            }
            out[i] = dense[r];
        }
        return new Clusters(out, next, contradicted, unsupported);
    }
}
