package org.vigil.alerts.pattern;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.alerts.state.Casebook;
import org.vigil.alerts.state.ConcernRecord;

/**
 * {@code overdue}: a report of exploitation evidence with no decision within its
 * {@link org.vigil.alerts.evidence.ServiceLevel service level}. Raised at the deadline in event time; updated, once,
 * when a decision finally arrives. It lists everyone the concern names, in the roles the concern gave them: an
 * overdue alert accuses no one.
 */
public final class Overdue {
    private Overdue() {
    }

    public static String subject(int report) {
        return "report:" + report;
    }

    public static Finding assess(Casebook book, int report) {
        ConcernRecord first = book.concerns.get(report);
        List<String> decision = first.decided() ? List.of(first.lastOutcome) : List.of();
        return new Finding(AlertKind.OVERDUE, subject(report), new Evidence().facts("decision", decision),
                () -> details(book, report));
    }

    private static Finding.Details details(Casebook book, int report) {
        ConcernRecord first = book.concerns.get(report);
        ConcernRecord current = book.concerns.current(report);
        List<Party> parties = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        for (int i = 0; i < first.mentionPersons.length; i++) {
            int p = book.persons.find(first.mentionPersons[i]);
            if (seen.add(p)) {
                parties.add(new Party(p, first.mentionRoles[i]));
            }
        }
        long deadline = Math.floorDiv(first.deadline, 1_000_000L); // in epoch seconds, as decisions are
        List<String> reasons = new ArrayList<>();
        reasons.add(first.id + " (" + first.agency + ", received " + Reports.date(first.received)
                + ") had no decision by " + Reports.date(deadline) + ": service level "
                + current.serviceLevel.describe());
        reasons.add("exploitation evidence: " + current.exploitation.describe());
        if (first.decided()) {
            long late = Math.max(0, first.lastDecisionAt - deadline);
            reasons.add("decided " + Reports.date(first.lastDecisionAt) + " (" + first.lastOutcome + "), "
                    + (late < 3_600 ? "less than an hour"
                            : late < 86_400 ? Reports.plural((int) (late / 3_600), "hour", "hours")
                            : Reports.plural((int) (late / 86_400), "day", "days")) + " after the deadline");
        }
        return new Finding.Details(parties, List.of(report), reasons);
    }
}
