package org.vigil.alerts.priority;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.AlertPerson;
import org.vigil.alerts.harm.ConcernHarm;
import org.vigil.alerts.state.Casebook;
import org.vigil.alerts.state.ConcernRecord;
import org.vigil.alerts.state.IntList;
import org.vigil.alerts.state.LongList;
import org.vigil.alerts.state.MentionKeys;
import org.vigil.alerts.state.PersonRecord;
import org.vigil.harm.score.HarmScore;
import org.vigil.harm.weights.HarmWeights;

/**
 * The work list: every person named as a suspect by a concern received by {@code asOf} (a child too, and said to be),
 * ranked by harm ({@link #rank}), and the same persons ranked as a volume-target regime would have ranked them
 * ({@link #rankByVolume}), so the difference can be seen. A person's harm is the sum of the harm of the reports
 * naming them as a suspect (vigil-harm: CCHI offence days × grading confidence × the vulnerability of the child).
 * Ties in harm are broken by children named, then reports, then person id; nothing else enters, least of all a name,
 * an ethnicity, a religion or a nationality, none of which the engine is ever given. Rankings advise; people decide,
 * and every line says so.
 */
public final class Priorities {
    static final String ADVISORY = "advisory: a ranking to help decide what to look at first; people decide";
    static final String VOLUME_ADVISORY = "advisory: how a volume-target regime (vehicle crime, burglary, robbery) "
            + "would have ordered this work; shown only to compare with the harm ranking, never to decide";

    private final AlertEngine engine;
    private final ConcernHarm harm;

    public Priorities(AlertEngine engine) {
        this(engine, HarmWeights.bundled());
    }

    /** With the weights the engine was built with, so that reasons show the same figures. */
    public Priorities(AlertEngine engine, HarmWeights weights) {
        this.engine = engine;
        this.harm = new ConcernHarm(weights);
    }

    /** Persons by harm, highest first, as of {@code asOf} (event time). */
    public List<PriorityLine> rank(Instant asOf) {
        List<Standing> standings = standings(asOf);
        List<PriorityLine> out = new ArrayList<>(standings.size());
        for (int i = 0; i < standings.size(); i++) {
            Standing s = standings.get(i);
            List<String> reasons = new ArrayList<>(s.reasons);
            reasons.add(ADVISORY);
            out.add(new PriorityLine(i + 1, s.person, s.harm, s.mentions, reasons));
        }
        return out;
    }

    /** The same persons by volume-target count, highest first, with each one's harm rank beside it. */
    public List<PriorityLine> rankByVolume(Instant asOf) {
        List<Standing> byHarm = standings(asOf);
        Map<String, Integer> harmRank = new HashMap<>();
        for (int i = 0; i < byHarm.size(); i++) {
            harmRank.put(byHarm.get(i).person, i + 1);
        }
        List<Standing> byVolume = new ArrayList<>(byHarm);
        byVolume.sort(Comparator.comparingInt((Standing s) -> -s.volume)
                .thenComparingInt(s -> -s.reports)
                .thenComparing(s -> s.person));
        List<PriorityLine> out = new ArrayList<>(byVolume.size());
        for (int i = 0; i < byVolume.size(); i++) {
            Standing s = byVolume.get(i);
            List<String> reasons = new ArrayList<>();
            reasons.add("volume-target count " + s.volume + ": the vehicle crime, burglary and robbery offences alleged"
                    + " across the " + (s.reports == 1 ? "1 report" : s.reports + " reports")
                    + " naming this person as a suspect");
            reasons.add(String.format(Locale.UK, "harm rank %d of %d (harm %.2f CCHI days)", harmRank.get(s.person),
                    byHarm.size(), s.harm));
            reasons.add(VOLUME_ADVISORY);
            out.add(new PriorityLine(i + 1, s.person, s.harm, s.mentions, reasons));
        }
        return out;
    }

    /** What a person's ranking is computed from. */
    private record Standing(String person, double harm, int volume, int reports, int children, List<String> mentions,
            List<String> reasons) {
    }

    /** Whether {@code version} names person {@code p} (a root) as a suspect, of any age. */
    private static boolean namesAsSuspect(Casebook book, ConcernRecord version, int p) {
        for (int i = 0; i < version.mentionPersons.length; i++) {
            if ("suspect".equals(version.mentionRoles[i]) && book.persons.find(version.mentionPersons[i]) == p) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds to {@code reports} each report (by root) of {@code concerns} received by {@code t} whose version current at
     * {@code t} still names {@code p} as a suspect: a correction that names him in another role takes the report off
     * his list, and one that drops an offence takes it off his harm. Returns how many it added.
     */
    private static int addSuspectedIn(Casebook book, IntList concerns, int p, long t,
            TreeMap<Integer, ConcernRecord> reports) {
        int added = 0;
        for (int k = 0; k < concerns.size(); k++) {
            ConcernRecord c = book.concerns.get(concerns.get(k));
            if (c.received <= t && !reports.containsKey(c.root)) {
                ConcernRecord current = book.concerns.currentAsOf(c.index, t);
                if (namesAsSuspect(book, current, p)) {
                    reports.put(c.root, current);
                    added++;
                }
            }
        }
        return added;
    }

    private List<Standing> standings(Instant asOf) {
        Casebook book = engine.casebook();
        long t = asOf.getEpochSecond();
        Map<String, List<String>> alertsOf = alertsAsSuspect(asOf);
        List<Standing> out = new ArrayList<>();
        IntList roots = book.persons.roots();
        for (int i = 0; i < roots.size(); i++) {
            int p = roots.get(i);
            PersonRecord record = book.persons.record(p);
            TreeMap<Integer, ConcernRecord> reports = new TreeMap<>();
            addSuspectedIn(book, record.suspected, p, t, reports);
            int under18 = addSuspectedIn(book, record.suspectedUnder18, p, t, reports);
            if (reports.isEmpty()) {
                continue;
            }
            double total = 0;
            int volume = 0;
            int exploitation = 0;
            int indicatorsOnly = 0;
            double indicatorsHarm = 0;
            TreeSet<Integer> children = new TreeSet<>();
            ConcernRecord largest = null;
            for (ConcernRecord c : reports.values()) {
                if (c.scoredOnIndicators) {
                    indicatorsOnly++;
                    indicatorsHarm += c.harm;
                }
                total += c.harm;
                volume += c.volume;
                exploitation += c.exploitation.isEvidence() ? 1 : 0;
                for (int child : c.children) {
                    int root = book.persons.find(child);
                    if (book.persons.record(root).countsAsChild()) {
                        children.add(root);
                    }
                }
                if (c.harm > 0 && (largest == null || c.harm > largest.harm)) {
                    largest = c;
                }
            }
            total = Math.round(total * 100) / 100.0;
            String id = book.persons.id(p);
            List<String> reasons = new ArrayList<>();
            long noStatedAge = children.stream().filter(c -> !book.persons.record(c).childByAge).count();
            reasons.add("named as a suspect in " + reports.size() + (reports.size() == 1 ? " report" : " reports") + " ("
                    + exploitation + " of them exploitation evidence) about " + children.size()
                    + (children.size() == 1 ? " child" : " children")
                    + (noStatedAge == 0 ? "" : children.size() == 1
                            ? " (a victim of no stated age, counted as a child)"
                            : " (" + noStatedAge + " of them victims of no stated age, counted as children)"));
            if (under18 > 0) {
                reasons.add("named as a suspect under 18, by the age or date of birth given, in " + under18 + " of "
                        + (reports.size() == 1 ? "them" : "these reports") + ": a child, whose own safeguarding needs"
                        + " considering; a child named as a suspect is counted in no pattern alert");
            }
            if (largest != null) {
                HarmScore score = harm.score(largest.harmCodes(), largest.grading, largest.vulnerability);
                reasons.add(String.format(Locale.UK, "harm %.2f CCHI days, the sum over the reports; largest, %s: %s", total,
                        largest.id, String.join("; ", score.reasons())));
            } else if (total > 0) {
                reasons.add(String.format(Locale.UK, "harm %.2f CCHI days, the sum over the reports", total));
            }
            if (indicatorsOnly > 0) {
                reasons.add(String.format(Locale.UK, "%.2f of it from %d %s of exploitation evidence about a child"
                        + " that allege%s no offence, each scored as HO %s (child sexual exploitation) on its indicators,"
                        + " with its grading and the child's vulnerability (provisional: placeholder weight)", indicatorsHarm,
                        indicatorsOnly, indicatorsOnly == 1 ? "report" : "reports", indicatorsOnly == 1 ? "s" : "",
                        ConcernHarm.INDICATORS_ONLY.get(0)));
            }
            if (total == 0) {
                reasons.add("harm 0: no report alleges an offence with a harm weight; 0 is offence harm, not a measure of risk");
            }
            List<String> alerts = alertsOf.get(id);
            if (alerts != null) {
                reasons.add("alerts naming this person as a suspect: " + (alerts.size() <= 8 ? String.join(", ", alerts)
                        : String.join(", ", alerts.subList(0, 8)) + " and " + (alerts.size() - 8) + " more"));
            }
            out.add(new Standing(id, total, volume, reports.size(), children.size(), mentions(book, record, t), reasons));
        }
        out.sort(Comparator.comparingDouble((Standing s) -> -s.harm)
                .thenComparingInt(s -> -s.children)
                .thenComparingInt(s -> -s.reports)
                .thenComparing(s -> s.person));
        return out;
    }

    private Map<String, List<String>> alertsAsSuspect(Instant asOf) {
        Map<String, List<String>> out = new HashMap<>();
        for (Alert a : engine.alerts()) {
            if (a.raised().isAfter(asOf)) {
                continue;
            }
            for (AlertPerson p : a.current().persons()) {
                if (p.part().equals("suspect") && !a.kind().wire().equals("overdue")) {
                    out.computeIfAbsent(engine.casebook().persons.id(engine.casebook().persons.lookup(p.person())),
                            k -> new ArrayList<>()).add(a.id() + " " + a.kind().wire());
                }
            }
        }
        return out;
    }

    private static List<String> mentions(Casebook book, PersonRecord record, long t) {
        LongList packed = record.mentions;
        long[] sorted = new long[packed.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = packed.get(i);
        }
        java.util.Arrays.sort(sorted);
        List<String> out = new ArrayList<>(sorted.length);
        for (long m : sorted) {
            if (book.concerns.get(MentionKeys.concern(m)).received <= t) {
                out.add(book.mentionKey(m));
            }
        }
        return out;
    }
}
