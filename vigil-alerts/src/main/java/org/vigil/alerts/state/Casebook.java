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
import org.vigil.alerts.evidence.Exploitation;
import org.vigil.alerts.evidence.Indicators;
import org.vigil.alerts.evidence.ServiceLevel;
import org.vigil.alerts.harm.ConcernHarm;
import org.vigil.alerts.harm.MostVulnerable;
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
 * A suspect's mention is suspicion evidence only if the concern {@link Exploitation#isEvidence() is exploitation
 * evidence}. A person named at least as often in the roles of carers, professionals and parents (reporter, witness,
 * and as an adult other) as a suspect must meet a higher bar: each report must have
 * {@link Exploitation#strength() strength} of at least {@code professionalStrength}, and the first such report is
 * held until a second corroborates it; ties to a network are made from the corroborating report on. A mention as an
 * adult {@code associate} does not raise the bar (rule 7): it is how agencies record a child's "boyfriend"; and the
 * suspect reports of an adult recorded so in {@link #ASSOCIATE_OF_EXPLOITATION} reports of exploitation evidence are
 * not held to it (rule 12).
 *
 * <p>Agencies also record the men around a child as her "boyfriend" or a man seen with her. A mention as an adult
 * {@code associate} or {@code other} in exploitation evidence is context, but it also counts as suspicion once the
 * person is a counted suspect in exploitation evidence and either he is not named in roles that carry no suspicion
 * (associate included) at least as often as a suspect, or he is counted as a suspect in two reports; earlier such
 * mentions count from then. Otherwise, once he is a counted suspect, those about a child he is suspected about count:
 * they add reports about her, never another child. So one allegation never turns an
 * adult named beside many children into a suspect of all of them. These mentions count towards
 * {@code repeat_suspect} and {@code dismissed} only: they tie no network, vehicle or place. Rules 8 (reports without
 * evidence of their own about a missing child at risk, or about a child he is suspected about), 9 (two agencies
 * recording him as one child's associate) and 11 (her suspect in one report, her associate in another, one of them
 * evidence) are described where they are applied. A child in a report is under 18 if her
 * stated age or a date of birth on record for her says so ({@link AgeAt#childOnRecord}).
 */
public final class Casebook {
    public final PersonBook persons = new PersonBook();
    public final ConcernBook concerns = new ConcernBook();
    public final VehicleBook vehicles = new VehicleBook();
    public final PlaceBook places = new PlaceBook();
    public final NetworkBook network = new NetworkBook();
    public final MentionKeys mentionKeys = new MentionKeys();
    private final ConcernHarm harm;
    private final double professionalStrength;
    /**
     * Rule 12: an adult recorded this many times as a child's associate (her "boyfriend", the man seen with her) in
     * reports of exploitation evidence is not a carer or professional however often he is also named as reporter,
     * witness or other.
     */
    static final int ASSOCIATE_OF_EXPLOITATION = 2;
    /** What records repeat (agencies, roles, offences, assessments), kept once. */
    private final SharedValues shared = new SharedValues();
    private final Map<String, List<DecisionObserved>> pending = new HashMap<>();
    private final PriorityQueue<long[]> deadlines =
            new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));

    /** How many held reports have been released (see the class comment): each names its suspect late. */
    private int released;

    public Casebook(ConcernHarm harm, double professionalStrength) {
        this.harm = harm;
        this.professionalStrength = professionalStrength;
    }

    /** The mention key {@code "<concern>/<ref>"} of a packed mention. */
    public String mentionKey(long packed) {
        return concerns.get(MentionKeys.concern(packed)).id + "/" + mentionKeys.ref(packed);
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
     * Changes whenever a held report is released, so that a concern already known becomes evidence against its suspect
     * without the suspect being named again. (An associate's waiting reports do not change it: patterns that read a
     * concern's suspects do not read its associates.)
     */
    public int released() {
        return released;
    }

    /**
     * Whether {@code person} is named as reporter, witness or adult other at least as often as a suspect: the roles of
     * carers, professionals and parents (see the class comment). Mentions as an adult associate are left out.
     */
    public boolean professional(PersonRecord person) {
        int roles = professionalRoles(person);
        return roles > 0 && roles >= person.suspected.size();
    }

    /**
     * Whether the reports naming {@code person} as a suspect must meet the higher bar of a professional: he is
     * {@link #professional}, and not recorded as a child's associate in {@link #ASSOCIATE_OF_EXPLOITATION} reports of
     * exploitation evidence (rule 12).
     */
    public boolean heldToTheBar(PersonRecord person) {
        return professional(person) && person.associateInEvidence < ASSOCIATE_OF_EXPLOITATION;
    }

    /** How often the person was named as reporter, witness or adult other: the roles of carers and professionals. */
    public static int professionalRoles(PersonRecord person) {
        return person.context - person.associateContext;
    }

    /**
     * Whether the person's mentions as an adult associate or other in exploitation evidence count as suspicion (see the
     * class comment): he is a counted suspect and not named in other roles, associate included, at least as often as a
     * suspect, or he is counted as a suspect in two reports.
     */
    private boolean associateCounts(PersonRecord person) {
        int asSuspect = person.suspectedOfExploitation.size() - person.asAssociate.size();
        boolean mostlyContext = person.context > 0 && person.context >= person.suspected.size();
        return asSuspect >= 2 || (asSuspect >= 1 && !mostlyContext);
    }

    /**
     * Of the person's waiting associate reports, those about a child of a report that counts him as a suspect himself
     * (rule 6): the man suspected about a girl and recorded in other exploitation reports as her "boyfriend". They never
     * add a child he is not suspected about. {@code current} is the concern being added, with its {@code children}.
     */
    private IntList aboutHisChildren(PersonRecord person, int current, Set<Integer> children) {
        Set<Integer> his = childrenSuspectedAbout(person, current, children, false);
        IntList about = IntList.NONE;
        Set<Integer> theirs = new HashSet<>();
        for (int i = 0; i < person.associateWaiting.size() && !his.isEmpty(); i++) {
            int report = person.associateWaiting.get(i);
            theirs.clear();
            childrenOf(report, current, children, theirs);
            theirs.retainAll(his);
            if (!theirs.isEmpty()) {
                about = PersonRecord.added(about, report, 1);
            }
        }
        return about;
    }

    /**
     * Rule 8: a report with no exploitation evidence of its own still counts against an adult it names as a suspect
     * (a) when it reports a child missing who is already known to be at risk of exploitation (named as a child in an
     * earlier report of exploitation evidence): the man she is found with, or who harbours her, when she goes missing
     * again; or (b) when an earlier report of exploitation evidence names him as a suspect about one of its children:
     * the same man named again about the same girl. Such a report never meets the bar of rule 4, so carers and
     * professionals are not counted by it. It counts towards {@code repeat_suspect} and {@code dismissed} only: it ties
     * no network, vehicle or place. Returns the suspects it counted.
     */
    private List<Integer> missingWithChildAtRisk(Exploitation exploitation, boolean missing, Set<Integer> suspects,
            Set<Integer> children, int idx) {
        if (exploitation.isEvidence() || suspects.isEmpty() || children.isEmpty()) {
            return List.of();
        }
        boolean atRisk = missing && children.stream().anyMatch(child -> persons.record(child).atRisk);
        List<Integer> counted = new ArrayList<>();
        for (int s : suspects) {
            PersonRecord person = persons.record(s);
            if (!professional(person) && (atRisk || suspectedAbout(person, children))) {
                person.suspectedOfExploitation = PersonRecord.added(person.suspectedOfExploitation, idx, 2);
                counted.add(s);
            }
        }
        return counted;
    }

    /**
     * Rule 11: one report names an adult as a child's suspect and another names him as her suspect or her
     * {@code associate}, and one of the two is exploitation evidence: both count against him, whichever came first and
     * whether or not the other is evidence too (rule 8 counts the second report only when the evidence came first).
     * The man the police name as her suspect when she is found after a missing episode, whom her school later records
     * as her "boyfriend" who brings her gifts, or whom a later report of her in a hotel names again; or the man named
     * as the adult she was with when missing, later accused about her. The reports count towards
     * {@code repeat_suspect} (as two reports about her, or through rule 10) and {@code dismissed} only; never for an
     * adult of rule 4, nor for a suspect and an associate report of one any report names as the associate of another
     * child (the coach beside many children, falsely accused once about one of them), nor on {@code other} mentions,
     * the carer's role. {@code current} is the concern being added, of report {@code root}, naming {@code suspects}
     * and {@code namedAssociates} (adults) beside {@code children}. Returns the persons for whom a report was counted.
     */
    private List<Integer> suspectAndAssociateOfOneChild(Exploitation exploitation, Set<Integer> suspects,
            Set<Integer> namedAssociates, Set<Integer> children, int current, int root) {
        if (children.isEmpty()) {
            return List.of();
        }
        List<Integer> counted = new ArrayList<>();
        Set<Integer> theirs = new HashSet<>();
        for (int s : suspects) {
            PersonRecord person = persons.record(s);
            if (namedAssociates.contains(s) || professional(person)) {
                continue;
            }
            boolean changed = false;
            IntList others = suspectReportsAbout(person, current, root, exploitation, children, theirs);
            for (int i = 0; i < others.size(); i++) {
                changed |= countSuspect(person, current) | countSuspect(person, others.get(i));
            }
            if (children.contains(onlyAssociateOf(person, current, children, theirs))) {
                for (int i = 0; i < person.associated.size(); i++) {
                    int other = person.associated.get(i);
                    if (other != current && aboutOneOf(other, root, exploitation, children, theirs)) {
                        changed |= countSuspect(person, current) | countAssociate(person, other);
                    }
                }
            }
            if (changed) {
                counted.add(s);
            }
        }
        for (int a : namedAssociates) {
            PersonRecord person = persons.record(a);
            if (suspects.contains(a) || children.contains(a) || professional(person)
                    || onlyAssociateOf(person, current, children, theirs) < 0) {
                continue;
            }
            boolean changed = false;
            IntList others = suspectReportsAbout(person, current, root, exploitation, children, theirs);
            for (int i = 0; i < others.size(); i++) {
                changed |= countSuspect(person, others.get(i)) | countAssociate(person, current);
            }
            if (changed) {
                counted.add(a);
            }
        }
        return counted;
    }

    /**
     * The person's other reports naming him as a suspect that rule 11 may count with the concern being added
     * ({@code current}, of report {@code root}): about one of {@code children}, and one of the two exploitation evidence.
     */
    private IntList suspectReportsAbout(PersonRecord person, int current, int root, Exploitation exploitation,
            Set<Integer> children, Set<Integer> scratch) {
        IntList out = IntList.NONE;
        for (int i = 0; i < person.suspected.size(); i++) {
            int other = person.suspected.get(i);
            if (other != current && mayCount(person, other) && aboutOneOf(other, root, exploitation, children, scratch)) {
                out = PersonRecord.added(out, other, 1);
            }
        }
        return out;
    }

    /**
     * The one child (a root) every report naming the person (a root's record) as an {@code associate} is about, or -1
     * if they name none or several: rule 10's "nobody else's associate".
     */
    public int onlyAssociateOf(PersonRecord person) {
        return onlyAssociateOf(person, -1, Set.of(), new HashSet<>());
    }

    /**
     * As {@link #onlyAssociateOf(PersonRecord)} while a concern is added ({@code current}, with its {@code children}):
     * rule 11 asks it first, so that the reports it counts add no other child to his count.
     */
    private int onlyAssociateOf(PersonRecord person, int current, Set<Integer> children, Set<Integer> scratch) {
        scratch.clear();
        for (int i = 0; i < person.associated.size() && scratch.size() < 2; i++) {
            childrenOf(person.associated.get(i), current, children, scratch);
        }
        return scratch.size() == 1 ? scratch.iterator().next() : -1;
    }

    /**
     * Whether an earlier report {@code other} (a version of another report than {@code root}) names one of
     * {@code children}, and it or the concern being added, of {@code exploitation}, is exploitation evidence.
     */
    private boolean aboutOneOf(int other, int root, Exploitation exploitation, Set<Integer> children,
            Set<Integer> scratch) {
        ConcernRecord report = concerns.get(other);
        if (report.root == root || !(exploitation.isEvidence() || report.exploitation.isEvidence())) {
            return false;
        }
        scratch.clear();
        childrenOf(other, -1, Set.of(), scratch);
        for (int child : children) {
            if (scratch.contains(persons.find(child))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether rule 11 may count an earlier report naming the person as a suspect: one without exploitation evidence, or
     * one counted already. A report of evidence that was not counted was refused by rule 4 when it came in (he was
     * then named as reporter, witness or carer as often as accused, and it was not strong enough), and stays refused.
     */
    private boolean mayCount(PersonRecord person, int report) {
        return !concerns.get(report).exploitation.isEvidence() || person.suspectedOfExploitation.contains(report);
    }

    private static boolean countSuspect(PersonRecord person, int report) {
        if (person.suspectedOfExploitation.contains(report)) {
            return false;
        }
        person.suspectedOfExploitation = PersonRecord.added(person.suspectedOfExploitation, report, 2);
        return true;
    }

    private static boolean countAssociate(PersonRecord person, int report) {
        if (person.asAssociate.contains(report)) {
            return false;
        }
        if (person.associateWaiting.contains(report)) {
            IntList one = new IntList(1);
            one.add(report);
            person.associateWaiting = PersonRecord.without(person.associateWaiting, one);
        }
        person.asAssociate = PersonRecord.added(person.asAssociate, report, 1);
        person.suspectedOfExploitation = PersonRecord.added(person.suspectedOfExploitation, report, 2);
        return true;
    }

    /**
     * Rule 9: {@code counted} with the person's waiting reports that name him as the {@code associate} of a child whom
     * another agency's report also names him the associate of, both exploitation evidence: two agencies, each on its
     * own, recording the same man as a girl's "boyfriend" or the man she is seen with. Not for an adult named as reporter,
     * witness or adult other at least as often as a suspect (rule 4), and never for {@code other} mentions, the carer's
     * role. {@code current} is the concern being added, with its children, agency, persons and roles.
     */
    private IntList withAssociatesAcrossAgencies(PersonRecord person, IntList counted, int p, int current,
            Set<Integer> currentChildren, String currentAgency, int[] currentPersons, String[] currentRoles) {
        if (professional(person)) {
            return counted;
        }
        Map<Integer, Set<String>> agencies = new HashMap<>();
        List<Integer> asAssociate = new ArrayList<>();
        Set<Integer> children = new HashSet<>();
        for (IntList list : List.of(person.associateWaiting, person.asAssociate)) {
            for (int i = 0; i < list.size(); i++) {
                int report = list.get(i);
                boolean associate = report == current ? namedAs(currentPersons, currentRoles, p, "associate")
                        : namedAs(report, p, "associate");
                if (!associate) {
                    continue;
                }
                children.clear();
                childrenOf(report, current, currentChildren, children);
                String agency = report == current ? currentAgency : concerns.get(concerns.get(report).root).agency;
                for (int child : children) {
                    agencies.computeIfAbsent(child, k -> new HashSet<>()).add(agency);
                }
                if (list == person.associateWaiting && !counted.contains(report)) {
                    asAssociate.add(report);
                }
            }
        }
        IntList out = counted;
        for (int report : asAssociate) {
            children.clear();
            childrenOf(report, current, currentChildren, children);
            if (children.stream().anyMatch(child -> agencies.get(child).size() >= 2)) {
                out = out == IntList.NONE || out == counted ? copy(counted) : out;
                out.add(report);
            }
        }
        return out;
    }

    private static IntList copy(IntList list) {
        IntList out = new IntList(list.size() + 1);
        out.addAll(list);
        return out;
    }

    private static boolean namedAs(int[] mentionPersons, String[] roles, int person, String role) {
        for (int i = 0; i < mentionPersons.length; i++) {
            if (mentionPersons[i] == person && role.equals(roles[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the person (a root) is named in the given role in the concern (in this version). */
    public boolean namedAs(int concern, int person, String role) {
        ConcernRecord c = concerns.get(concern);
        for (int i = 0; i < c.mentionPersons.length; i++) {
            if (persons.find(c.mentionPersons[i]) == person && role.equals(c.mentionRoles[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether a report of exploitation evidence naming the person as a suspect himself names one of {@code children}. */
    private boolean suspectedAbout(PersonRecord person, Set<Integer> children) {
        Set<Integer> his = childrenSuspectedAbout(person, -1, Set.of(), true);
        his.retainAll(children);
        return !his.isEmpty();
    }

    /**
     * The children (roots) of the reports that count the person as a suspect himself, not only as an associate; with
     * {@code evidenceOnly}, of those that are exploitation evidence. {@code current} is the concern being added, with
     * its {@code currentChildren}.
     */
    private Set<Integer> childrenSuspectedAbout(PersonRecord person, int current, Set<Integer> currentChildren,
            boolean evidenceOnly) {
        Set<Integer> his = new HashSet<>();
        for (int i = 0; i < person.suspectedOfExploitation.size(); i++) {
            int report = person.suspectedOfExploitation.get(i);
            if (!person.asAssociate.contains(report)
                    && (!evidenceOnly || concerns.get(report).exploitation.isEvidence())) {
                childrenOf(report, current, currentChildren, his);
            }
        }
        return his;
    }

    private void childrenOf(int concern, int current, Set<Integer> currentChildren, Set<Integer> into) {
        if (concern == current) {
            currentChildren.forEach(child -> into.add(persons.find(child)));
        } else {
            for (int child : concerns.get(concern).children) {
                into.add(persons.find(child));
            }
        }
    }

    private static Set<Integer> union(Set<Integer> a, List<Integer> b) {
        Set<Integer> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    /** Adds a concern. A concern id seen before is ignored: the core rejects or drops repeats before this point. */
    public Touched addConcern(ConcernObserved c) {
        Touched touched = new Touched();
        if (concerns.lookup(c.id()) >= 0) {
            return touched;
        }
        int idx = concerns.nextIndex();
        long received = c.received().getEpochSecond();
        int root = c.amends().map(concerns::lookup).filter(a -> a >= 0).map(a -> concerns.get(a).root).orElse(idx);
        Exploitation exploitation = shared.of(Exploitation.of(c.indicators(), c.offences()));
        boolean missing = c.indicators().contains(Indicators.MISSING);
        Map<String, String> kinds = new HashMap<>();
        for (PlaceObserved p : c.places()) {
            kinds.put(p.key(), p.kind());
        }
        boolean residential = residential(c.agency()) || residential(c.authorRole());

        int n = c.mentions().size();
        int[] mentionPersons = new int[n];
        String[] roles = new String[n];
        long[] keys = new long[n];
        Set<Integer> suspects = new LinkedHashSet<>();
        Set<Integer> children = new LinkedHashSet<>();
        Set<Integer> associates = new LinkedHashSet<>();
        Set<Integer> namedAssociates = new LinkedHashSet<>();
        MostVulnerable vulnerable = new MostVulnerable();
        OptionalInt youngest = OptionalInt.empty();
        for (int i = 0; i < n; i++) {
            MentionObserved m = c.mentions().get(i);
            int p = persons.find(persons.intern(m.person()));
            PersonRecord person = persons.record(p);
            mentionPersons[i] = p;
            roles[i] = shared.of(m.role());
            keys[i] = mentionKeys.pack(idx, m.ref(c.id()));
            person.mentions.add(keys[i]);
            OptionalInt age = AgeAt.estimate(m.age(), m.born(), received);
            if (age.isPresent() && age.getAsInt() >= AgeAt.ADULT) {
                person.adultOnRecord = true;
            }
            person.born = AgeAt.youngest(person.born, m.born());
            if (!m.role().equals("suspect")) {
                age = AgeAt.childOnRecord(age, person.born, received);
            }
            boolean knownChild = age.isPresent() && age.getAsInt() < AgeAt.ADULT;
            switch (m.role()) {
                case "suspect" -> {
                    if (!knownChild && suspects.add(p)) {
                        person.suspected = PersonRecord.added(person.suspected, idx, 2);
                    }
                }
                case "reporter", "witness" -> person.context++;
                default -> {
                    if (!knownChild && !m.role().equals("victim")) {
                        person.context++;
                        if (m.role().equals("associate")) {
                            person.associateContext++;
                            if (namedAssociates.add(p)) {
                                person.associated = PersonRecord.added(person.associated, idx, 1);
                                if (exploitation.isEvidence()) {
                                    person.associateInEvidence++;
                                }
                            }
                        }
                        if (exploitation.isEvidence() && (m.role().equals("associate") || m.role().equals("other"))) {
                            associates.add(p);
                        }
                    }
                    if ((knownChild || (age.isEmpty() && m.role().equals("victim"))) && children.add(p)) {
                        person.asChild = PersonRecord.added(person.asChild, idx, 2);
                        if (missing && !episodeOf(person, root)) {
                            person.missing = PersonRecord.added(person.missing, idx, 1);
                        }
                        if (residential || m.places().stream().anyMatch(k -> "care_home".equals(kinds.get(k)))) {
                            person.inCare = true;
                        }
                        vulnerable.consider(age, person.inCare, person.missing.size());
                        if (age.isPresent() && (youngest.isEmpty() || age.getAsInt() < youngest.getAsInt())) {
                            youngest = age;
                        }
                    }
                }
            }
        }
        children.removeAll(suspects);

        HarmScore score = harm.score(c.offences(), c.grading(), vulnerable.result());
        ServiceLevel.Assessment level = shared.of(ServiceLevel.assess(exploitation, youngest, c.grading()));
        List<Integer> evidenceSuspects = new ArrayList<>();
        Set<Integer> concernVehicles = new LinkedHashSet<>();
        Set<String> concernPlaces = new LinkedHashSet<>();
        List<int[]> vehicleMerges = new ArrayList<>();
        List<int[]> networkMerges = new ArrayList<>();
        if (exploitation.isEvidence()) {
            for (int s : suspects) {
                PersonRecord person = persons.record(s);
                if (!heldToTheBar(person)) {
                    evidenceSuspects.add(s);
                    person.suspectedOfExploitation = PersonRecord.added(person.suspectedOfExploitation, idx, 2);
                } else if (exploitation.strength() >= professionalStrength) {
                    if (person.held.isEmpty() && person.suspectedOfExploitation.isEmpty()) {
                        person.held = PersonRecord.added(person.held, idx, 1);
                        continue;
                    }
                    person.suspectedOfExploitation = PersonRecord.joined(person.suspectedOfExploitation, person.held);
                    released += person.held.size();
                    person.held = IntList.NONE;
                    evidenceSuspects.add(s);
                    person.suspectedOfExploitation = PersonRecord.added(person.suspectedOfExploitation, idx, 2);
                }
            }
        }
        List<Integer> missingSuspects = missingWithChildAtRisk(exploitation, missing, suspects, children, idx);
        associates.removeAll(suspects);
        associates.removeAll(children);
        for (int a : associates) {
            PersonRecord person = persons.record(a);
            person.associateWaiting = PersonRecord.added(person.associateWaiting, idx, 1);
        }
        List<Integer> oneChild = suspectAndAssociateOfOneChild(exploitation, suspects, namedAssociates, children, idx,
                root);
        List<Integer> countedAssociates = new ArrayList<>();
        List<Integer> countedSuspects = evidenceSuspects;
        if (!missingSuspects.isEmpty()) {
            countedSuspects = new ArrayList<>(evidenceSuspects);
            countedSuspects.addAll(missingSuspects);
        }
        for (int p : countedSuspects.isEmpty() ? associates : union(associates, countedSuspects)) {
            PersonRecord person = persons.record(p);
            if (person.associateWaiting.isEmpty()) {
                continue;
            }
            IntList counted = associateCounts(person) ? person.associateWaiting
                    : withAssociatesAcrossAgencies(person, aboutHisChildren(person, idx, children), p, idx, children,
                            c.agency(), mentionPersons, roles);
            if (!counted.isEmpty()) {
                person.associateWaiting = counted == person.associateWaiting ? IntList.NONE
                        : PersonRecord.without(person.associateWaiting, counted);
                person.asAssociate = PersonRecord.joined(person.asAssociate, counted);
                person.suspectedOfExploitation = PersonRecord.joined(person.suspectedOfExploitation, counted);
                countedAssociates.add(p);
            }
        }
        int[] childArray = children.stream().mapToInt(Integer::intValue).toArray();
        String agency = shared.of(c.agency());
        String reportAgency = root == idx ? agency : concerns.get(root).agency;
        for (int s : evidenceSuspects) {
            network.enrol(s);
            network.record(s, root, reportAgency, childArray);
        }
        Set<String> attached = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            MentionObserved m = c.mentions().get(i);
            attached.addAll(m.places());
            int s = mentionPersons[i];
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
                    concernPlaces.add(places.sight(key, kind, idx, s));
                    if (PlaceBook.PRIVATE.contains(kind)) {
                        network.tiePlace(s, key, kind, received, networkMerges);
                    }
                }
            }
        }
        if (!evidenceSuspects.isEmpty()) {
            for (PlaceObserved p : c.places()) {
                if (!attached.contains(p.key()) && PlaceBook.counts(p.kind())) {
                    concernPlaces.add(places.sight(p.key(), p.kind(), idx, -1));
                }
            }
        }
        for (int[] merge : networkMerges) {
            touched.rekeys.add(new Touched.Rekey("network", merge[0], merge[1]));
        }

        ConcernRecord record = new ConcernRecord(c.id(), idx, root, received, agency, exploitation,
                toArray(suspects), childArray, toArray(concernVehicles), concernPlaces.toArray(String[]::new),
                mentionPersons, roles, keys, shared.of(c.offences()), shared.of(c.grading()), shared.of(vulnerable.result()),
                score.score(), score.placeholder(), harm.volume(c.offences()), level);
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
        report.latest = idx;
        level.level().within().ifPresent(d -> schedule(report, report.received + d.getSeconds()));

        touched.suspects.addAll(evidenceSuspects);
        touched.suspects.addAll(missingSuspects);
        touched.suspects.addAll(countedAssociates);
        touched.suspects.addAll(oneChild);
        if (exploitation.isEvidence()) {
            for (int child : childArray) {
                persons.record(child).atRisk = true; // from the next report on: this one is evidence already
            }
        }
        touched.children.addAll(children);
        for (int s : evidenceSuspects) {
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
     * Reports whose deadline is at or before {@code epochSecond} and that have no decision, each returned once, in
     * order of deadline (then of arrival).
     */
    public IntList overdueBy(long epochSecond) {
        IntList due = new IntList();
        while (!deadlines.isEmpty() && deadlines.peek()[0] <= epochSecond) {
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
        report.lastDecisionAt = d.at().getEpochSecond();
        touched.decided.add(report.index);
        if (d.noFurtherAction() && !wasDismissed) {
            report.nfaDecision = d.id();
            report.nfaReason = shared.of(d.reason());
            report.nfaAt = d.at().getEpochSecond();
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

    /** Whether an agency or author role says the child lives in residential care. */
    private static boolean residential(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("residential") || t.contains("children's home") || t.contains("care home")
                || t.equals("home manager");
    }

    private static int[] toArray(Set<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
