package org.vigil.alerts.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.vigil.alerts.evidence.AgeAt;
import org.vigil.alerts.evidence.Exploitation;
import org.vigil.alerts.evidence.Indicators;

/**
 * Which reports count a person as suspected: the rules of {@code docs/decisions/alerts-benign-adults.md}, applied as each
 * concern is added to the {@link Casebook}. It counts and remembers what it counted in the persons' records; the
 * patterns read those counts and raise the alerts.
 *
 * <p>A suspect's mention is suspicion evidence only if the concern {@link Exploitation#isEvidence() is exploitation
 * evidence}. A person named at least as often in the roles of carers, professionals and parents (reporter, witness,
 * and as an adult other) as a suspect must meet a higher bar (rule 4): each report must have
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
 * mentions count from then (rule 6). Otherwise, once he is a counted suspect, those about a child he is suspected
 * about count: they add reports about her, never another child. So one allegation never turns an adult named beside
 * many children into a suspect of all of them. These mentions count towards {@code repeat_suspect} and
 * {@code dismissed} only: they tie no network, vehicle or place. Rules 8 (reports without evidence of their own about
 * a missing child at risk, or about a child he is suspected about), 9 (two agencies recording him as one child's
 * associate), 11 (her suspect in one report, her associate in another, one of them evidence) and 15 (the older partner
 * of a child under 16) are described where they are applied.
 */
public final class Suspicion {
    /**
     * Rule 12: an adult recorded this many times as a child's associate (her "boyfriend", the man seen with her) in
     * reports of exploitation evidence is not a carer or professional however often he is also named as reporter,
     * witness or other.
     */
    static final int ASSOCIATE_OF_EXPLOITATION = 2;

    private final PersonBook persons;
    private final ConcernBook concerns;
    private final double professionalStrength;
    /**
     * Rule 17: the children one report must allege an exploitation offence against to be corroborated in itself; rule
     * 16's count ({@code Thresholds#repeatChildren()}), so that the report rule 16 flags on its own is never held.
     */
    private final int severalChildren;
    /** How many held reports have been released (see the class comment): each names its suspect late. */
    private int released;

    Suspicion(PersonBook persons, ConcernBook concerns, double professionalStrength, int severalChildren) {
        this.persons = persons;
        this.concerns = concerns;
        this.professionalStrength = professionalStrength;
        this.severalChildren = severalChildren;
    }

    /**
     * What one concern counted: its suspects counted on its own exploitation evidence ({@code evidence}, the only ones
     * it ties to networks, vehicles and places), by rule 8 ({@code missing}), as associates (rules 6, 9 and 10), and
     * by rule 11 ({@code oneChild}).
     */
    record Counted(List<Integer> evidence, List<Integer> missing, List<Integer> associates, List<Integer> oneChild) {
    }

    /**
     * Counts concern {@code idx} (a version of report {@code root}) against the persons it names, as {@code named}
     * classified them; {@code agency} is the agency that sent it.
     */
    Counted count(int idx, int root, String agency, Exploitation exploitation, Roster named) {
        List<Integer> evidenceSuspects = new ArrayList<>();
        if (exploitation.isEvidence()) {
            for (int s : named.suspects) {
                PersonRecord person = persons.record(s);
                if (!heldToTheBar(person)) {
                    release(person);
                    evidenceSuspects.add(s);
                    person.suspectedOfExploitation = PersonRecord.added(person.suspectedOfExploitation, idx, 2);
                } else if (exploitation.strength() >= professionalStrength) {
                    if (person.held.isEmpty() && person.suspectedOfExploitation.isEmpty()
                            && !offenceAgainstSeveral(exploitation, named)) {
                        person.held = PersonRecord.added(person.held, idx, 1);
                        continue;
                    }
                    if (holds(person, root)) {
                        continue; // a correction of the held report: the same allegation, which cannot corroborate itself
                    }
                    release(person);
                    evidenceSuspects.add(s);
                    person.suspectedOfExploitation = PersonRecord.added(person.suspectedOfExploitation, idx, 2);
                }
            }
        }
        List<Integer> missingSuspects = missingWithChildAtRisk(exploitation, named.missing, named.suspects,
                named.children, idx);
        Set<Integer> associates = named.associates;
        for (int a : associates) {
            PersonRecord person = persons.record(a);
            person.associateWaiting = PersonRecord.added(person.associateWaiting, idx, 1);
        }
        List<Integer> oneChild = suspectAndAssociateOfOneChild(exploitation, named.suspects, named.namedAssociates,
                named.children, idx, root);
        List<Integer> countedAssociates = olderPartners(exploitation, named, idx);
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
            IntList counted = associateCounts(person, idx, root) ? person.associateWaiting
                    : withAssociatesAcrossAgencies(person, aboutHisChildren(person, idx, named.children), p, idx,
                            named.children, agency, named.mentionPersons, named.roles);
            if (!counted.isEmpty()) {
                person.associateWaiting = counted == person.associateWaiting ? IntList.NONE
                        : PersonRecord.without(person.associateWaiting, counted);
                person.asAssociate = PersonRecord.joined(person.asAssociate, counted);
                person.suspectedOfExploitation = PersonRecord.joined(person.suspectedOfExploitation, counted);
                if (!countedAssociates.contains(p)) {
                    countedAssociates.add(p);
                }
            }
        }
        return new Counted(evidenceSuspects, missingSuspects, countedAssociates, oneChild);
    }

    /**
     * Rule 15: a report that records a child's older partner ({@code older_partner}) and names a child under 16 counts
     * against the adults it names as her {@code associate}, as an associate's report counted by rules 6 and 9–11 does
     * (for {@code repeat_suspect} and {@code dismissed}; never for ties): under 16 she cannot consent, so the report
     * alleges sexual activity with a child, whatever role the form gave the partner. It counts him as her associate, not
     * her suspect, so one service recording the same relationship twice is not two allegations: he is flagged by two
     * children, by three reports from two agencies, or by two agencies' reports about her once a report gives him an
     * adult's age (rule 9). Not for an adult of rule 4. Returns the persons it counted the report against.
     */
    private List<Integer> olderPartners(Exploitation exploitation, Roster named, int idx) {
        List<Integer> counted = new ArrayList<>();
        if (!exploitation.specific().contains(Indicators.OLDER_PARTNER) || named.youngest.isEmpty()
                || named.youngest.getAsInt() >= AgeAt.AGE_OF_CONSENT) {
            return counted;
        }
        for (int a : named.namedAssociates) {
            PersonRecord person = persons.record(a);
            if (!named.suspects.contains(a) && !named.children.contains(a) && !professional(person)
                    && countAssociate(person, idx)) {
                person.asOlderPartner = PersonRecord.added(person.asOlderPartner, idx, 1);
                counted.add(a);
            }
        }
        return counted;
    }

    /**
     * Rule 17: a report alleging an exploitation offence against {@code severalChildren} or more children
     * ({@link Roster#againstWhom()}) is as many allegations, from as many children, and corroborates itself: rule 4
     * does not hold it for a carer or professional.
     */
    private boolean offenceAgainstSeveral(Exploitation exploitation, Roster named) {
        return !exploitation.offences().isEmpty() && named.againstWhom().size() >= severalChildren;
    }

    /**
     * Counts the person's held report, if any, now that a second report of exploitation evidence counts against him:
     * the corroboration rule 4 waits for. The second may meet no bar at all, when by the time it came the person was
     * named as a suspect more often than as reporter, witness or adult other (the held report is what tipped it), or was
     * recorded as a child's associate in reports of exploitation evidence (rule 12).
     */
    private void release(PersonRecord person) {
        if (!person.held.isEmpty()) {
            person.suspectedOfExploitation = PersonRecord.joined(person.suspectedOfExploitation, person.held);
            released += person.held.size();
            person.held = IntList.NONE;
        }
    }

    /** Whether the report held for the person is a version of report {@code root}. */
    private boolean holds(PersonRecord person, int root) {
        return !person.held.isEmpty() && concerns.get(person.held.get(0)).root == root;
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
        return roles > 0 && roles >= person.suspectReports;
    }

    /**
     * Whether the reports naming {@code person} as a suspect must meet the higher bar of a professional: he is
     * {@link #professional}, and not recorded as a child's associate in {@link #ASSOCIATE_OF_EXPLOITATION} reports of
     * exploitation evidence (rule 12).
     */
    public boolean heldToTheBar(PersonRecord person) {
        return professional(person) && person.associateInEvidence < ASSOCIATE_OF_EXPLOITATION;
    }

    /**
     * Whether the person is counted as a suspect in no more than one report, and is either by now held to rule 4's bar
     * ({@link #heldToTheBar}: rule 13) or accused in a weak referral from the designated officer ({@code weakReferral}:
     * rule 14): a single allegation against someone who, as the records now stand or as the report itself says, is a
     * carer or professional. When the allegation came before their other roles were recorded, or linkage never joined
     * it to them, rule 4 could not hold it as it came in; the patterns that list a place's, vehicle's, network's or
     * child's suspects leave such a person out until a second report counts. Their own {@code repeat_suspect} and
     * {@code dismissed} are unchanged.
     */
    public boolean uncorroboratedProfessional(PersonRecord person) {
        boolean held = heldToTheBar(person);
        if (!held && person.referred.isEmpty()) {
            return false;
        }
        IntList counted = person.suspectedOfExploitation;
        int root = counted.isEmpty() ? -1 : concerns.get(counted.get(0)).root;
        for (int i = 1; i < counted.size(); i++) {
            if (concerns.get(counted.get(i)).root != root) {
                return false;
            }
        }
        return held || root >= 0 && weakReferral(person, root);
    }

    /**
     * Rule 14: whether report {@code root} accuses the person in a version sent or written by the designated officer
     * (an allegation against someone in a position of trust) on evidence weaker than rule 4's bar, of
     * {@link Exploitation#strength() strength} below {@code professionalStrength}: no exploitation offence, and one
     * specific indicator with at most one general one.
     */
    private boolean weakReferral(PersonRecord person, int root) {
        for (int i = 0; i < person.referred.size(); i++) {
            ConcernRecord report = concerns.get(person.referred.get(i));
            if (report.root == root && report.exploitation.strength() < professionalStrength) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code suspects} (person roots) without those who are {@link #uncorroboratedProfessional}: the suspects a
     * {@code network}, {@code place}, {@code vehicle}, {@code dismissed} or {@code missing_pattern} alert lists.
     */
    public TreeSet<Integer> listed(Set<Integer> suspects) {
        // Mostly every suspect is listed: a set in order is then copied whole, without a search for each. A person with
        // no sign of a carer or professional on record is listed without reading the record (a hub names thousands).
        if (suspects instanceof SortedSet<Integer> sorted && sorted.comparator() == null && allListed(suspects)) {
            return new TreeSet<>(sorted);
        }
        TreeSet<Integer> out = new TreeSet<>();
        for (int s : suspects) {
            if (!persons.hasProfessionalSign(s) || !uncorroboratedProfessional(persons.record(s))) {
                out.add(s);
            }
        }
        return out;
    }

    private boolean allListed(Set<Integer> suspects) {
        for (int s : suspects) {
            if (persons.hasProfessionalSign(s) && uncorroboratedProfessional(persons.record(s))) {
                return false;
            }
        }
        return true;
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
    private boolean associateCounts(PersonRecord person, int current, int currentRoot) {
        int asSuspect = reportsCountingHimAsSuspect(person, current, currentRoot);
        boolean mostlyContext = person.context > 0 && person.context >= person.suspectReports;
        return asSuspect >= 2 || (asSuspect >= 1 && !mostlyContext);
    }

    /**
     * How many reports count the person as a suspect himself, not only as an associate: 0, 1, or 2 for two or more.
     * Reports, not versions: a correction counted again is the same report. {@code current} is the concern being added,
     * a version of report {@code currentRoot}. Versions are never fewer than reports, so only two or more versions are
     * read, and the read stops at the second report.
     */
    private int reportsCountingHimAsSuspect(PersonRecord person, int current, int currentRoot) {
        int versions = person.suspectedOfExploitation.size() - person.asAssociate.size();
        if (versions < 2) {
            return versions;
        }
        int first = -1;
        for (int i = 0; i < person.suspectedOfExploitation.size(); i++) {
            int concern = person.suspectedOfExploitation.get(i);
            if (!person.asAssociate.contains(concern)) {
                int root = concern == current ? currentRoot : concerns.get(concern).root;
                if (first < 0) {
                    first = root;
                } else if (root != first) {
                    return 2;
                }
            }
        }
        return first < 0 ? 0 : 1;
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
}
