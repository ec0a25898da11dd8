package org.vigil.alerts.state;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Adults tied to each other through exploitation evidence, as a union-find over person indices. Two adults named as
 * suspects in exploitation evidence are tied when they are named together, or named about the same child, with the
 * same phone, with the same vehicle, or at the same place; ties are only ever made by suspect mentions, so reporters,
 * witnesses and carers never join a network. A tie through a child is made with its <i>anchor</i>, the first
 * suspect seen with that child; a tie through a phone, vehicle or address with the last suspect seen with it.
 *
 * <p>A phone, vehicle or address ties two adults only if they were named with it within {@link #WINDOW} of each
 * other: numbers are reissued and cars sold, so the same number twelve years apart says little.
 *
 * <p>A phone, vehicle or place ties at most {@value #HUB} adults. Beyond that it is a hub (a busy takeaway, a taxi
 * office, a firm's phone) that many people use for their own reasons: its recurring is the business of the
 * {@code place} and {@code vehicle} alerts, and it stops being evidence that everyone there knows each other. A
 * child ties any number: a child passed from man to man is the pattern itself.
 *
 * <p>A network grows to at most {@value #MAX_MEMBERS} adults; a tie that would join two networks into a bigger one
 * is not made, and both carry on apart. Groups tried together in the English exploitation cases were a handful to a
 * few dozen men, and a chain past that is made by identities, not by a group: one man's name shared by two (a
 * linkage merge), or one child's. Unbounded, such chains glued a town's networks into one of hundreds of men, whose
 * alert said nothing an analyst could use and was rebuilt at every report.
 */
public final class NetworkBook {
    /** A connected group of suspects and what ties it. */
    public static final class Component {
        final long created;
        public final IntList members = new IntList(2);
        /** Report (root concern) indices. */
        public final TreeSet<Integer> reports = new TreeSet<>();
        /** The same reports in the order they joined the component, so that a reader can read only what is new. */
        public final IntList log = new IntList(4);
        /** Counts the amendments to the component's reports, which change what their current versions allege. */
        public int amendments;
        /** Child person indices (possibly stale: resolve with {@link PersonBook#find}). */
        public final TreeSet<Integer> children = new TreeSet<>();
        /** The agencies of those reports. */
        public final TreeSet<String> agencies = new TreeSet<>();
        /** Kinds of tie, e.g. "sharing vehicle R712 KLT", with how many times each tied two adults. */
        public final TreeMap<String, Integer> ties = new TreeMap<>();
        /**
         * Changes whenever the component gains a member, a child (as first recorded), an agency or a kind of tie: what a
         * {@code network} alert's evidence is made of. Reports alone do not change it.
         */
        public int version;
        /** Members since found by linkage to be another member: they no longer count towards the network's size. */
        int merged;

        /** How many distinct adults the network holds. */
        int adults() {
            return members.size() - merged;
        }

        Component(long created) {
            this.created = created;
        }
    }

    private final Map<Integer, Integer> parent = new HashMap<>();
    private final Map<Integer, Component> components = new HashMap<>();
    private final Map<Integer, Integer> childAnchor = new HashMap<>();
    /** Phone, vehicle or address to the last suspect seen with it and when: {person, epoch second}. */
    private final Map<Object, long[]> lastSeen = new HashMap<>();
    /** The most adults one phone, vehicle or place ties together. */
    public static final int HUB = 8;
    /** The most adults one network holds; see the class comment. */
    public static final int MAX_MEMBERS = 50;
    /** How far apart in event time two sightings of a phone, vehicle or address may be and still tie. */
    public static final java.time.Duration WINDOW = java.time.Duration.ofDays(3 * 365);

    private final Map<Object, java.util.Set<Integer>> hubs = new HashMap<>();
    private long sequence;


    public boolean isMember(int person) {
        return parent.containsKey(person);
    }

    /** The component's root (a person index), making {@code person} a member on first sight. */
    public int enrol(int person) {
        if (!parent.containsKey(person)) {
            parent.put(person, person);
            Component c = new Component(sequence++);
            c.members.add(person);
            components.put(person, c);
        }
        return find(person);
    }

    public int find(int person) {
        int root = person;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        while (parent.get(person) != root) {
            int next = parent.get(person);
            parent.put(person, root);
            person = next;
        }
        return root;
    }

    public Component component(int person) {
        return components.get(find(person));
    }

    /** Adds a report and its children to the suspect's component. */
    public void record(int person, int report, String agency, int[] children) {
        Component c = component(person);
        if (c.reports.add(report)) {
            c.log.add(report);
        }
        if (c.agencies.add(agency)) {
            c.version++;
        }
        for (int child : children) {
            if (c.children.add(child)) {
                c.version++;
            }
        }
    }

    public void tieChild(int person, int child, List<int[]> merges) {
        tie(childAnchor, child, person, "sharing a child", merges);
    }

    public void tiePhone(int person, String phone, long at, List<int[]> merges) {
        tieRecently("phone:" + phone, person, at, "sharing phone " + phone, merges);
    }

    public void tieVehicle(int person, int vehicle, String registration, long at, List<int[]> merges) {
        tieRecently(vehicle, person, at, "sharing vehicle " + registration, merges);
    }

    /** Ties {@code person} to the others at {@code place} (its key), shown as {@code written}. */
    public void tiePlace(int person, String place, String kind, String written, long at, List<int[]> merges) {
        tieRecently("place:" + place, person, at, "sharing " + kind.replace('_', ' ') + " '" + written + "'", merges);
    }

    private void tieRecently(Object key, int person, long at, String how, List<int[]> merges) {
        if (!underHub(key, person)) {
            return;
        }
        long[] last = lastSeen.get(key);
        if (last != null && Math.abs(at - last[1]) <= WINDOW.getSeconds() && find((int) last[0]) != find(person)) {
            union((int) last[0], person, how, merges);
        }
        lastSeen.put(key, new long[] {person, at});
    }

    /** Counts the adults seen with a phone, vehicle or place; true while they are no more than {@link #HUB}. */
    private boolean underHub(Object key, int person) {
        java.util.Set<Integer> seen = hubs.computeIfAbsent(key, k -> new java.util.HashSet<>());
        if (seen.size() < HUB || seen.contains(person)) {
            seen.add(person);
            return seen.size() <= HUB;
        }
        return false;
    }

    /** Joins the components of two suspects; the older component survives. */
    public void union(int a, int b, String how, List<int[]> merges) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            Component c = components.get(ra);
            if (c.ties.merge(how, 1, Integer::sum) == 1) {
                c.version++;
            }
            return;
        }
        Component ca = components.get(ra);
        Component cb = components.get(rb);
        if (ca.adults() + cb.adults() > MAX_MEMBERS) {
            return;
        }
        if (cb.created < ca.created) {
            int t = ra;
            ra = rb;
            rb = t;
            Component tc = ca;
            ca = cb;
            cb = tc;
        }
        Component into = ca;
        into.members.addAll(cb.members);
        into.merged += cb.merged;
        for (int i = 0; i < cb.log.size(); i++) {
            if (into.reports.add(cb.log.get(i))) {
                into.log.add(cb.log.get(i));
            }
        }
        into.children.addAll(cb.children);
        into.agencies.addAll(cb.agencies);
        cb.ties.forEach((k, v) -> into.ties.merge(k, v, Integer::sum));
        into.ties.merge(how, 1, Integer::sum);
        into.version++;
        components.remove(rb);
        parent.put(rb, ra);
        merges.add(new int[] {rb, ra});
    }

    /** Linkage joined person {@code other} into {@code into} (both roots before the merge). */
    public void personsMerged(int into, int other, List<int[]> merges) {
        if (isMember(other)) {
            enrol(into);
            union(into, other, "linkage found them to be one person", merges);
            if (find(into) == find(other)) {
                components.get(find(into)).merged++;
            }
        }
        Integer a = childAnchor.get(into);
        Integer b = childAnchor.remove(other);
        if (b != null) {
            if (a == null) {
                childAnchor.put(into, b);
            } else {
                union(a, b, "sharing a child", merges);
            }
        }
    }

    /** Vehicle {@code from} turned out to be vehicle {@code into}: its sightings tie as the vehicle's. */
    public void vehiclesMerged(int from, int into, String registration, List<int[]> merges) {
        long[] a = lastSeen.get(into);
        long[] b = lastSeen.remove(from);
        java.util.Set<Integer> hub = hubs.remove(from);
        if (hub != null) {
            hubs.computeIfAbsent(into, k -> new java.util.HashSet<>()).addAll(hub);
        }
        if (b != null) {
            if (a == null || b[1] > a[1]) {
                lastSeen.put(into, b);
            }
            if (a != null && Math.abs(a[1] - b[1]) <= WINDOW.getSeconds() && find((int) a[0]) != find((int) b[0])) {
                union((int) a[0], (int) b[0], "sharing vehicle " + registration, merges);
            }
        }
    }

    private <K> void tie(Map<K, Integer> anchors, K key, int person, String how, List<int[]> merges) {
        Integer anchor = anchors.putIfAbsent(key, person);
        if (anchor != null && find(anchor) != find(person)) {
            union(anchor, person, how, merges);
        }
    }
}
