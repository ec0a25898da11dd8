package org.vigil.alerts.pattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.alerts.state.ByPerson;
import org.vigil.alerts.state.Casebook;
import org.vigil.alerts.state.ConcernRecord;
import org.vigil.alerts.state.IntList;
import org.vigil.alerts.state.PersonRecord;
import org.vigil.alerts.state.Suspicion;

/**
 * {@code repeat_suspect}: an adult named as a suspect in exploitation evidence about at least
 * {@link Thresholds#repeatChildren()} distinct children across at least {@link Thresholds#repeatReports()} reports,
 * or in at least {@link Thresholds#repeatReportsAlone()} reports from two or more agencies about fewer children, or,
 * unless rule 4 raises his bar, in two reports naming him as a suspect about one child (the designated officer's
 * referral and the police record of the same allegation within 28 days being one, rule 18), or as her associate in two
 * agencies' reports once a report gives him an adult's age (rule 9), or as her suspect in one and her associate in
 * another, being nobody else's associate (rule 10). A report recording the older partner of a child under 16 counts
 * against the adult it names as her associate (rule 15). One report naming him as the suspect of an exploitation offence
 * against {@link Thresholds#repeatChildren()} or more children, named as its victims, is enough (rule 16): several
 * children harmed together, as a historic investigation names them at last; for a carer or professional too, as such a
 * report corroborates itself (rule 17).
 * Only suspect mentions count, and a counted suspect's mentions as an adult associate or other in exploitation
 * evidence, which the reasons say apart: an adult named as reporter, witness, carer or "other" beside many children is
 * never counted, however many children there are (see {@code docs/decisions/alerts-benign-adults.md}).
 */
public final class RepeatSuspect {
    private final Thresholds thresholds;

    /**
     * What the pattern has read of one person (a root): his reports, their children and agencies, the offences their
     * current versions allege, and whether the pattern held. Each new concern naming him adds its report once, so an
     * assessment costs what is new, not his whole history. Read again from the start after a merge of him or of one
     * of the children read, or an amendment to one of his reports, which change what was read; a merge of other
     * persons changes none of it.
     */
    private static final class Read {
        /** The person merges when the read was last known to be current. */
        int merges;
        final int amendments;
        int concerns;
        boolean held;
        final SortedIntSet reports = new SortedIntSet();
        final SortedIntSet children = new SortedIntSet();
        final TreeSet<String> agencies = new TreeSet<>();
        final TreeSet<String> offences = new TreeSet<>();
        /** The children named in a report naming him as a suspect himself (not only as an associate or other). */
        final SortedIntSet childrenAsSuspect = new SortedIntSet();
        /** A child named in two such reports. */
        int twiceAbout = -1;
        /** The first such report about each child, as the concern (version) that named him (rule 18). */
        final java.util.HashMap<Integer, Integer> firstAbout = new java.util.HashMap<>();
        /** The agencies of the reports naming him as the associate of each child. */
        final java.util.HashMap<Integer, TreeSet<String>> associateAgencies = new java.util.HashMap<>();
        /** A child whom two agencies' reports name him the associate of. */
        int associateAcrossAgencies = -1;
        /** A report naming him as a suspect of an exploitation offence against several children (rule 16). */
        int offenceAgainstSeveral = -1;

        Read(int merges, int amendments) {
            this.merges = merges;
            this.amendments = amendments;
        }
    }

    private final ByPerson<Read> read = new ByPerson<>();

    public RepeatSuspect(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    public static String subject(int person) {
        return "person:" + person;
    }

    /**
     * Whether the report's current version still names {@code p} as concern {@code counted} (a version of it) did: as a
     * suspect, or as an associate or other. His subject in the current version is the one with his ref in the counted
     * version (a correction keeps a subject's ref, whatever linkage made of the mention), or a mention of his. A
     * correction naming him a witness instead takes the report off his count.
     */
    private static boolean stillNames(Casebook book, int counted, int p, boolean asSuspect) {
        ConcernRecord version = book.concerns.get(counted);
        ConcernRecord current = book.concerns.current(counted);
        if (current == version) {
            return true;
        }
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < version.mentionPersons.length; i++) {
            if (book.persons.find(version.mentionPersons[i]) == p) {
                refs.add(book.mentionRef(version.mentionKeys[i]));
            }
        }
        for (int i = 0; i < current.mentionPersons.length; i++) {
            String role = current.mentionRoles[i];
            boolean his = refs.contains(book.mentionRef(current.mentionKeys[i]))
                    || book.persons.find(current.mentionPersons[i]) == p;
            if (his && (asSuspect ? role.equals("suspect") : role.equals("associate") || role.equals("other"))) {
                return true;
            }
        }
        return false;
    }

    public Optional<Finding> assess(Casebook book, int person) {
        int p = book.persons.find(person);
        PersonRecord record = book.persons.record(p);
        IntList concerns = record.suspectedOfExploitation;
        Read r = read.get(p);
        int merges = book.persons.merges();
        if (r != null && r.merges != merges && !book.persons.mergedSince(p, r.merges)
                && !book.persons.anyMergedSince(r.children, r.merges)) {
            r.merges = merges; // only other persons were merged: every root read is still a root, his record the same
        }
        if (r == null || r.merges != merges || r.amendments != record.amendments || r.concerns > concerns.size()) {
            r = new Read(merges, record.amendments);
            read.put(p, r);
        }
        boolean grew = false;
        for (int i = r.concerns; i < concerns.size(); i++) {
            ConcernRecord report = book.concerns.report(concerns.get(i));
            boolean asSuspect = !record.asAssociate.contains(concerns.get(i));
            if (r.reports.contains(report.index) || !stillNames(book, concerns.get(i), p, asSuspect)) {
                continue; // read already (a new version would have counted as an amendment), or corrected since
            }
            r.reports.add(report.index);
            grew |= r.agencies.add(report.agency);
            TreeSet<Integer> childrenOfReport = childrenOf(book, report, p);
            for (int c : childrenOfReport) {
                grew |= r.children.add(c);
            }
            if (!asSuspect && book.suspicion.namedAs(concerns.get(i), p, "associate")) {
                for (int c : childrenOfReport) {
                    TreeSet<String> by = r.associateAgencies.computeIfAbsent(c, k -> new TreeSet<>());
                    if (by.add(report.agency) && by.size() == 2 && r.associateAcrossAgencies < 0) {
                        r.associateAcrossAgencies = c;
                        grew = true;
                    }
                }
            }
            if (asSuspect && r.offenceAgainstSeveral < 0
                    && !book.concerns.current(report.index).exploitation.offences().isEmpty()
                    && victimsOf(book, report, p).size() >= thresholds.repeatChildren()) {
                r.offenceAgainstSeveral = report.index;
                grew = true;
            }
            if (asSuspect) {
                for (int c : childrenOfReport) {
                    if (r.childrenAsSuspect.add(c)) {
                        r.firstAbout.put(c, concerns.get(i));
                    } else if (r.twiceAbout < 0 && !passedOn(book, record, r.firstAbout.remove(c), concerns.get(i))) {
                        r.twiceAbout = c;
                        grew = true;
                    }
                }
            }
            grew |= r.offences.addAll(book.concerns.current(report.index).exploitation.offences());
        }
        r.concerns = concerns.size();
        if (r.held && !grew) {
            return Optional.empty(); // the same evidence as last time, which the alert already rests on
        }
        SortedIntSet reports = r.reports;
        SortedIntSet children = r.children;
        TreeSet<String> agencies = r.agencies;
        boolean professional = book.suspicion.professional(record);
        boolean twiceAboutOneChild = (r.twiceAbout >= 0 || r.associateAcrossAgencies >= 0 && record.adultOnRecord
                || suspectAndAssociateOfOneChild(book, record, p, r)) && !professional;
        r.held = reports.size() >= thresholds.repeatReports()
                && !(children.size() < thresholds.repeatChildren() && (reports.size() < thresholds.repeatReportsAlone()
                        || agencies.size() < 2) && !twiceAboutOneChild)
                || r.offenceAgainstSeveral >= 0;
        if (!r.held) {
            return Optional.empty();
        }
        Evidence evidence = new Evidence()
                .persons("children", children)
                .facts("agencies", agencies)
                .facts("offences", r.offences);
        TreeSet<Integer> reportsNow = new TreeSet<>(reports);
        TreeSet<Integer> childrenNow = new TreeSet<>(children);
        TreeSet<String> agenciesNow = new TreeSet<>(agencies);
        return Optional.of(new Finding(AlertKind.REPEAT_SUSPECT, subject(p), evidence,
                () -> details(book, p, record, reportsNow, childrenNow, agenciesNow)));
    }

    /** Rule 18: how long after the designated officer's referral a report of the same allegation may come. */
    static final long PASSED_ON_SECONDS = java.time.Duration.ofDays(28).toSeconds();

    /**
     * Rule 18: whether concern {@code second}, naming him as a suspect about a child, is the allegation of concern
     * {@code first} about her ({@link Read#firstAbout}) passed on between the designated officer and another agency:
     * one of the two is the designated officer's, and their reports came within {@link #PASSED_ON_SECONDS}. The
     * designated officer refers an allegation that may be a crime to the police, and hears of one from them, so the two
     * records are one child's one account, not a second report about her; a third report about her is.
     */
    private static boolean passedOn(Casebook book, PersonRecord record, Integer first, int second) {
        if (first == null) {
            return false; // a third report about her: the first pair was already read as one allegation
        }
        long apart = Math.abs(book.concerns.report(second).received - book.concerns.report(first).received);
        return (record.referred.contains(first) || record.referred.contains(second)) && apart <= PASSED_ON_SECONDS;
    }

    /**
     * Rule 10: a counted report names him as a suspect about a child, and another counted report as her associate
     * (in exploitation evidence, or counted by rule 11 of {@code Suspicion}), and every report naming him as an associate
     * is about her alone: the man accused about a girl whose "boyfriend" another report records him as. Not for the
     * adult recorded as the associate of several children (a coach, a driver), however often he is accused about one
     * of them.
     */
    private static boolean suspectAndAssociateOfOneChild(Casebook book, PersonRecord record, int p, Read r) {
        if (r.childrenAsSuspect.isEmpty() || record.asAssociate.size() == 0) {
            return false;
        }
        int child = book.suspicion.onlyAssociateOf(record);
        if (child < 0 || !r.childrenAsSuspect.contains(child)) {
            return false;
        }
        for (int i = 0; i < record.asAssociate.size(); i++) {
            int report = book.concerns.report(record.asAssociate.get(i)).index;
            if (r.reports.contains(report) && book.suspicion.namedAs(record.asAssociate.get(i), p, "associate")) {
                return true; // a counted report names him her associate, besides one naming him her suspect
            }
        }
        return false;
    }

    /**
     * The children (as persons, other than {@code p}) of every version of {@code report}: not a victim of no stated age
     * whom another report gives an adult's age ({@link PersonRecord#countsAsChild}).
     */
    private static TreeSet<Integer> childrenOf(Casebook book, ConcernRecord report, int p) {
        return persons(book, report, p, version -> version.children);
    }

    /**
     * Rule 16: the children a report's offences are alleged against, in any version ({@link ConcernRecord#againstWhom}):
     * those it names as victims, not the children beside them; or, for a report that names no victim, such as
     * intelligence naming the men and the girls seen with them, every child it names.
     */
    private static TreeSet<Integer> victimsOf(Casebook book, ConcernRecord report, int p) {
        return persons(book, report, p, version -> version.againstWhom);
    }

    /** The persons {@code named} in any version of {@code report} who count as children, other than {@code p}. */
    private static TreeSet<Integer> persons(Casebook book, ConcernRecord report, int p,
            java.util.function.Function<ConcernRecord, int[]> named) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int v = 0; v < report.versions.size(); v++) {
            ConcernRecord version = book.concerns.get(report.versions.get(v));
            for (int child : named.apply(version)) {
                int c = book.persons.find(child);
                if (c != p && book.persons.record(c).countsAsChild()) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static Finding.Details details(Casebook book, int p, PersonRecord record, TreeSet<Integer> reports,
            TreeSet<Integer> children, TreeSet<String> agencies) {
        List<Party> parties = new ArrayList<>();
        parties.add(new Party(p, Party.SUSPECT));
        children.forEach(c -> parties.add(new Party(c, Party.CHILD)));
        List<String> reasons = new ArrayList<>();
        TreeSet<Integer> asAssociate = new TreeSet<>();
        for (int i = 0; i < record.asAssociate.size(); i++) {
            asAssociate.add(book.concerns.report(record.asAssociate.get(i)).index);
        }
        asAssociate.retainAll(reports);
        reasons.add((asAssociate.isEmpty() ? "named as a suspect in " : "named as a suspect or associate in ")
                + Reports.plural(reports.size(), "report", "reports")
                // Intelligence about the man alone, from two agencies, names no child: said so, not "about 0 children".
                + (children.isEmpty() ? " of exploitation naming no child"
                        : " of exploitation about " + Reports.plural(children.size(), "child", "children")) + ", from "
                + Reports.plural(agencies.size(), "agency", "agencies") + " (" + String.join(", ", agencies) + "), "
                + Reports.span(book, reports));
        reasons.add("what the reports allege: " + Reports.alleged(book, reports));
        if (reports.size() == 1) {
            int victims = victimsOf(book, book.concerns.report(reports.first()), p).size();
            reasons.add("one report alone: it alleges an exploitation offence by this person against "
                    + Reports.plural(victims, "child", "children") + " (rule 16)");
        }
        int suspectWithoutEvidence = 0;
        int associateWithoutEvidence = 0;
        for (int report : reports) {
            if (!book.concerns.current(report).exploitation.isEvidence()) {
                if (asAssociate.contains(report)) {
                    associateWithoutEvidence++;
                } else {
                    suspectWithoutEvidence++;
                }
            }
        }
        if (suspectWithoutEvidence > 0) {
            reasons.add("named as a suspect in " + Reports.plural(suspectWithoutEvidence, "report", "reports")
                    + " with no exploitation evidence of its own, about a missing child already known to be at risk of"
                    + " exploitation, or a child another report of exploitation evidence names this person as the"
                    + " suspect or associate of");
        }
        if (associateWithoutEvidence > 0) {
            reasons.add("named as an associate in " + Reports.plural(associateWithoutEvidence, "report", "reports")
                    + " with no exploitation evidence of its own, about a child a report of exploitation evidence names"
                    + " this person as the suspect of");
        }
        int asSuspect = reports.size() - asAssociate.size();
        TreeSet<Integer> asOlderPartner = new TreeSet<>();
        for (int i = 0; i < record.asOlderPartner.size(); i++) {
            asOlderPartner.add(book.concerns.report(record.asOlderPartner.get(i)).index);
        }
        asOlderPartner.retainAll(asAssociate);
        if (!asOlderPartner.isEmpty()) {
            TreeSet<Integer> partnerOf = new TreeSet<>();
            for (int report : asOlderPartner) {
                partnerOf.addAll(childrenOf(book, book.concerns.get(report), p));
            }
            reasons.add("recorded as the associate of " + Reports.plural(partnerOf.size(), "child", "children")
                    + " in " + Reports.plural(asOlderPartner.size(), "report", "reports") + " of an older partner of a"
                    + " child under 16: counted as reports against this person, since under 16 a child cannot consent,"
                    + " whatever role the report gave the partner");
            asAssociate.removeAll(asOlderPartner);
        }
        if (!asAssociate.isEmpty()) {
            TreeSet<Integer> besides = new TreeSet<>();
            for (int report : asAssociate) {
                besides.addAll(childrenOf(book, book.concerns.get(report), p));
            }
            reasons.add("named as an associate or other of " + Reports.plural(besides.size(), "child", "children")
                    + " in " + Reports.plural(asAssociate.size(), "report", "reports")
                    + (associateWithoutEvidence == 0 ? " with exploitation evidence" : "")
                    + (asSuspect > 0 ? ", and as a suspect in " + asSuspect
                            + ": an associate's mentions count only once the person is a suspect too"
                            : ", and as a suspect in none: counted because different agencies each recorded this adult"
                            + " as the same child's associate in reports of exploitation evidence (the word agencies"
                            + " use for a child's \"boyfriend\"; carers and professionals are recorded as reporter, witness"
                            + " or other)"));
        }
        if (book.suspicion.heldToTheBar(record)) {
            reasons.add("also named " + Reports.plural(Suspicion.professionalRoles(record), "time", "times")
                    + " as reporter, witness, carer or other: only reports with strong exploitation evidence, corroborated by "
                    + "a second or alleging an offence against several children, were counted");
        }
        return new Finding.Details(parties, List.copyOf(reports), reasons);
    }
}
