package org.vigil.bench.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.AlertPerson;
import org.vigil.alerts.AlertUpdate;
import org.vigil.alerts.evaluation.AlertScore;
import org.vigil.alerts.evaluation.Truth;
import org.vigil.alerts.pattern.AlertKind;
import org.vigil.concern.Concern;
import org.vigil.concern.Subject;
import org.vigil.concern.Submission;
import org.vigil.concern.Vehicle;
import org.vigil.linkage.explain.Waterfall;
import org.vigil.people.PersonIndex;
import org.vigil.town.TownOptions;

/**
 * What the true pairs the mention linkage left apart share, per seed: the missed pairs of one person's mentions
 * (offenders' by default) counted by the evidence the two mentions share (phone, registration, place, address, a person
 * named in both reports, the given name) and by the name forms the reports used, and the pair's own probability.
 * Then every offender no alert flagged, with his mentions and the person each is in ({@code -Dperson=P-000356,…} adds
 * any true person; {@code -Dexplain=true} prints the waterfalls of consecutive mentions). Kind {@code all} counts every
 * person's missed pairs. A diagnostic for choosing what to link next on development seeds (71–78), never on the seeds
 * reported as held out.
 *
 * <pre>
 * java -cp vigil-bench/target/benchmarks.jar org.vigil.bench.linkage.TownMisses [concerns] [districtConcerns] [seeds] [kind]
 * </pre>
 */
public final class TownMisses {
    private TownMisses() {
    }

    public static void main(String[] args) throws Exception {
        int concerns = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int district = args.length > 1 ? Integer.parseInt(args[1]) : TownOptions.DEFAULT_DISTRICT_CONCERNS;
        String kind = args.length > 3 ? args[3] : Truth.OFFENDER;
        Map<String, Integer> byEvidence = new TreeMap<>();
        Map<String, Integer> byForms = new TreeMap<>();
        Map<String, Integer> byProbability = new TreeMap<>();
        List<String> samples = new ArrayList<>();
        for (String part : (args.length > 2 ? args[2] : "71-78").split(",")) {
            String[] range = part.split("-");
            long to = Long.parseLong(range[range.length - 1]);
            for (long seed = Long.parseLong(range[0]); seed <= to; seed++) {
                run(seed, concerns, district, kind, byEvidence, byForms, byProbability, samples);
            }
        }
        print("evidence shared", byEvidence);
        print("name forms", byForms);
        print("probability", byProbability);
        samples.forEach(System.out::println);
    }

    private static void print(String title, Map<String, Integer> counts) {
        System.out.println("== " + title);
        counts.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue())
                .forEach(e -> System.out.printf(Locale.ROOT, "%7d  %s%n", e.getValue(), e.getKey()));
    }

    record Mention(Concern concern, Subject subject) {
    }

    static void run(long seed, int concerns, int district, String kind, Map<String, Integer> byEvidence,
                    Map<String, Integer> byForms, Map<String, Integer> byProbability, List<String> samples)
            throws Exception {
        ReplayedTown town = ReplayedTown.of(seed, concerns, district);
        Truth truth = town.truth();
        PersonIndex people = town.people();
        AlertEngine engine = town.engine();
        Map<String, Mention> mentions = new HashMap<>();
        for (Submission s : town.records()) {
            if (s.record() instanceof Concern c) {
                c.subjects().forEach(x -> mentions.put(x.mentionKey(c.id()), new Mention(c, x)));
            }
        }
        if (Boolean.getBoolean("wrong")) {
            Map<String, List<String>> predicted = new HashMap<>();
            truth.personOf().keySet().forEach(m -> predicted.computeIfAbsent(people.personOf(m), k -> new ArrayList<>())
                    .add(m));
            for (List<String> ms : predicted.values()) {
                Set<String> kinds = new HashSet<>();
                ms.forEach(m -> kinds.add(truth.kindOf(truth.personOf().get(m))));
                if (kinds.contains(Truth.BENIGN_ADULT) && (kinds.contains(Truth.VICTIM) || kinds.contains("other_child"))) {
                    System.out.println("  benign with child:");
                    for (String m : ms) {
                        String t = truth.personOf().get(m);
                        System.out.println("    " + t + " " + truth.kindOf(t) + " " + describe(mentions.get(m)) + " with "
                                + children(mentions.get(m), truth));
                    }
                    for (int i = 0; i + 1 < ms.size() && i < 3; i++) {
                        System.out.println(people.explain(ms.get(i), ms.get(i + 1)).toText());
                    }
                }
            }
        }
        Map<String, List<String>> byPerson = new HashMap<>();
        truth.personOf().forEach((m, p) -> byPerson.computeIfAbsent(p, k -> new ArrayList<>()).add(m));
        AlertScore score = AlertScore.of(engine.alerts(), truth);
        for (Map.Entry<String, List<String>> e : byPerson.entrySet()) {
            if (!kind.equals("all") && !truth.kindOf(e.getKey()).equals(kind)) {
                continue;
            }
            List<String> ms = e.getValue();
            for (int i = 0; i < ms.size(); i++) {
                for (int j = i + 1; j < ms.size(); j++) {
                    String a = ms.get(i);
                    String b = ms.get(j);
                    if (people.personOf(a).equals(people.personOf(b))) {
                        continue;
                    }
                    Mention x = mentions.get(a);
                    Mention y = mentions.get(b);
                    String ev = evidence(x, y, truth);
                    byEvidence.merge(ev, 1, Integer::sum);
                    String f1 = truth.form(a);
                    String f2 = truth.form(b);
                    byForms.merge(f1.compareTo(f2) < 0 ? f1 + "+" + f2 : f2 + "+" + f1, 1, Integer::sum);
                    Waterfall w = people.explain(a, b);
                    double p = w.probability();
                    for (Waterfall.Step step : w.steps()) {
                        if (step.comparison().equals("birth") || step.comparison().equals("given_name")) {
                            byForms.merge("level " + step.comparison() + " " + step.level() + String.format(
                                    Locale.ROOT, " %+.2f", step.total().bits()).substring(0, 4), 1, Integer::sum);
                        }
                    }
                    if (ev.contains("companion")) {
                        for (Waterfall.Step step : w.steps()) {
                            if (step.comparison().equals("companion")) {
                                byProbability.merge("true companion, level " + step.level(), 1, Integer::sum);
                            }
                        }
                    }
                    byProbability.merge(p >= 0.9 ? ">=0.9" : p >= 0.01 ? "0.01-0.9" : "<0.01", 1, Integer::sum);
                    if (samples.size() < 400 && seed % 4 == 1 && (i + j) % 7 == 0) {
                        samples.add(String.format(Locale.ROOT, "%d %s %s p=%.3g [%s] %s | %s", seed, e.getKey(),
                                truth.kindOf(e.getKey()), p, ev, describe(x), describe(y)));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "seed %d: offender recall %d/%d%n", seed, score.offendersFlagged(),
                score.offenders());
        Set<String> flagged = new HashSet<>();
        for (Alert alert : engine.alerts()) {
            if (alert.kind() == AlertKind.OVERDUE) {
                continue;
            }
            List<AlertUpdate> versions = new ArrayList<>(alert.updates());
            versions.add(alert.current());
            for (AlertUpdate v : versions) {
                for (AlertPerson p : v.persons()) {
                    if (p.part().equals("suspect")) {
                        flagged.add(truth.majorityOf(p.mentions()));
                    }
                }
            }
            for (AlertPerson p : alert.persons()) {
                if (p.part().equals("suspect")) {
                    flagged.add(truth.majorityOf(p.mentions()));
                }
            }
        }
        for (Map.Entry<String, List<String>> e : byPerson.entrySet()) {
            if (truth.kindOf(e.getKey()).equals(Truth.OFFENDER) && !flagged.contains(e.getKey())
                    || List.of(System.getProperty("person", "").split(",")).contains(e.getKey())) {
                System.out.println("  missed " + e.getKey() + " network " + truth.persons().get(e.getKey()).network());
                for (String m : e.getValue()) {
                    System.out.println("    " + people.personOf(m) + " (" + people.mentionsWith(m).size() + " "
                            + truth.majorityOf(people.mentionsWith(m)) + ") "
                            + describe(mentions.get(m)) + " kids " + children(mentions.get(m), truth));
                }
                if (Boolean.getBoolean("explain")) {
                    List<String> ms = e.getValue();
                    for (int i = 0; i + 1 < ms.size() && i < 4; i++) {
                        System.out.println(people.explain(ms.get(i), ms.get(i + 1)).toText());
                    }
                }
            }
        }
    }

    static String describe(Mention m) {
        Subject s = m.subject();
        StringBuilder b = new StringBuilder(m.concern().id() + " " + s.role() + " '" + s.name() + "'");
        if (!s.aliases().isEmpty()) {
            b.append(" aka ").append(s.aliases());
        }
        if (s.age() != null) {
            b.append(" age ").append(s.age());
        }
        if (s.born() != null) {
            b.append(" b ").append(s.born());
        }
        if (s.address() != null) {
            b.append(" @").append(s.address());
        }
        if (!s.phones().isEmpty()) {
            b.append(" ph").append(s.phones());
        }
        for (Vehicle v : s.vehicles()) {
            b.append(" vrm ").append(v.vrm());
        }
        if (!s.places().isEmpty()) {
            b.append(" pl ").append(places(m));
        }
        b.append(" with ").append(m.concern().subjects().size() - 1);
        return b.toString();
    }

    static List<String> children(Mention m, Truth truth) {
        List<String> out = new ArrayList<>();
        for (Subject s : m.concern().subjects()) {
            if (s != m.subject()) {
                String p = truth.personOf().get(s.mentionKey(m.concern().id()));
                out.add(truth.kindOf(p).charAt(0) + p.substring(p.length() - 4));
            }
        }
        return out;
    }

    static Set<String> places(Mention m) {
        Set<String> out = new HashSet<>();
        m.concern().places().stream().filter(p -> m.subject().places().contains(p.ref()))
                .forEach(p -> out.add((p.name() == null ? "" : p.name()) + "," + (p.address() == null ? "" : p.address())));
        return out;
    }

    static Set<String> phones(Subject s) {
        Set<String> out = new HashSet<>();
        for (String p : s.phones()) {
            String d = p.replaceAll("[^0-9]", "");
            out.add(d.startsWith("44") ? "0" + d.substring(2) : d);
        }
        return out;
    }

    static boolean vrmCompatible(String a, String b) {
        String x = a.replace(" ", "").toUpperCase(Locale.ROOT);
        String y = b.replace(" ", "").toUpperCase(Locale.ROOT);
        if (x.length() != y.length()) {
            return false;
        }
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i) && x.charAt(i) != '?' && y.charAt(i) != '?') {
                return false;
            }
        }
        return true;
    }

    static String evidence(Mention x, Mention y, Truth truth) {
        List<String> out = new ArrayList<>();
        Set<String> ph = phones(x.subject());
        ph.retainAll(phones(y.subject()));
        if (!ph.isEmpty()) {
            out.add("phone");
        }
        boolean exact = false;
        boolean partial = false;
        for (Vehicle v : x.subject().vehicles()) {
            for (Vehicle w : y.subject().vehicles()) {
                if (v.vrm() != null && w.vrm() != null) {
                    if (v.vrm().replace(" ", "").equalsIgnoreCase(w.vrm().replace(" ", ""))) {
                        exact = true;
                    } else if (vrmCompatible(v.vrm(), w.vrm())) {
                        partial = true;
                    }
                }
            }
        }
        if (exact) {
            out.add("vrm");
        } else if (partial) {
            out.add("vrm?");
        }
        Set<String> pl = places(x);
        pl.retainAll(places(y));
        if (!pl.isEmpty()) {
            out.add("place");
        }
        if (x.subject().address() != null && x.subject().address().equalsIgnoreCase(
                y.subject().address() == null ? "" : y.subject().address())) {
            out.add("address");
        }
        Set<String> cx = new HashSet<>();
        for (Subject s : x.concern().subjects()) {
            if (s != x.subject()) {
                cx.add(truth.personOf().get(s.mentionKey(x.concern().id())));
            }
        }
        boolean companion = false;
        for (Subject s : y.concern().subjects()) {
            if (s != y.subject() && cx.contains(truth.personOf().get(s.mentionKey(y.concern().id())))) {
                companion = true;
            }
        }
        if (companion) {
            out.add("companion");
        }
        String nx = x.subject().name() == null ? "" : x.subject().name().strip();
        String ny = y.subject().name() == null ? "" : y.subject().name().strip();
        String gx = nx.isEmpty() ? "" : nx.split("\\s+")[0].toLowerCase(Locale.ROOT);
        String gy = ny.isEmpty() ? "" : ny.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (!gx.isEmpty() && gx.equals(gy)) {
            out.add(nx.equalsIgnoreCase(ny) ? "samename" : "samefirst");
        }
        if (x.subject().age() != null && y.subject().age() != null
                && Math.abs(x.subject().age() - y.subject().age()) > 4) {
            out.add("ages>4");
        }
        return out.isEmpty() ? "nothing" : String.join("+", out);
    }
}
