package org.vigil.alerts.state;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.vigil.alerts.evidence.Vrm;

/**
 * Vehicles, as clusters of the registrations written for them. Compatibility of partial marks is not transitive
 * ({@code R7?2 KLT} fits both {@code R712 KLT} and {@code R732 KLT}), so a cluster is built with one rule: a mark
 * joins a vehicle only if it is {@link Vrm#compatible compatible} with <i>every</i> mark already in it. Hence a
 * vehicle holds at most one complete registration. A complete mark compatible with several partial-only vehicles
 * joins them into one (it resolves them). A partial mark compatible with several vehicles identifies none: it is
 * not used, now or when written again, because in a town of many cars a partial mark fits many of them.
 *
 * <p>Candidates are found through {@link Vrm#blockingKeys()}, so the cost of a new mark does not grow with the
 * number of vehicles.
 */
public final class VehicleBook {
    /** A vehicle: its marks, its complete registration if seen, and its sightings. */
    public static final class Vehicle {
        final IntList marks = new IntList(2);
        int complete = -1;
        /** (concern index {@code << 32}) | person index, for each time a suspect was named with it. */
        public final LongList sightings = new LongList();
    }

    private final Map<String, Integer> index = new HashMap<>();
    private final List<Vrm> marks = new ArrayList<>();
    private final Map<Integer, IntList> blocks = new HashMap<>();
    private final List<Vehicle> vehicles = new ArrayList<>();
    /** Partial marks that fitted two or more vehicles when first seen: they identify none and are not used. */
    private final java.util.BitSet ambiguous = new java.util.BitSet();
    private int[] parent = new int[256];

    /**
     * Records that {@code person} was named with the mark {@code written} in concern {@code concern}. Returns the
     * vehicle (its root mark index), or -1 if the mark says too little. Vehicles joined on the way are added to
     * {@code merges} as {@code {from, into}}.
     */
    public int sight(String written, int concern, int person, List<int[]> merges) {
        Vrm vrm = Vrm.parse(written);
        if (vrm == null) {
            return -1;
        }
        Integer known = index.get(vrm.text());
        if (known != null && ambiguous.get(known)) {
            return -1;
        }
        int root = known != null ? find(known) : place(vrm, merges);
        if (root < 0) {
            return -1;
        }
        vehicles.get(root).sightings.add(((long) concern << 32) | (person & 0xffffffffL));
        return root;
    }

    public int find(int v) {
        int root = v;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[v] != root) {
            int next = parent[v];
            parent[v] = root;
            v = next;
        }
        return root;
    }

    public Vehicle vehicle(int v) {
        return vehicles.get(find(v));
    }

    /** The vehicle's complete registration if known, else the first mark written for it. */
    public String registration(int v) {
        Vehicle vehicle = vehicle(v);
        return marks.get(vehicle.complete >= 0 ? vehicle.complete : vehicle.marks.get(0)).text();
    }

    /** Every mark written for the vehicle, sorted. */
    public List<String> written(int v) {
        TreeSet<String> out = new TreeSet<>();
        IntList m = vehicle(v).marks;
        for (int i = 0; i < m.size(); i++) {
            out.add(marks.get(m.get(i)).text());
        }
        return List.copyOf(out);
    }

    /** How many partial marks were left unused because they fitted several vehicles. */
    public int ambiguousMarks() {
        return ambiguous.cardinality();
    }

    private int place(Vrm vrm, List<int[]> merges) {
        int id = marks.size();
        marks.add(vrm);
        index.put(vrm.text(), id);
        if (id == parent.length) {
            parent = Arrays.copyOf(parent, id * 2);
        }
        parent[id] = id;
        vehicles.add(null);
        int[] keys = vrm.blockingKeys();
        TreeSet<Integer> accepting = new TreeSet<>();
        TreeSet<Integer> checked = new TreeSet<>();
        for (int key : candidateKeys(vrm)) {
            IntList block = blocks.get(key);
            for (int i = 0; block != null && i < block.size(); i++) {
                int other = block.get(i);
                int root = find(other);
                if (!checked.contains(root) && vrm.compatible(marks.get(other))) {
                    checked.add(root);
                    if (fitsAll(vrm, vehicles.get(root))) {
                        accepting.add(root);
                    }
                }
            }
        }
        if (!vrm.complete() && accepting.size() > 1) {
            ambiguous.set(id);
            return -1;
        }
        for (int key : keys) {
            blocks.computeIfAbsent(key, k -> new IntList(2)).add(id);
        }
        int root;
        if (accepting.isEmpty()) {
            root = id;
            vehicles.set(id, new Vehicle());
        } else {
            root = accepting.first();
            parent[id] = root;
            if (vrm.complete()) {
                for (int other : accepting.tailSet(root, false)) {
                    Vehicle from = vehicles.get(other);
                    Vehicle into = vehicles.get(root);
                    into.marks.addAll(from.marks);
                    into.sightings.addAll(from.sightings);
                    vehicles.set(other, null);
                    parent[other] = root;
                    merges.add(new int[] {other, root});
                }
                vehicles.get(root).complete = id;
            }
        }
        vehicles.get(root).marks.add(id);
        return root;
    }

    /**
     * The blocks worth reading for a new mark. A compatible mark shares at least {@link Vrm#SHARED} = 4 seen positions
     * with it, so if the mark's seen positions are split into three parts, two of any four fall in one part: reading
     * only the pairs within parts finds every compatible mark. The split is chosen to leave the biggest blocks (pairs
     * of year digits, pairs of area letters, shared by many cars) between parts, where they need not be read.
     */
    private int[] candidateKeys(Vrm vrm) {
        String s = vrm.chars();
        int n = s.length();
        int[] seen = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) != Vrm.UNSEEN) {
                seen[k++] = i;
            }
        }
        int[][] key = new int[k][k];
        int[][] size = new int[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                key[a][b] = Vrm.pairKey(n, seen[a], s.charAt(seen[a]), seen[b], s.charAt(seen[b]));
                IntList block = blocks.get(key[a][b]);
                size[a][b] = block == null ? 0 : block.size();
                size[b][a] = size[a][b];
            }
        }
        int[] part = new int[k];
        for (int a = 0; a < k; a++) {
            part[a] = a % 3;
        }
        for (int pass = 0; pass < 3; pass++) {
            for (int a = 0; a < k; a++) {
                long[] cost = new long[3];
                for (int b = 0; b < k; b++) {
                    if (b != a) {
                        cost[part[b]] += size[a][b];
                    }
                }
                int best = part[a];
                for (int p = 0; p < 3; p++) {
                    if (cost[p] < cost[best]) {
                        best = p;
                    }
                }
                part[a] = best;
            }
        }
        int[] out = new int[k * (k - 1) / 2];
        int m = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                if (part[a] == part[b] && size[a][b] > 0) {
                    out[m++] = key[a][b];
                }
            }
        }
        return Arrays.copyOf(out, m);
    }

    private boolean fitsAll(Vrm vrm, Vehicle vehicle) {
        for (int i = 0; i < vehicle.marks.size(); i++) {
            if (!vrm.compatible(marks.get(vehicle.marks.get(i)))) {
                return false;
            }
        }
        return true;
    }
}
