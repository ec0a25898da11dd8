package org.vigil.alerts.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vigil.alerts.state.Casebook;
import org.vigil.alerts.state.NetworkBook;

/**
 * {@code network}: two or more adults, each named as a suspect in exploitation evidence, tied to each other by being
 * named together or with the same child, phone, vehicle or place ({@link NetworkBook}), resting on at least
 * {@link Thresholds#networkReports()} reports about at least {@link Thresholds#networkChildren()} child, or on
 * {@link Thresholds#networkReportsAlone()} reports when intelligence names the men together without a child.
 */
public final class Network {
    private final Thresholds thresholds;
    /**
     * Per component root, what its last assessment saw: {@link NetworkBook.Component#version}, the person merges, and,
     * if the pattern did not hold, the number of reports. While these stay the same the evidence is the same, and the
     * alert (if any) has already been raised or updated on it: assessing again could change nothing. A merge of
     * persons who are neither members nor children of the component changes none of it, so it only brings the merges
     * seen up to date.
     */
    private final java.util.Map<Integer, long[]> seen = new java.util.HashMap<>();

    /**
     * What the reports of one component (by root) allege, and when they were received, read in the order they joined
     * it: an update reads only the reports that are new. Read again from the start after an amendment to one of them.
     */
    private static final class Alleged {
        final int amendments;
        int read;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        final Map<String, int[]> indicators = new java.util.HashMap<>();
        final Map<String, int[]> offences = new java.util.HashMap<>();

        Alleged(int amendments) {
            this.amendments = amendments;
        }
    }

    private final Map<Integer, Alleged> alleged = new java.util.HashMap<>();

    public Network(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    public static String subject(int root) {
        return "network:" + root;
    }

    public Optional<Finding> assess(Casebook book, int member) {
        if (!book.network.isMember(member)) {
            return Optional.empty();
        }
        int root = book.network.find(member);
        NetworkBook.Component component = book.network.component(root);
        long[] last = seen.get(root);
        int merges = book.persons.merges();
        if (last != null && last[1] != merges && !book.persons.anyMergedSince(component.members, (int) last[1])
                && !book.persons.anyMergedSince(component.children, (int) last[1])) {
            last[1] = merges;
        }
        if (last != null && last[0] == component.version && last[1] == merges
                && (last[2] < 0 || last[2] == component.reports.size())) {
            return Optional.empty();
        }
        Optional<Finding> finding = assess(book, root, component);
        seen.put(root, new long[] {component.version, merges,
                finding.isPresent() ? -1 : component.reports.size()});
        return finding;
    }

    private Optional<Finding> assess(Casebook book, int root, NetworkBook.Component component) {
        Set<Integer> named = new HashSet<>();
        for (int i = 0; i < component.members.size(); i++) {
            named.add(book.persons.find(component.members.get(i)));
        }
        // One allegation against someone who reads as a carer or professional is held (see Dismissed.suspectsOf).
        TreeSet<Integer> members = book.suspicion.listed(named);
        if (members.size() < 2 || component.reports.size() < thresholds.networkReports()) {
            return Optional.empty();
        }
        // A network's children can be thousands: their roots are sorted once, not put in a tree one by one.
        int[] roots = new int[component.children.size()];
        int n = 0;
        for (int c : component.children) {
            int p = book.persons.find(c);
            if (!members.contains(p)) {
                roots[n++] = p;
            }
        }
        SortedInts children = SortedInts.of(Arrays.copyOf(roots, n));
        if (children.size() < thresholds.networkChildren()
                && component.reports.size() < thresholds.networkReportsAlone()) {
            return Optional.empty();
        }
        Evidence evidence = new Evidence()
                .suspects("members", members)
                .persons("children", children)
                .facts("ties", ties(component.ties).keySet())
                .facts("agencies", component.agencies);
        return Optional.of(new Finding(AlertKind.NETWORK, subject(root), evidence,
                () -> details(book, root, component, members, children)));
    }

    private Alleged alleged(Casebook book, int root, NetworkBook.Component component) {
        Alleged a = alleged.get(root);
        if (a == null || a.amendments != component.amendments) {
            a = new Alleged(component.amendments);
            alleged.put(root, a);
        }
        for (; a.read < component.log.size(); a.read++) {
            int r = component.log.get(a.read);
            long t = book.concerns.get(r).received;
            a.first = Math.min(a.first, t);
            a.last = Math.max(a.last, t);
            org.vigil.alerts.state.ConcernRecord c = book.concerns.current(r);
            for (String i : c.exploitation.specific()) {
                a.indicators.computeIfAbsent(i, k -> new int[1])[0]++;
            }
            for (String o : c.exploitation.offences()) {
                a.offences.computeIfAbsent(o, k -> new int[1])[0]++;
            }
        }
        return a;
    }

    private Finding.Details details(Casebook book, int root, NetworkBook.Component component,
            TreeSet<Integer> members, Set<Integer> children) {
        Alleged read = alleged(book, root, component);
        TreeSet<String> agencies = component.agencies;
        List<Party> parties = new ArrayList<>();
        members.forEach(m -> parties.add(new Party(m, Party.SUSPECT)));
        children.forEach(c -> parties.add(new Party(c, Party.CHILD)));
        List<String> reasons = new ArrayList<>();
        reasons.add(members.size() + " adults, each named as a suspect in exploitation evidence, tied to each other by: "
                + Reports.counted(ties(component.ties)));
        reasons.add("between them: " + Reports.plural(children.size(), "child", "children") + " in "
                + Reports.plural(component.reports.size(), "report", "reports") + " from "
                + Reports.plural(agencies.size(), "agency", "agencies") + ", " + Reports.span(read.first, read.last));
        reasons.add("what the reports allege: " + Reports.alleged(read.indicators, read.offences));
        return new Finding.Details(parties, List.copyOf(component.reports), reasons);
    }

    /** Tie kinds with their counts, leaving out ties between a person and himself after a linkage merge. */
    private static Map<String, Integer> ties(Map<String, Integer> ties) {
        Map<String, Integer> out = new TreeMap<>(ties);
        out.remove("linkage found them to be one person");
        return out;
    }
}
