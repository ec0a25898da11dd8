package org.vigil.alerts.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.PriorityQueue;
import java.util.Set;
import org.vigil.alerts.evidence.AgeAt;
import org.vigil.alerts.evidence.DesignatedOfficer;
import org.vigil.alerts.evidence.Exploitation;
import org.vigil.alerts.evidence.Indicators;
import org.vigil.alerts.evidence.ServiceLevel;
import org.vigil.alerts.harm.ConcernHarm;
import org.vigil.alerts.observation.ConcernObserved;
import org.vigil.alerts.observation.DecisionObserved;
import org.vigil.alerts.observation.MentionObserved;
import org.vigil.alerts.observation.PersonsMerged;
import org.vigil.alerts.observation.PlaceObserved;
import org.vigil.harm.score.HarmScore;

/**
 * Everything the engine remembers, in memory, rebuilt by replaying observations: persons, concerns (as reports),
 * vehicles, places, the network of suspects, and the deadlines of undecided concerns. It applies one observation at a
 * time and says what it {@link Touched touched}; it raises nothing itself.
 *
 * <p>Who counts as what, per mention (see {@code docs/decisions/alerts-benign-adults.md}):
 * <ul>
 *   <li>an <b>adult suspect</b>: role {@code suspect}, not known to be under 18;</li>
 *   <li>a <b>child</b>: role {@code victim}, {@code other} or {@code associate}, and known to be under 18, or of
 *       unknown age in the role {@code victim};</li>
 *   <li>a <b>reporter</b>: role {@code reporter} or {@code witness}. These never count towards suspicion.</li>
 * </ul>
 * A child in a report is under 18 if her stated age or a date of birth on record for her says so
 * ({@link AgeAt#childOnRecord}). Which reports then count a person as suspected is {@link Suspicion}'s to decide.
 */
public final class Casebook {
    /** One empty array for every concern that names no vehicle, place or suspect, not one each. */
    private static final int[] NO_INTS = {};
    private static final String[] NO_STRINGS = {};

    public final PersonBook persons = new PersonBook();
    public final ConcernBook concerns = new ConcernBook();
    public final VehicleBook vehicles = new VehicleBook();
    public final PlaceBook places = new PlaceBook();
    public final NetworkBook network = new NetworkBook();
    public final MentionKeys mentionKeys = new MentionKeys();
    private final ConcernHarm harm;
    /** Which reports count a person as suspected (rules 4 and 6–12 of docs/decisions/alerts-benign-adults.md). */
    public final Suspicion suspicion;
    /** What records repeat (agencies, roles, offences, assessments), kept once. */
    private final SharedValues shared = new SharedValues();
    private final Map<String, List<DecisionObserved>> pending = new HashMap<>();
    /**
     * Corrections seen before the concern they correct, by the corrected id: the report each began. Records of one
     * time are taken in id order, so "AA-1" correcting "ZZ-1" at the same minute, or a correction dated early, comes
     * first; its original must then join its report rather than begin a second one about the same events.
     */
    private final Map<String, Integer> correctedAhead = new HashMap<>();
    private final PriorityQueue<long[]> deadlines =
            new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));

    /**
     * @param professionalStrength the strength a report needs to count against a carer or professional (rule 4)
     * @param severalChildren the children one report's offence must be against to corroborate itself (rule 17)
     */
    public Casebook(ConcernHarm harm, double professionalStrength, int severalChildren) {
        this.harm = harm;
        this.suspicion = new Suspicion(persons, concerns, professionalStrength, severalChildren);
    }

    /** The mention key {@code "<concern>/<ref>"} of a packed mention. */
    public String mentionKey(long packed) {
        return concerns.get(MentionKeys.concern(packed)).id + "/" + mentionKeys.ref(packed);
    }

    /** The ref {@code "s2"} of a packed mention, which the versions of one report share for one subject. */
    public String mentionRef(long packed) {
        return mentionKeys.ref(packed);
    }

    /** The role its concern gave a packed mention. */
    public String mentionRole(long packed) {
        ConcernRecord concern = concerns.get(MentionKeys.concern(packed));
        for (int i = 0; i < concern.mentionKeys.length; i++) {
            if (concern.mentionKeys[i] == packed) {
                return concern.mentionRoles[i];
            }
        }
        throw new IllegalStateException("mention " + mentionKey(packed) + " is not among its concern's mentions");
    }

    /**
     * The report concern {@code c} (index {@code idx}) belongs to: that of a correction of this one seen before it; else
     * that of the concern it corrects, if seen, or of an earlier correction of the same concern; or a report of its
     * own. A concern that both corrects another and was named as corrected by one seen before it (a chain taken in out
     * of order, or a cycle of {@code amends}, which no sender should write) joins the report already named, so a chain
     * or a cycle is one report however it arrives.
     */
    private int reportOf(ConcernObserved c, int idx) {
        Integer correctedBy = correctedAhead.remove(c.id());
        int claimed = correctedBy == null ? -1 : concerns.get(correctedBy).root;
        if (c.amends().isPresent()) {
            String corrected = c.amends().get();
            int seen = concerns.lookup(corrected);
            if (seen >= 0) {
                return claimed >= 0 ? claimed : concerns.get(seen).root;
            }
            Integer ahead = correctedAhead.putIfAbsent(corrected, idx);
            return claimed >= 0 ? claimed : ahead == null ? idx : concerns.get(ahead).root;
        }
        return claimed >= 0 ? claimed : idx;
    }

    /** Adds a concern. A concern id seen before is ignored: the core rejects or drops repeats before this point. */
    public Touched addConcern(ConcernObserved c) {
        Touched touched = new Touched();
        if (concerns.lookup(c.id()) >= 0) {
            return touched;
        }
        int idx = concerns.nextIndex();
        int root = reportOf(c, idx);
        // An original taken in after its correction is an earlier version: the correction stays the report's current.
        boolean originalLate = root != idx && c.amends().isEmpty();
        Exploitation exploitation = shared.of(Exploitation.of(c.indicators(), c.offences()));
        Map<String, String> kinds = new HashMap<>();
        for (PlaceObserved p : c.places()) {
            kinds.put(p.key(), p.kind());
        }
        Roster named = roster(c, idx, root, exploitation, kinds);
        Suspicion.Counted counted = suspicion.count(idx, root, c.agency(), exploitation, named);

        int[] childArray = toArray(named.children);
        HarmScore score = harm.score(c.offences(), c.grading(), named.vulnerable.result());
        boolean onIndicators = score.score() == 0 && exploitation.isEvidence() && childArray.length > 0;
        if (onIndicators) {
            score = harm.score(ConcernHarm.INDICATORS_ONLY, c.grading(), named.vulnerable.result());
        }
        ServiceLevel.Assessment level = shared.of(ServiceLevel.assess(exploitation, named.youngest, c.grading()));
        String agency = shared.of(c.agency());
        String reportAgency = root == idx ? agency : concerns.get(root).agency;
        for (int s : counted.evidence()) {
            network.enrol(s);
            network.record(s, root, reportAgency, childArray);
        }
        Set<Integer> concernVehicles = new LinkedHashSet<>();
        Set<String> concernPlaces = new LinkedHashSet<>();
        tie(c, idx, named, counted.evidence(), kinds, childArray, concernVehicles, concernPlaces, touched);

        ConcernRecord record = new ConcernRecord(c.id(), idx, root, c.received(), agency, exploitation,
                toArray(named.suspects), childArray,
                named.againstWhom().size() == childArray.length ? childArray : toArray(named.againstWhom()),
                toArray(concernVehicles),
                concernPlaces.isEmpty() ? NO_STRINGS : concernPlaces.toArray(String[]::new),
                named.mentionPersons, named.roles, named.keys, shared.of(c.offences()), shared.of(c.grading()),
                shared.of(named.vulnerable.result()), score.score(), onIndicators, score.placeholder(),
                harm.volume(c.offences()), level);
        concerns.add(record);
        ConcernRecord report = concerns.get(root);
        if (root != idx) {
            for (int i = 0; i < report.versions.size(); i++) {
                for (int p : concerns.get(report.versions.get(i)).mentionPersons) {
                    persons.record(p).amendments++;
                    if (network.isMember(p)) {
                        network.component(p).amendments++;
                    }
                }
            }
        }
        report.versions.add(idx);
        if (!originalLate) {
            report.latest = idx;
        }
        level.level().within().ifPresent(d -> schedule(report, report.receivedMicros + d.toNanos() / 1_000));

        touched.suspects.addAll(counted.evidence());
        touched.suspects.addAll(counted.missing());
        touched.suspects.addAll(counted.associates());
        touched.suspects.addAll(counted.oneChild());
        if (exploitation.isEvidence()) {
            for (int child : childArray) {
                persons.record(child).atRisk = true; // from the next report on: this one is evidence already
            }
        }
        touched.children.addAll(named.children);
        for (int s : counted.evidence()) {
            touched.networks.add(network.find(s));
        }
        for (int v : concernVehicles) {
            touched.vehicles.add(vehicles.find(v));
        }
        touched.places.addAll(concernPlaces);
        List<DecisionObserved> early = pending.remove(c.id());
        if (early != null) {
            for (DecisionObserved d : early) {
                touched.addAll(decide(d, idx));
            }
        }
        return touched;
    }

    /**
     * Who concern {@code idx} (a version of report {@code root}) names, by what each counts as (see the class
     * comment), with each mention added to its person's record: the person's mentions, age, missing episodes and care.
     */
    private Roster roster(ConcernObserved c, int idx, int root, Exploitation exploitation, Map<String, String> kinds) {
        long received = c.received().getEpochSecond();
        boolean residential = residential(c.agency()) || residential(c.authorRole());
        boolean referred = DesignatedOfficer.is(c.agency()) || DesignatedOfficer.is(c.authorRole());
        Roster named = new Roster(c.mentions().size(), c.indicators().contains(Indicators.MISSING));
        for (int i = 0; i < c.mentions().size(); i++) {
            MentionObserved m = c.mentions().get(i);
            int p = persons.find(persons.intern(m.person()));
            PersonRecord person = persons.record(p);
            named.mentionPersons[i] = p;
            named.roles[i] = shared.of(m.role());
            named.keys[i] = mentionKeys.pack(idx, m.ref(c.id()));
            person.mentions.add(named.keys[i]);
            // A suspect's age as the middle of what a partial date allows; anyone else's as the youngest it allows.
            OptionalInt age = m.role().equals("suspect") ? AgeAt.estimate(m.age(), m.born(), received)
                    : AgeAt.youngest(m.age(), m.born(), received);
            if (age.isPresent() && age.getAsInt() >= AgeAt.ADULT) {
                person.adultOnRecord = true;
            }
            person.born = AgeAt.youngest(person.born, shared.of(m.born())); // one copy of each date, not one a person
            age = m.role().equals("suspect") ? AgeAt.suspectOnRecord(age, person.born, person.adultOnRecord, received)
                    : AgeAt.childOnRecord(age, person.born, received);
            boolean knownChild = age.isPresent() && age.getAsInt() < AgeAt.ADULT;
            switch (m.role()) {
                case "suspect" -> {
                    if (!knownChild && named.suspects.add(p)) {
                        person.suspected = PersonRecord.added(person.suspected, idx, 2);
                        if (referred) {
                            person.referred = PersonRecord.added(person.referred, idx, 1);
                        }
                        if (!namedBefore(root, idx, p, m.role())) {
                            person.suspectReports++;
                        }
                    } else if (knownChild && !endsWith(person.suspectedUnder18, idx)) {
                        person.suspectedUnder18 = PersonRecord.added(person.suspectedUnder18, idx, 1);
                    }
                }
                case "reporter", "witness" -> {
                    if (!namedBefore(root, idx, p, m.role())) {
                        person.context++;
                    }
                }
                default -> {
                    if (!knownChild && !m.role().equals("victim")) {
                        adultBeside(named, m.role(), p, person, idx, exploitation, namedBefore(root, idx, p, m.role()));
                    }
                    // The victim of an offence only a child suffers was a child then, though the report is made
                    // years later, when she is 22: the historic investigation that names the men at last.
                    boolean childThen = knownChild || m.role().equals("victim") && exploitation.againstAChild();
                    person.childByAge |= childThen;
                    boolean child = childThen || age.isEmpty() && m.role().equals("victim");
                    if (child && named.children.add(p)) {
                        childNamed(named, m, person, age, idx, root, residential, kinds);
                    }
                    if (child && m.role().equals("victim")) {
                        named.victims.add(p);
                    }
                }
            }
            if (Suspicion.professionalRoles(person) > 0 || !person.referred.isEmpty()) {
                persons.markProfessionalSign(p);
            }
        }
        named.children.removeAll(named.suspects);
        named.victims.removeAll(named.suspects);
        named.associates.removeAll(named.suspects);
        named.associates.removeAll(named.children);
        return named;
    }

    /**
     * An adult named as {@code associate} or {@code other}: context (unless an earlier version of the report named him
     * so: {@code again}), and an associate of the concern's children.
     */
    private static void adultBeside(Roster named, String role, int p, PersonRecord person, int idx,
            Exploitation exploitation, boolean again) {
        if (!again) {
            person.context++;
        }
        if (role.equals("associate")) {
            if (!again) {
                person.associateContext++;
            }
            if (named.namedAssociates.add(p)) {
                person.associated = PersonRecord.added(person.associated, idx, 1);
                if (exploitation.isEvidence() && !again) {
                    person.associateInEvidence++;
                }
            }
        }
        if (exploitation.isEvidence() && (role.equals("associate") || role.equals("other"))) {
            named.associates.add(p);
        }
    }

    /**
     * Whether an earlier version of report {@code root} than concern {@code idx} names person {@code p} (a root) in
     * {@code role}: a correction that names him again is the same report, and rule 4 weighs reports, not versions.
     */
    private boolean namedBefore(int root, int idx, int p, String role) {
        if (root == idx) {
            return false;
        }
        IntList versions = concerns.get(root).versions;
        for (int v = 0; v < versions.size(); v++) {
            ConcernRecord version = concerns.get(versions.get(v));
            for (int i = 0; i < version.mentionPersons.length; i++) {
                if (persons.find(version.mentionPersons[i]) == p && role.equals(version.mentionRoles[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A child named for the first time in the concern: her reports, missing episodes, care and vulnerability. */
    private void childNamed(Roster named, MentionObserved m, PersonRecord person, OptionalInt age, int idx, int root,
            boolean residential, Map<String, String> kinds) {
        person.asChild = PersonRecord.added(person.asChild, idx, 2);
        if (named.missing && !episodeOf(person, root)) {
            person.missing = PersonRecord.added(person.missing, idx, 1);
        }
        if (residential || m.places().stream().anyMatch(k -> "care_home".equals(kinds.get(k)))) {
            person.inCare = true;
        }
        named.vulnerable.consider(age, person.inCare, person.missing.size());
        if (age.isPresent() && (named.youngest.isEmpty() || age.getAsInt() < named.youngest.getAsInt())) {
            named.youngest = age;
        }
    }

    /**
     * Ties each suspect the concern counted on its own evidence ({@code evidenceSuspects}) to the network: to the other
     * such suspects, the children, and the phones, vehicles and private places his mention gives; and sights the
     * concern's vehicles and places, adding them to {@code concernVehicles} and {@code concernPlaces}.
     */
    private void tie(ConcernObserved c, int idx, Roster named, List<Integer> evidenceSuspects, Map<String, String> kinds,
            int[] childArray, Set<Integer> concernVehicles, Set<String> concernPlaces, Touched touched) {
        long received = c.received().getEpochSecond();
        List<int[]> vehicleMerges = new ArrayList<>();
        List<int[]> networkMerges = new ArrayList<>();
        Set<String> attached = new HashSet<>();
        for (int i = 0; i < c.mentions().size(); i++) {
            MentionObserved m = c.mentions().get(i);
            attached.addAll(m.places());
            int s = named.mentionPersons[i];
            if (!m.role().equals("suspect") || !evidenceSuspects.contains(s)) {
                continue;
            }
            if (s != evidenceSuspects.get(0)) {
                network.union(evidenceSuspects.get(0), s, "being named together", networkMerges);
            }
            for (int child : childArray) {
                network.tieChild(s, child, networkMerges);
            }
            for (String phone : m.phones()) {
                network.tiePhone(s, phone, received, networkMerges);
            }
            for (String written : m.vrms()) {
                int v = vehicles.sight(written, idx, s, vehicleMerges);
                if (v >= 0) {
                    concernVehicles.add(v);
                    for (int[] merge : vehicleMerges) {
                        network.vehiclesMerged(merge[0], merge[1], vehicles.registration(merge[1]), networkMerges);
                        touched.rekeys.add(new Touched.Rekey("vehicle", merge[0], merge[1]));
                    }
                    vehicleMerges.clear();
                    network.tieVehicle(s, v, vehicles.registration(v), received, networkMerges);
                }
            }
            for (String key : m.places()) {
                String kind = kinds.getOrDefault(key, "other");
                if (PlaceBook.counts(kind)) {
                    concernPlaces.add(places.sight(key, kind, written(c, key), idx, s));
                    if (PlaceBook.PRIVATE.contains(kind)) {
                        network.tiePlace(s, key, kind, places.firstWritten(key), received, networkMerges);
                    }
                }
            }
        }
        if (!evidenceSuspects.isEmpty()) {
            for (PlaceObserved p : c.places()) {
                if (!attached.contains(p.key()) && PlaceBook.counts(p.kind())) {
                    concernPlaces.add(places.sight(p.key(), p.kind(), p.written(), idx, -1));
                }
            }
        }
        for (int[] merge : networkMerges) {
            touched.rekeys.add(new Touched.Rekey("network", merge[0], merge[1]));
        }
    }

    /** How the concern wrote the place with this key (a concern names few places). */
    private static String written(ConcernObserved c, String key) {
        for (PlaceObserved p : c.places()) {
            if (p.key().equals(key)) {
                return p.written();
            }
        }
        return key;
    }

    /** Adds a decision; one about a concern not yet seen waits for it. */
    public Touched addDecision(DecisionObserved d) {
        int idx = concerns.lookup(d.concern());
        if (idx < 0) {
            pending.computeIfAbsent(d.concern(), k -> new ArrayList<>()).add(d);
            return new Touched();
        }
        return decide(d, idx);
    }

    /** Linkage joined persons: their records, network places and anchors follow the surviving person. */
    public Touched merge(PersonsMerged m) {
        Touched touched = new Touched();
        int into = persons.find(persons.intern(m.into()));
        List<int[]> networkMerges = new ArrayList<>();
        for (String id : m.merged()) {
            int other = persons.find(persons.intern(id));
            if (other == into) {
                continue;
            }
            network.personsMerged(into, other, networkMerges);
            persons.merge(into, other);
            touched.rekeys.add(new Touched.Rekey("person", other, into));
            touched.context.add("linkage found " + id + " to be " + m.into());
        }
        for (int[] merge : networkMerges) {
            touched.rekeys.add(new Touched.Rekey("network", merge[0], merge[1]));
        }
        touched.suspects.add(into);
        touched.children.add(into);
        if (network.isMember(into)) {
            touched.networks.add(network.find(into));
        }
        return touched;
    }

    /**
     * Reports whose deadline is at or before {@code epochMicros} and that have no decision, each returned once, in
     * order of deadline (then of arrival).
     */
    public IntList overdueBy(long epochMicros) {
        IntList due = new IntList();
        while (!deadlines.isEmpty() && deadlines.peek()[0] <= epochMicros) {
            long[] next = deadlines.poll();
            ConcernRecord report = concerns.get((int) next[1]);
            if (!report.decided() && !report.overdue && report.deadline == next[0]) {
                report.overdue = true;
                due.add(report.index);
            }
        }
        return due;
    }

    private Touched decide(DecisionObserved d, int idx) {
        Touched touched = new Touched();
        ConcernRecord report = concerns.report(idx);
        boolean wasDismissed = report.dismissed();
        report.decisions++;
        report.lastOutcome = shared.of(d.outcome());
        concerns.decided(report.index);
        report.lastDecisionAt = d.at().getEpochSecond();
        touched.decided.add(report.index);
        boolean closing = d.noFurtherAction() && !wasDismissed;
        if (closing) {
            report.nfaDecision = d.id();
            report.nfaReason = shared.of(d.reason());
            report.nfaAt = d.at().getEpochSecond();
        }
        // A report closed and then acted on (a charge years later) is still one closed on its own, and its dismissed
        // alerts say that it was acted on: both change what those alerts rest on.
        if (closing || wasDismissed && !d.noFurtherAction()) {
            for (int i = 0; i < report.versions.size(); i++) {
                ConcernRecord version = concerns.get(report.versions.get(i));
                for (int p : version.mentionPersons) {
                    persons.record(p).dismissals++;
                }
                for (int s : version.suspects) {
                    touched.suspects.add(persons.find(s));
                }
                for (int child : version.children) {
                    touched.children.add(persons.find(child));
                }
                for (int v : version.vehicles) {
                    touched.vehicles.add(vehicles.find(v));
                }
                touched.places.addAll(List.of(version.places));
            }
        }
        return touched;
    }

    private void schedule(ConcernRecord report, long deadline) {
        if (!report.decided() && !report.overdue && deadline < report.deadline) {
            report.deadline = deadline;
            deadlines.add(new long[] {deadline, report.index});
        }
    }

    private boolean episodeOf(PersonRecord person, int root) {
        for (int i = 0; i < person.missing.size(); i++) {
            if (concerns.get(person.missing.get(i)).root == root) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code list} ends with {@code value}: a concern naming one person twice is listed once. */
    private static boolean endsWith(IntList list, int value) {
        return list.size() > 0 && list.get(list.size() - 1) == value;
    }

    /** Whether an agency or author role says the child is looked after: in residential or foster care. */
    private static boolean residential(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("residential") || t.contains("children's home") || t.contains("care home")
                || t.equals("home manager") || t.contains("foster");
    }

    private static int[] toArray(Set<Integer> values) {
        // Most concerns name no vehicle and many no suspect: one empty array for all of them, not 16 bytes each.
        return values.isEmpty() ? NO_INTS : values.stream().mapToInt(Integer::intValue).toArray();
    }
}
