package org.vigil.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.alerts.pattern.AlertKind;
import org.vigil.alerts.pattern.Evidence;
import org.vigil.alerts.pattern.Finding;
import org.vigil.alerts.pattern.Party;
import org.vigil.alerts.pattern.SortedInts;
import org.vigil.alerts.state.Casebook;
import org.vigil.alerts.state.MentionList;
import org.vigil.alerts.state.PersonRecord;

/**
 * Alerts by subject, so that the same thing is never alerted twice. A finding about a subject with no alert raises
 * one, with the next id; a finding about a subject that has one updates it if the evidence is materially new, and
 * says what changed; a subject found to be another (a linkage merge, a vehicle's partial marks resolved, two networks
 * tied) carries its alert over, and if both had one the older carries on and the younger is marked merged into it.
 */
final class AlertBook {
    private static final class Entry {
        final String id;
        final int number;
        final AlertKind kind;
        final Instant raised;
        final String trigger;
        final List<AlertPerson> persons;
        final double harm;
        final List<String> reasons;
        final List<AlertUpdate> updates = new ArrayList<>();
        /** The persons of the latest version as the person indices they were then (each a root at the time). */
        int[] roots;
        Evidence evidence;
        /** {@link org.vigil.alerts.state.PersonBook#merges()} when {@link #evidence} was taken. */
        int evidenceMerges;
        AlertStatus status = AlertStatus.OPEN;
        String mergedInto;

        Entry(int number, AlertKind kind, Instant raised, String trigger, Listed persons, double harm,
                List<String> reasons, Evidence evidence) {
            String digits = Integer.toString(number);
            this.id = "A-" + "0".repeat(Math.max(0, 6 - digits.length())) + digits; // String.format("A-%06d"), cheaper
            this.number = number;
            this.kind = kind;
            this.raised = raised;
            this.trigger = trigger;
            this.persons = persons.persons();
            this.roots = persons.roots();
            this.harm = harm;
            this.reasons = reasons;
            this.evidence = evidence;
        }
    }

    /** Subject prefixes that name a person, a vehicle or a network, by the re-key prefix of {@code Touched}. */
    private static final Map<String, List<String>> SUBJECTS = Map.of(
            "person", List.of("person:", "suspect:", "child:"),
            "vehicle", List.of("vehicle:"),
            "network", List.of("network:"));

    /** The size of a set from which its additions are gathered before they update an alert ({@link #material}). */
    static final int GATHERED_FROM = 8;

    private final Casebook book;
    private final AlertHarm harm;
    private final AlertEngine.History history;
    private final Map<String, Entry> byKey = new HashMap<>();
    private final List<Entry> all = new ArrayList<>();
    /** Sentences owed to an alert by a merge, said with its next update. */
    private final Map<String, List<String>> notes = new HashMap<>();
    /** Reasons said lately, so that an alert's versions and alerts about one report keep one copy of each. */
    private final RecentText recentReasons = new RecentText(16);

    AlertBook(Casebook book, AlertHarm harm, AlertEngine.History history) {
        this.book = book;
        this.harm = harm;
        this.history = history;
    }

    boolean has(AlertKind kind, String subject) {
        return byKey.containsKey(kind.wire() + "|" + subject);
    }

    /** Raises or updates the alert for this finding; returns the change, if any. */
    Optional<AlertChange> apply(Finding finding, Instant at, String trigger, List<String> context) {
        Entry e = byKey.get(finding.key());
        if (e == null) {
            Finding.Details d = finding.details();
            e = new Entry(all.size() + 1, finding.kind(), at, trigger, persons(d.parties(), List.of(), new int[0]), harm.total(d.reports()),
                    reasons(d, List.of()), finding.evidence());
            e.evidenceMerges = book.persons.merges();
            all.add(e);
            byKey.put(finding.key(), e);
            return Optional.of(new AlertChange(AlertChange.Type.RAISED, snapshot(e), at, trigger, List.of()));
        }
        List<String> changes = diff(e.evidence, finding.evidence(), e.evidenceMerges);
        List<String> owed = notes.remove(finding.key());
        if (changes.isEmpty() && owed == null) {
            return Optional.empty();
        }
        Finding.Details d = finding.details();
        Listed listed = persons(d.parties(), e.updates.isEmpty() ? e.persons
                : e.updates.get(e.updates.size() - 1).persons(), e.roots);
        List<AlertPerson> persons = listed.persons();
        e.roots = listed.roots();
        double total = harm.total(d.reports());
        List<String> reasons = reasons(d, e.updates.isEmpty() ? e.reasons : e.updates.get(e.updates.size() - 1).reasons());
        List<String> said = new ArrayList<>(owed != null ? owed : context);
        said.addAll(changes);
        e.evidence = finding.evidence();
        e.evidenceMerges = book.persons.merges();
        record(e, new AlertUpdate(at, trigger, said, persons, total, reasons));
        return Optional.of(new AlertChange(AlertChange.Type.UPDATED, snapshot(e), at, trigger, said));
    }

    /**
     * Subject {@code from} turned out to be {@code into}: alerts about it follow. Returns the alerts marked merged.
     */
    List<AlertChange> rekey(String prefix, int from, int into, Instant at, String trigger, List<String> context) {
        List<AlertChange> out = new ArrayList<>();
        for (String subject : SUBJECTS.get(prefix)) {
            for (AlertKind kind : AlertKind.values()) {
                String fromKey = kind.wire() + "|" + subject + from;
                String intoKey = kind.wire() + "|" + subject + into;
                Entry moving = byKey.remove(fromKey);
                if (moving == null) {
                    continue;
                }
                Entry staying = byKey.get(intoKey);
                if (staying == null) {
                    byKey.put(intoKey, moving);
                    continue;
                }
                Entry older = staying.number < moving.number ? staying : moving;
                Entry younger = older == staying ? moving : staying;
                byKey.put(intoKey, older);
                younger.status = AlertStatus.MERGED;
                younger.mergedInto = older.id;
                List<String> said = new ArrayList<>(context);
                said.add("about the same " + subject.substring(0, subject.length() - 1) + " as " + older.id
                        + ", which carries on");
                record(younger, new AlertUpdate(at, trigger, said, younger.updates.isEmpty() ? younger.persons
                        : younger.updates.get(younger.updates.size() - 1).persons(), younger.harm, younger.reasons));
                out.add(new AlertChange(AlertChange.Type.MERGED, snapshot(younger), at, trigger, said));
                // The next assessment of the older alert's subject says so, and what the younger brings that is new.
                notes.computeIfAbsent(intoKey, k -> new ArrayList<>(context))
                        .add(younger.id + ", about the same " + subject.substring(0, subject.length() - 1) + ", merged into it");
            }
        }
        return out;
    }

    /** Adds an update to the alert's history, or with {@link AlertEngine.History#LATEST} makes it the only one kept. */
    private void record(Entry e, AlertUpdate update) {
        if (history == AlertEngine.History.LATEST) {
            e.updates.clear();
        }
        e.updates.add(update);
    }

    List<Alert> alerts() {
        List<Alert> out = new ArrayList<>(all.size());
        for (Entry e : all) {
            out.add(snapshot(e));
        }
        return out;
    }

    Optional<Alert> alert(String id) {
        for (Entry e : all) {
            if (e.id.equals(id)) {
                return Optional.of(snapshot(e));
            }
        }
        return Optional.empty();
    }

    private Alert snapshot(Entry e) {
        return new Alert(e.id, e.kind, e.raised, e.trigger, e.persons, e.harm, e.reasons, e.status,
                Optional.ofNullable(e.mergedInto), e.updates);
    }

    /**
     * The reasons of a finding: {@code before} itself if they are the same as those (the alert's latest version), else
     * an unmodifiable list of them with each sentence said lately as that instance ({@link RecentText}).
     */
    private List<String> reasons(Finding.Details d, List<String> before) {
        List<String> reasons = new ArrayList<>(d.reasons());
        reasons.addAll(harm.reasons(d.reports()));
        if (reasons.equals(before)) {
            return before;
        }
        for (int i = 0; i < reasons.size(); i++) {
            reasons.set(i, recentReasons.of(reasons.get(i)));
        }
        return List.copyOf(reasons);
    }

    /** An alert's persons, and the person index (root) each was when listed. */
    private record Listed(List<AlertPerson> persons, int[] roots) {
    }

    /**
     * The persons of a finding as they are now: ids after merges, and every mention that makes them up. A person listed
     * in the alert's previous version in the same part with the same mentions is that same object: an alert's history
     * lists its persons at every update, and most of them have not changed. {@code previousRoots} are the roots the
     * previous persons were listed as: a person is the same as a previous one when its root is (ids are one per index),
     * which is decided without reading either id.
     */
    private Listed persons(List<Party> parties, List<AlertPerson> previous, int[] previousRoots) {
        Map<Integer, AlertPerson> before = null;
        AlertPerson[] out = new AlertPerson[parties.size()];
        int[] roots = new int[parties.size()];
        int next = 0; // the previous person after the last one found in order
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            int root = book.persons.find(party.person());
            roots[i] = root;
            PersonRecord record = book.persons.record(root);
            // Most persons come in the order they came before, with new ones between: the map of all of them is built
            // only for one that does not.
            AlertPerson was = null;
            if (next < previous.size() && previousRoots[next] == root) {
                was = previous.get(next++);
            } else if (!previous.isEmpty()) {
                if (before == null) {
                    before = new HashMap<>(previous.size() * 2);
                    for (int k = 0; k < previous.size(); k++) {
                        before.put(previousRoots[k], previous.get(k));
                    }
                }
                was = before.get(root);
            }
            boolean same = was != null && was.part().equals(party.part())
                    && was.mentions() instanceof MentionList m && m.isAllOf(record);
            if (same) {
                out[i] = was;
            } else {
                MentionList mentions = new MentionList(book, record);
                out[i] = new AlertPerson(book.persons.id(root), party.role(mentions), party.part(), mentions);
            }
        }
        return new Listed(List.of(out), roots); // unmodifiable once, so that updates and snapshots need not copy it
    }

    /**
     * What the new evidence has that the old did not, one sentence per named set, or nothing when that is not material.
     * Any addition to a set of suspects or of fewer than {@link #GATHERED_FROM} is material; to another set, additions
     * are gathered until they grow it by a quarter ({@link #material}). Persons are compared as they are now;
     * {@code before} was taken when the persons had been merged {@code since} times: a set of it none of whose persons
     * has been merged since still holds roots, as {@code after}'s do, and is compared as it is.
     */
    private List<String> diff(Evidence before, Evidence after, int since) {
        // Whether the additions are material is decided on their counts; ids are looked up only for an update, since
        // gathered additions are counted again at each assessment until they are.
        Map<String, Collection<Integer>> newPersons = new LinkedHashMap<>();
        Map<String, List<String>> newFacts = new LinkedHashMap<>();
        boolean material = false;
        for (Map.Entry<String, SortedInts> set : after.persons().entrySet()) {
            SortedInts was = before.persons().getOrDefault(set.getKey(), SortedInts.EMPTY);
            boolean stillRoots = since == book.persons.merges() || !was.anyMatch(p -> book.persons.mergedSince(p, since));
            Collection<Integer> added = stillRoots ? SortedInts.of(set.getValue().missingFrom(was))
                    : newRoots(was, set.getValue());
            if (!added.isEmpty()) {
                material |= after.isSuspects(set.getKey()) || material(was.size(), added.size());
                newPersons.put(set.getKey(), added);
            }
        }
        for (Map.Entry<String, List<String>> set : after.facts().entrySet()) {
            List<String> was = before.facts().getOrDefault(set.getKey(), List.of());
            List<String> added = missing(set.getValue(), was);
            if (!added.isEmpty()) {
                material |= material(was.size(), added.size());
                newFacts.put(set.getKey(), added);
            }
        }
        if (!material) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        newPersons.forEach((name, added) -> {
            TreeSet<String> ids = new TreeSet<>();
            added.forEach(p -> ids.add(book.persons.id(p)));
            out.add("new " + name + " (" + ids.size() + "): " + some(List.copyOf(ids)));
        });
        newFacts.forEach((name, added) -> out.add("new " + name + " (" + added.size() + "): " + some(added)));
        return out;
    }

    /** The roots of {@code now} that are not roots of {@code was}. */
    private Set<Integer> newRoots(SortedInts was, SortedInts now) {
        Set<Integer> old = roots(was);
        Set<Integer> out = roots(now);
        out.removeAll(old);
        return out;
    }

    /**
     * Whether {@code added} new members of a set that held {@code had} at the alert's latest version are material on
     * their own. A takeaway at the centre of a town's exploitation is named about a new child week after week:
     * updated for each, its alert had 160 versions in a replay of 200,000 concerns, each listing its 200-odd persons.
     */
    static boolean material(int had, int added) {
        return had < GATHERED_FROM || added * 4 >= had;
    }

    /**
     * The values of {@code values} that {@code old} does not hold, in order: one walk of both, each in natural order
     * without repeats. Most values of an alert's facts are the very strings of its last version, told equal at once.
     */
    private static List<String> missing(List<String> values, List<String> old) {
        List<String> out = new ArrayList<>();
        int j = 0;
        for (String v : values) {
            while (j < old.size() && old.get(j) != v && old.get(j).compareTo(v) < 0) {
                j++;
            }
            if (j == old.size() || !old.get(j).equals(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private Set<Integer> roots(Set<Integer> persons) {
        Set<Integer> out = new java.util.HashSet<>(persons.size() * 2);
        for (int p : persons) {
            out.add(book.persons.find(p));
        }
        return out;
    }

    private static String some(List<String> items) {
        return items.size() <= 6 ? String.join(", ", items)
                : String.join(", ", items.subList(0, 6)) + " and " + (items.size() - 6) + " more";
    }
}
