package org.vigil.alerts.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntToLongFunction;
import org.vigil.alerts.state.ByPerson;
import org.vigil.alerts.state.Casebook;
import org.vigil.alerts.state.ConcernRecord;
import org.vigil.alerts.state.IntList;
import org.vigil.alerts.state.LongList;
import org.vigil.alerts.state.PersonRecord;
import org.vigil.alerts.state.PlaceBook;

/**
 * {@code dismissed}: at least {@link Thresholds#dismissedReports()} reports of exploitation evidence about the same
 * subject closed with no further action, each on its own. The subject is a person named as a suspect, a child, a
 * vehicle named with suspects, or a place. A report counts once, whatever was decided after: reopening a report
 * years later does not undo the pattern of closing it.
 */
public final class Dismissed {
    /** How many closing decisions an alert quotes; the rest it counts. */
    private static final int CLOSURES_QUOTED = 5;
    private final Thresholds thresholds;
    /**
     * Per person root, as suspect and as child: how many concerns the last assessment read, and the person merges,
     * amendments and dismissals it saw. While those stay the same and no concern read since belongs to a dismissed
     * report, the dismissed reports are the same, so is the finding, and the alert (if any) already rests on it.
     * Merges of other persons leave the person's reports as they were; they can only re-root the children of the
     * finding, and an alert's evidence is compared by the roots of the same persons, so no child would be new.
     */
    private final ByPerson<int[]> seenSuspects = new ByPerson<>();
    private final ByPerson<int[]> seenChildren = new ByPerson<>();

    /**
     * Places with at least this many sightings, and suspects named in at least this many concerns, are read
     * incrementally ({@link Read}); smaller ones are read whole at each assessment. A takeaway named in thousands of
     * reports is assessed at every one of them and every decision on them, and was read whole each time; so was a man
     * named in thousands.
     */
    static final int INCREMENTAL_SIGHTINGS = 256;
    private final int incrementalSightings;
    /** Per place key, and per suspect (person root), what has been read, past {@link #incrementalSightings}. */
    private final Map<String, Read> placeReads = new HashMap<>();
    private final Map<Integer, Read> suspectReads = new HashMap<>();

    /**
     * What the assessment of one place or suspect has read of its sightings (a concern, and the suspect named with the
     * place or none), in order: the dismissed reports and their ids, the suspects of their sightings and the children
     * (not suspects) of every version of them, as person roots, and the sightings whose reports were not dismissed
     * when read, to be read again until they are (a report once dismissed stays so). Read again from the start after a
     * merge of any person read, which can change the roots, and after a concern joins a report as a new version, which
     * can name more children.
     */
    private static final class Read {
        /** The person merges when the read was last known to be current. */
        int merges;
        final int joined;
        int read;
        IntList waiting = new IntList();
        final TreeSet<Integer> reports = new TreeSet<>();
        final TreeSet<String> ids = new TreeSet<>();
        final TreeSet<Integer> suspects = new TreeSet<>();
        final TreeSet<Integer> children = new TreeSet<>();
        /**
         * The reports read whose last decision was not to close them: acted on after closing. Kept as reports are read
         * and as decisions come ({@link #actedOnNow}), so that an assessment reads only the reports decided since.
         */
        final TreeSet<Integer> actedOn = new TreeSet<>();
        /** The decisions taken in ({@code ConcernBook.decisions}) when {@link #actedOn} was last brought up to date. */
        int decisionsRead;
        /** Whether {@link #actedOn} has changed since a finding was last made from this read. */
        boolean actedOnChanged;
        /** Whether a finding has been made from this read. */
        boolean found;

        Read(int merges, int joined, int decisions) {
            this.merges = merges;
            this.joined = joined;
            this.decisionsRead = decisions;
        }

        /** {@link #actedOn} as the reports read stand now, after the decisions taken in since it was last. */
        TreeSet<Integer> actedOnNow(Casebook book) {
            int decisions = book.concerns.decisions();
            for (; decisionsRead < decisions; decisionsRead++) {
                int report = book.concerns.decidedReport(decisionsRead);
                if (reports.contains(report)) {
                    classify(book, report);
                }
            }
            return actedOn;
        }

        private void classify(Casebook book, int report) {
            boolean acted = book.concerns.get(report).actedOnAfterClosing();
            actedOnChanged |= acted ? actedOn.add(report) : actedOn.remove(report);
        }

        /**
         * Reads the sightings not yet read, of {@code size}, and again those waiting for their reports to be
         * dismissed; returns whether any report or suspect was added.
         */
        boolean readOn(Casebook book, int size, IntToLongFunction sighting) {
            int before = reports.size() + suspects.size(); // both only grow; the children change only with them
            IntList still = new IntList();
            for (int i = 0; i < waiting.size(); i++) {
                if (!take(book, sighting.applyAsLong(waiting.get(i)))) {
                    still.add(waiting.get(i));
                }
            }
            for (; read < size; read++) {
                if (!take(book, sighting.applyAsLong(read))) {
                    still.add(read);
                }
            }
            waiting = still;
            return reports.size() + suspects.size() != before;
        }

        /**
         * Reads one sighting if its report has been dismissed; returns whether it was. A sighting of a report already
         * read adds only its suspect.
         */
        private boolean take(Casebook book, long sighting) {
            ConcernRecord report = book.concerns.report((int) (sighting >>> 32));
            if (!report.dismissed()) {
                return false;
            }
            int person = (int) sighting;
            if (person >= 0) {
                int suspect = book.persons.find(person);
                if (suspects.add(suspect)) {
                    children.remove(suspect);
                }
            }
            if (reports.add(report.index)) {
                classify(book, report.index);
                ids.add(report.id);
                for (int i = 0; i < report.versions.size(); i++) {
                    for (int child : book.concerns.get(report.versions.get(i)).children) {
                        int p = book.persons.find(child);
                        if (!suspects.contains(p)) {
                            children.add(p);
                        }
                    }
                }
            }
            return true;
        }
    }

    /**
     * The read kept under {@code key}, or a new one if there is none, a person read has been merged since, a report
     * has gained a version since, or more sightings were read than there are now.
     */
    private static <K> Read readOf(Casebook book, Map<K, Read> reads, K key, int size) {
        Read r = reads.get(key);
        int merges = book.persons.merges();
        if (r != null && r.merges != merges && !book.persons.anyMergedSince(r.suspects, r.merges)
                && !book.persons.anyMergedSince(r.children, r.merges)) {
            r.merges = merges; // only other persons were merged: every root read is still a root
        }
        if (r == null || r.merges != merges || r.joined != book.concerns.joined() || r.read > size) {
            r = new Read(merges, book.concerns.joined(), book.concerns.decisions());
            reads.put(key, r);
        }
        return r;
    }

    public Dismissed(Thresholds thresholds) {
        this(thresholds, INCREMENTAL_SIGHTINGS);
    }

    /**
     * With places and suspects read incrementally from {@code incrementalSightings} sightings on (for tests of the two
     * ways).
     */
    Dismissed(Thresholds thresholds, int incrementalSightings) {
        this.thresholds = thresholds;
        this.incrementalSightings = incrementalSightings;
    }

    public static String suspectSubject(int person) {
        return "suspect:" + person;
    }

    public static String childSubject(int person) {
        return "child:" + person;
    }

    public static String vehicleSubject(int vehicle) {
        return "vehicle:" + vehicle;
    }

    public static String placeSubject(String key) {
        return "place:" + key;
    }

    /** Reports naming the person as a suspect in exploitation evidence. */
    public Optional<Finding> assessSuspect(Casebook book, int person) {
        int p = book.persons.find(person);
        PersonRecord record = book.persons.record(p);
        if (unchanged(book, seenSuspects, p, record, record.suspectedOfExploitation)) {
            return Optional.empty();
        }
        IntList named = record.suspectedOfExploitation;
        TreeSet<Integer> reports;
        Set<String> ids;
        Set<Integer> children;
        Set<Integer> actedOn;
        if (named.size() < incrementalSightings) {
            reports = dismissed(book, Reports.of(book, named));
            if (reports.size() < thresholds.dismissedReports()) {
                return Optional.empty();
            }
            ids = Reports.ids(book, reports);
            children = Reports.children(book, Reports.versions(book, reports), Set.of(p));
            actedOn = actedOn(book, reports);
        } else {
            // Read as a place's sightings with no suspect named with it: he is the suspect, so no child of his reports.
            Read r = readOf(book, suspectReads, p, named.size());
            r.suspects.add(p);
            r.readOn(book, named.size(), i -> (long) named.get(i) << 32 | 0xFFFFFFFFL);
            if (r.reports.size() < thresholds.dismissedReports()) {
                return Optional.empty();
            }
            reports = new TreeSet<>(r.reports);
            ids = r.ids;
            children = SortedInts.of(r.children);
            actedOn = new TreeSet<>(r.actedOnNow(book));
        }
        return Optional.of(finding(book, suspectSubject(p), "naming this person as a suspect", reports, ids,
                actedOn, children, () -> {
                    List<Party> parties = new ArrayList<>();
                    parties.add(new Party(p, Party.SUSPECT));
                    children.forEach(c -> parties.add(new Party(c, Party.CHILD)));
                    return parties;
                }));
    }

    /** Reports of exploitation evidence naming the person as a child. */
    public Optional<Finding> assessChild(Casebook book, int person) {
        int p = book.persons.find(person);
        PersonRecord record = book.persons.record(p);
        if (unchanged(book, seenChildren, p, record, record.asChild)) {
            return Optional.empty();
        }
        IntList evidence = new IntList();
        for (int i = 0; i < record.asChild.size(); i++) {
            int c = record.asChild.get(i);
            if (book.concerns.get(c).exploitation.isEvidence()) {
                evidence.add(c);
            }
        }
        TreeSet<Integer> reports = dismissed(book, Reports.of(book, evidence));
        if (reports.size() < thresholds.dismissedReports()) {
            return Optional.empty();
        }
        return Optional.of(finding(book, childSubject(p), "about this child", reports, Set.of(p), () -> {
            List<Party> parties = new ArrayList<>();
            TreeSet<Integer> suspects = suspectsOf(book, reports);
            suspects.remove(p);
            suspects.forEach(s -> parties.add(new Party(s, Party.SUSPECT)));
            parties.add(new Party(p, Party.CHILD));
            return parties;
        }));
    }

    /**
     * Whether the person's dismissed reports among {@code concerns} are as the last assessment saw them; records what
     * this one sees either way.
     */
    private static boolean unchanged(Casebook book, ByPerson<int[]> seen, int p, PersonRecord record,
            IntList concerns) {
        int[] now = {concerns.size(), book.persons.merges(), record.amendments, record.dismissals};
        int[] last = seen.put(p, now);
        if (last == null || last[1] != now[1] && book.persons.mergedSince(p, last[1]) || last[2] != now[2]
                || last[3] != now[3] || last[0] > now[0]) {
            return false;
        }
        for (int i = last[0]; i < now[0]; i++) {
            if (book.concerns.report(concerns.get(i)).dismissed()) {
                return false;
            }
        }
        return true;
    }

    public Optional<Finding> assessVehicle(Casebook book, int vehicle) {
        int v = book.vehicles.find(vehicle);
        return sightings(book, vehicleSubject(v), "naming vehicle " + book.vehicles.registration(v) + " with suspects",
                book.vehicles.vehicle(v).sightings);
    }

    public Optional<Finding> assessPlace(Casebook book, String key) {
        PlaceBook.Place place = book.places.get(key);
        if (place == null) {
            return Optional.empty();
        }
        String what = "naming " + place.kind.replace('_', ' ') + " '" + book.places.written(place).get(0) + "'";
        if (place.sightings.size() < incrementalSightings) {
            return sightings(book, placeSubject(key), what, place.sightings);
        }
        return sightingsIncrementally(book, key, what, place.sightings);
    }

    /**
     * As {@link #sightings}, for a place, reading only the sightings that are new since the last assessment and those
     * whose reports were not yet dismissed. With no report newly dismissed, none newly acted on and no person read
     * merged, the finding would be the one the last assessment made, which the alert already rests on, so none is
     * made: places are never re-keyed, so no merged alert owes a place's alert a note.
     */
    private Optional<Finding> sightingsIncrementally(Casebook book, String key, String what, LongList sightings) {
        Read r = readOf(book, placeReads, key, sightings.size());
        boolean grew = r.readOn(book, sightings.size(), sightings::get);
        if (r.reports.size() < thresholds.dismissedReports()) {
            return Optional.empty();
        }
        TreeSet<Integer> actedOn = new TreeSet<>(r.actedOnNow(book));
        if (r.found && !grew && !r.actedOnChanged) {
            return Optional.empty();
        }
        r.found = true;
        r.actedOnChanged = false;
        // The finding holds copies, as the read goes on changing.
        TreeSet<Integer> reports = new TreeSet<>(r.reports);
        TreeSet<Integer> suspects = new TreeSet<>(r.suspects);
        SortedInts children = SortedInts.of(r.children);
        return Optional.of(finding(book, placeSubject(key), what, reports, r.ids, actedOn, children,
                () -> parties(book, suspects, children)));
    }

    private Optional<Finding> sightings(Casebook book, String subject, String what, LongList sightings) {
        TreeSet<Integer> all = new TreeSet<>();
        TreeSet<Integer> suspects = new TreeSet<>();
        for (int i = 0; i < sightings.size(); i++) {
            long s = sightings.get(i);
            int report = book.concerns.get((int) (s >>> 32)).root;
            if (book.concerns.get(report).dismissed()) {
                all.add(report);
                int person = (int) s;
                if (person >= 0) {
                    suspects.add(book.persons.find(person));
                }
            }
        }
        if (all.size() < thresholds.dismissedReports()) {
            return Optional.empty();
        }
        TreeSet<Integer> children = Reports.children(book, Reports.versions(book, all), suspects);
        return Optional.of(finding(book, subject, what, all, children, () -> parties(book, suspects, children)));
    }

    /** The suspects listed of those named with a vehicle or place, then the children. */
    private static List<Party> parties(Casebook book, Set<Integer> suspects, Set<Integer> children) {
        List<Party> parties = new ArrayList<>();
        book.suspicion.listed(suspects).forEach(s -> parties.add(new Party(s, Party.SUSPECT)));
        children.forEach(c -> parties.add(new Party(c, Party.CHILD)));
        return parties;
    }

    private static Finding finding(Casebook book, String subject, String what, TreeSet<Integer> reports,
            Set<Integer> children, java.util.function.Supplier<List<Party>> parties) {
        return finding(book, subject, what, reports, Reports.ids(book, reports), actedOn(book, reports), children,
                parties);
    }

    /** {@code ids} are those of {@code reports}, and {@code actedOn} those of them acted on after closing. */
    private static Finding finding(Casebook book, String subject, String what, TreeSet<Integer> reports,
            Set<String> ids, Set<Integer> actedOn, Set<Integer> children, java.util.function.Supplier<List<Party>> parties) {
        Evidence evidence = new Evidence()
                .facts("dismissed reports", ids)
                .facts("reports acted on after closing", Reports.ids(book, actedOn))
                .persons("children", children);
        return new Finding(AlertKind.DISMISSED, subject, evidence, () -> details(book, what, reports, parties.get()));
    }

    /** The reports whose last decision was not to close them. */
    private static TreeSet<Integer> actedOn(Casebook book, Set<Integer> reports) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int r : reports) {
            if (book.concerns.get(r).actedOnAfterClosing()) {
                out.add(r);
            }
        }
        return out;
    }

    private static Finding.Details details(Casebook book, String what, TreeSet<Integer> reports, List<Party> parties) {
        List<String> reasons = new ArrayList<>();
        // A suspect's reports include those counted against him by rules 8 and 11 of alerts-benign-adults.md, which
        // are not exploitation evidence of their own; the alert must not call them that (as repeat_suspect does not).
        int withoutEvidence = 0;
        for (int r : reports) {
            if (!book.concerns.current(r).exploitation.isEvidence()) {
                withoutEvidence++;
            }
        }
        reasons.add(Reports.plural(reports.size(), "report", "reports")
                + (withoutEvidence == 0 ? " of exploitation evidence "
                        : " (" + (reports.size() - withoutEvidence) + " of them exploitation evidence) ")
                + what + " closed with no further action, each on its own, " + Reports.span(book, reports));
        // The first closures are quoted and the rest counted, so only those are written out.
        List<String> closures = new ArrayList<>(CLOSURES_QUOTED);
        int acted = 0;
        for (int r : reports) {
            ConcernRecord c = book.concerns.get(r);
            if (closures.size() < CLOSURES_QUOTED) {
                closures.add(c.id + " (" + c.agency + ", " + Reports.date(c.received) + ") closed "
                        + Reports.date(c.nfaAt) + (c.nfaReason.isEmpty() ? "" : ": \"" + c.nfaReason + "\""));
            }
            if (c.actedOnAfterClosing()) {
                acted++;
            }
        }
        reasons.add(Reports.some(closures, CLOSURES_QUOTED, reports.size()));
        reasons.add("what the reports allege: " + Reports.alleged(book, reports));
        if (withoutEvidence > 0) {
            reasons.add(Reports.plural(withoutEvidence, "report", "reports") + " with no exploitation evidence of its"
                    + " own, counted against this person: about a missing child already known to be at risk of"
                    + " exploitation, or a child another report of exploitation evidence names this person as the"
                    + " suspect or associate of");
        }
        if (acted > 0) {
            reasons.add(Reports.plural(acted, "of them was", "of them were") + " later acted on");
        }
        return new Finding.Details(parties, List.copyOf(reports), reasons);
    }

    private static TreeSet<Integer> dismissed(Casebook book, TreeSet<Integer> reports) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int r : reports) {
            if (book.concerns.get(r).dismissed()) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The persons named as suspects in exploitation evidence in these reports. A report that counts against its suspect
     * under rule 8 without being exploitation evidence itself (a missing child at risk) does not make him a suspect of
     * the child's, vehicle's or place's alert: it counts towards his own {@code repeat_suspect} and {@code dismissed}.
     * Nor does one report against an adult who is by now named as reporter, witness or other at least as often as
     * accused, or one weak referral from the designated officer, with no second report counted against them
     * ({@code Suspicion.uncorroboratedProfessional}): rule 4 of {@code alerts-benign-adults.md} holds such a report
     * until a second corroborates it, and that must not depend on whether the allegation was the first thing recorded
     * of them, nor on linkage joining it to their other records (rules 13 and 14).
     */
    static TreeSet<Integer> suspectsOf(Casebook book, Set<Integer> reports) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int c : Reports.versions(book, reports)) {
            if (!book.concerns.get(c).exploitation.isEvidence()) {
                continue;
            }
            for (int s : book.concerns.get(c).suspects) {
                PersonRecord person = book.persons.record(s);
                if (person.suspectedOfExploitation.contains(c) && !book.suspicion.uncorroboratedProfessional(person)) {
                    out.add(book.persons.find(s));
                }
            }
        }
        return out;
    }
}
