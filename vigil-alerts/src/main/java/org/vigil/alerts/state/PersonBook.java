package org.vigil.alerts.state;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vigil.collections.IdIndex;

/**
 * The persons the caller's linkage resolved, interned to small ints, with linkage merges kept as a union-find whose
 * root is always the person merged into. Every other structure may hold a stale index; it resolves it with
 * {@link #find}.
 */
public final class PersonBook {
    private final List<String> ids = new ArrayList<>();
    private final IdIndex index = new IdIndex(ids::get);
    private final List<PersonRecord> records = new ArrayList<>();
    private int[] parent = new int[1024];
    /**
     * Per root, {@link #merges} just after the last merge it took part in (either side), 0 if none: what lets a cache
     * about a few persons outlive merges of others ({@link #mergedSince}).
     */
    private int[] stamp = new int[1024];
    /** How many merges have been made: while it stays the same, every root stays a root. */
    private int merges;
    /**
     * Per root, whether its record has ever named it in a role of a carer or professional or as accused in a referral
     * from the designated officer ({@link #markProfessionalSign}): without either, {@link
     * Suspicion#uncorroboratedProfessional} is false, which the patterns listing a hub's thousands of suspects then
     * know without reading their records.
     */
    private boolean[] professionalSign = new boolean[1024];

    /** The index of person {@code id}, creating it on first sight. */
    public int intern(String id) {
        int known = index.get(id);
        if (known >= 0) {
            return known;
        }
        int p = ids.size();
        ids.add(id);
        records.add(new PersonRecord());
        if (p == parent.length) {
            parent = Arrays.copyOf(parent, p * 2);
            stamp = Arrays.copyOf(stamp, p * 2);
            professionalSign = Arrays.copyOf(professionalSign, p * 2);
        }
        parent[p] = p;
        index.put(id, p);
        return p;
    }

    /** The index of person {@code id}, or -1 if never seen. */
    public int lookup(String id) {
        return index.get(id);
    }

    public int find(int p) {
        int root = p;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[p] != root) {
            int next = parent[p];
            parent[p] = root;
            p = next;
        }
        return root;
    }

    /** The id of the person {@code p} now belongs to. */
    public String id(int p) {
        return ids.get(find(p));
    }

    public PersonRecord record(int p) {
        return records.get(find(p));
    }

    /** Joins {@code other} into {@code into}; returns false if they were already one person. */
    public boolean merge(int into, int other) {
        int a = find(into);
        int b = find(other);
        if (a == b) {
            return false;
        }
        records.get(a).absorb(records.get(b));
        records.set(b, null);
        parent[b] = a;
        professionalSign[a] |= professionalSign[b];
        merges++;
        stamp[a] = merges;
        stamp[b] = merges;
        return true;
    }

    /**
     * Records that the person {@code p} belongs to has a role of a carer or professional or a referral on record: a
     * sign that only ever appears, since neither is ever taken off a record.
     */
    public void markProfessionalSign(int p) {
        professionalSign[find(p)] = true;
    }

    /** Whether {@link #markProfessionalSign} was called for the person {@code p} belongs to, or one merged into it. */
    public boolean hasProfessionalSign(int p) {
        return professionalSign[find(p)];
    }

    /**
     * Whether the person {@code p} belonged to when {@link #merges()} was {@code since} has been merged with another
     * since, on either side. If not, its root then is its root now and its record holds what it held then, whatever
     * other persons were merged meanwhile.
     */
    public boolean mergedSince(int p, int since) {
        return stamp[find(p)] > since;
    }

    /** {@link #mergedSince} for any of {@code persons}. */
    public boolean anyMergedSince(IntList persons, int since) {
        for (int i = 0; i < persons.size(); i++) {
            if (mergedSince(persons.get(i), since)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #mergedSince} for any of {@code persons}. */
    public boolean anyMergedSince(Iterable<Integer> persons, int since) {
        for (int p : persons) {
            if (mergedSince(p, since)) {
                return true;
            }
        }
        return false;
    }

    /** Changes whenever two persons are merged, so that a set of roots taken earlier is known to be still roots. */
    public int merges() {
        return merges;
    }

    public int size() {
        return ids.size();
    }

    /** Every person index that is its own root, in order of first sight. */
    public IntList roots() {
        IntList out = new IntList(ids.size());
        for (int p = 0; p < ids.size(); p++) {
            if (parent[p] == p) {
                out.add(p);
            }
        }
        return out;
    }
}
