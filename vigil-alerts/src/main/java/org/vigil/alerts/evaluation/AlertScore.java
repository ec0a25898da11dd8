package org.vigil.alerts.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertPerson;
import org.vigil.alerts.AlertUpdate;
import org.vigil.alerts.pattern.AlertKind;

/**
 * How well alerts pick out a town's offenders, against its truth. An alert <i>flags</i> a person when it lists them
 * with role {@code suspect}, in any version (as raised or updated); {@code overdue} alerts flag no one (they list a
 * concern's subjects in the roles it gave them, and accuse nobody). A flagged person in an alert is mapped to the
 * true person behind most of the mentions listed for them (ties to the smallest id), so a linker that splits or
 * joins people is scored on what the analyst would have seen.
 *
 * @param offenders offenders in the truth who are mentioned at all
 * @param offendersFlagged of those, flagged by some alert
 * @param recall offendersFlagged / offenders
 * @param flagged distinct true persons flagged
 * @param flaggedOffenders of those, offenders
 * @param precisionPerPerson flaggedOffenders / flagged (1 when nobody is flagged)
 * @param alerts alerts of every kind but overdue
 * @param alertsTrue of those, alerts whose suspects are all offenders, or, with no suspect, that name a victim
 * @param precisionPerAlert alertsTrue / alerts
 * @param benignFlagged benign adults flagged as suspects (false alarms on carers, drivers, coaches …), by id
 * @param benignInAlerts benign adults listed in any role in any alert but overdue
 * @param medianConcernsBeforeAlert the median, over offenders, of how many concerns had named him by the time an
 *     alert first flagged him (that concern included); an offender never flagged counts as infinitely many
 * @param byKind alerts raised, by kind
 * @param overdue overdue alerts; {@code overdueAboutExploitation} of them about a concern naming an offender or a
 *     victim
 * @param missed the offenders (mentioned at all) no alert flagged, by true id
 * @param wronglyFlagged the true persons flagged who are not offenders, by true id, with the alerts that flagged them
 */
public record AlertScore(int offenders, int offendersFlagged, double recall, int flagged, int flaggedOffenders,
        double precisionPerPerson, int alerts, int alertsTrue, double precisionPerAlert, Map<String, String> benignFlagged,
        int benignInAlerts, double medianConcernsBeforeAlert, Map<String, Integer> byKind, int overdue,
        int overdueAboutExploitation, List<String> missed, Map<String, List<String>> wronglyFlagged) {

    public AlertScore {
        benignFlagged = Collections.unmodifiableMap(new TreeMap<>(benignFlagged));
        byKind = Collections.unmodifiableMap(new TreeMap<>(byKind));
        missed = List.copyOf(missed);
        wronglyFlagged = Collections.unmodifiableMap(new TreeMap<>(wronglyFlagged));
    }

    public static AlertScore of(List<Alert> alerts, Truth truth) {
        Map<String, Instant> firstFlagged = new HashMap<>();
        Map<String, TreeSet<String>> flaggedBy = new HashMap<>();
        TreeSet<String> benignListed = new TreeSet<>();
        Map<String, Integer> byKind = new TreeMap<>();
        int scored = 0;
        int right = 0;
        int overdue = 0;
        int overdueExploitation = 0;
        for (Alert alert : alerts) {
            byKind.merge(alert.kind().wire(), 1, Integer::sum);
            if (alert.kind() == AlertKind.OVERDUE) {
                overdue++;
                boolean exploitation = false;
                for (AlertPerson p : alert.persons()) {
                    String kind = truth.kindOf(truth.majorityOf(p.mentions()));
                    exploitation |= kind.equals(Truth.OFFENDER) || kind.equals(Truth.VICTIM);
                }
                overdueExploitation += exploitation ? 1 : 0;
                continue;
            }
            List<AlertUpdate> versions = new ArrayList<>();
            versions.add(new AlertUpdate(alert.raised(), alert.trigger(), List.of(), alert.persons(), alert.harm(),
                    alert.reasons()));
            versions.addAll(alert.updates());
            for (AlertUpdate v : versions) {
                for (AlertPerson p : v.persons()) {
                    String who = truth.majorityOf(p.mentions());
                    if (truth.kindOf(who).equals(Truth.BENIGN_ADULT)) {
                        benignListed.add(who);
                    }
                    if (p.part().equals("suspect")) {
                        firstFlagged.merge(who, v.at(), (a, b) -> a.isBefore(b) ? a : b);
                        flaggedBy.computeIfAbsent(who, k -> new TreeSet<>()).add(alert.id());
                    }
                }
            }
            scored++;
            right += correct(alert.current().persons(), truth) ? 1 : 0;
        }
        int offenders = 0;
        int found = 0;
        List<Double> before = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Truth.Person person : truth.persons().values()) {
            if (!person.kind().equals(Truth.OFFENDER) || person.mentioned().isEmpty()) {
                continue;
            }
            offenders++;
            Instant at = firstFlagged.get(person.id());
            if (at == null) {
                before.add(Double.POSITIVE_INFINITY);
                missed.add(person.id());
                continue;
            }
            found++;
            int n = 0;
            for (Instant t : person.mentioned()) {
                n += t.isAfter(at) ? 0 : 1;
            }
            before.add((double) n);
        }
        int flaggedOffenders = 0;
        Map<String, String> benign = new TreeMap<>();
        Map<String, List<String>> wrongly = new TreeMap<>();
        for (String who : firstFlagged.keySet()) {
            String kind = truth.kindOf(who);
            flaggedOffenders += kind.equals(Truth.OFFENDER) ? 1 : 0;
            if (!kind.equals(Truth.OFFENDER)) {
                wrongly.put(who, List.copyOf(flaggedBy.get(who)));
            }
            if (kind.equals(Truth.BENIGN_ADULT)) {
                benign.put(who, truth.persons().get(who).occupation());
            }
        }
        return new AlertScore(offenders, found, ratio(found, offenders), firstFlagged.size(), flaggedOffenders,
                ratio(flaggedOffenders, firstFlagged.size()), scored, right, ratio(right, scored), benign,
                benignListed.size(), median(before), byKind, overdue, overdueExploitation, missed.stream().sorted().toList(),
                wrongly);
    }

    /** True if every suspect is an offender, or, with no suspect, some child listed is a victim. */
    private static boolean correct(List<AlertPerson> persons, Truth truth) {
        boolean anySuspect = false;
        boolean victim = false;
        for (AlertPerson p : persons) {
            String kind = truth.kindOf(truth.majorityOf(p.mentions()));
            if (p.part().equals("suspect")) {
                anySuspect = true;
                if (!kind.equals(Truth.OFFENDER)) {
                    return false;
                }
            } else if (kind.equals(Truth.VICTIM)) {
                victim = true;
            }
        }
        return anySuspect || victim;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
