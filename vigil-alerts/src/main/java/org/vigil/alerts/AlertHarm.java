package org.vigil.alerts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.vigil.alerts.harm.ConcernHarm;
import org.vigil.alerts.state.Casebook;
import org.vigil.alerts.state.ConcernRecord;
import org.vigil.harm.score.HarmScore;

/**
 * The harm of an alert: the sum, over the reports it rests on, of each report's harm as vigil-harm scores it (CCHI
 * offence days × grading confidence × vulnerability of the most vulnerable child named), using each report's latest
 * version. A sum, because each report is a separate allegation of harm; reports, not concerns, so that an amendment
 * is not counted twice. A report of exploitation evidence about a child that alleges no offence is scored as
 * {@link ConcernHarm#INDICATORS_ONLY}, as in the priorities.
 */
final class AlertHarm {
    private final Casebook book;
    private final ConcernHarm harm;

    AlertHarm(Casebook book, ConcernHarm harm) {
        this.book = book;
        this.harm = harm;
    }

    /** Rounded to hundredths, so that JSON shows what is compared. */
    double total(Collection<Integer> reports) {
        double sum = 0;
        for (int r : reports) {
            sum += book.concerns.current(r).harm;
        }
        return Math.round(sum * 100) / 100.0;
    }

    /** One or two sentences saying how the total was reached. */
    List<String> reasons(Collection<Integer> reports) {
        List<String> reasons = new ArrayList<>();
        double sum = 0;
        ConcernRecord largest = null;
        boolean provisional = false;
        int scored = 0;
        int onIndicators = 0;
        for (int r : reports) {
            ConcernRecord c = book.concerns.current(r);
            sum += c.harm; // in the order total() adds, so the same total
            provisional |= c.provisional;
            scored += c.harm > 0 ? 1 : 0;
            onIndicators += c.scoredOnIndicators ? 1 : 0;
            if (largest == null || c.harm > largest.harm) {
                largest = c;
            }
        }
        long hundredths = Math.round(sum * 100);
        if (hundredths == 0) {
            reasons.add("harm 0: none of the " + reports.size() + " reports alleges an offence with a harm weight; "
                    + "0 is offence harm, not a measure of risk");
            return reasons;
        }
        reasons.add("harm " + twoPlaces(hundredths) + " CCHI days: the sum over " + scored + " of " + reports.size()
                + " reports alleging offences (offence days × grading confidence × child's vulnerability)"
                + (onIndicators == 0 ? "" : ", " + onIndicators + " of them exploitation evidence about a child that"
                        + " alleges no offence, scored as HO " + ConcernHarm.INDICATORS_ONLY.get(0) + " on its indicators")
                + (provisional ? "; provisional: some weights are placeholders" : ""));
        HarmScore score = harm.score(largest.harmCodes(), largest.grading, largest.vulnerability);
        reasons.add("largest, " + largest.id + ": " + String.join("; ", score.reasons()));
        return reasons;
    }

    /**
     * The total {@code hundredths / 100.0} with two decimals, as {@code String.format(Locale.UK, "%.2f", total)} writes
     * it ("12.30", "0.05"), without the formatter's cost.
     */
    static String twoPlaces(long hundredths) {
        long whole = Math.abs(hundredths);
        long cents = whole % 100;
        return (hundredths < 0 ? "-" : "") + whole / 100 + (cents < 10 ? ".0" : ".") + cents;
    }
}
