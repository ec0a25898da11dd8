package org.vigil.alerts.evaluation;

import java.util.Locale;

/**
 * One evaluation: which town, which linkage, how the alerts scored, how the linkage scored, and what detection cost.
 *
 * @param linkage a name for the assignment used ("truth", "nickname unlinked", a linker's name)
 * @param microsPerRecord engine time per observation, in microseconds, on this run
 */
public record EvaluationReport(long seed, int concerns, int records, String linkage, AlertScore alerts,
        LinkageScore linkageScore, double microsPerRecord) {

    /** A Markdown table row: seed, linkage, recall, precision (person, alert), benign false alarms, median, F1. */
    public String toMarkdownRow() {
        return String.format(Locale.UK, "| %d | %s | %d/%d = %.3f | %d/%d = %.3f | %d/%d = %.3f | %d | %s | %.3f / %.3f / %.3f "
                + "| %.1f |", seed, linkage, alerts.offendersFlagged(), alerts.offenders(), alerts.recall(),
                alerts.flaggedOffenders(), alerts.flagged(), alerts.precisionPerPerson(), alerts.alertsTrue(), alerts.alerts(),
                alerts.precisionPerAlert(), alerts.benignFlagged().size(), median(), linkageScore.precision(),
                linkageScore.recall(), linkageScore.f1(), microsPerRecord);
    }

    public static String markdownHeader() {
        return "| seed | linkage | offender recall | precision per flagged person | precision per alert "
                + "| benign adults flagged | median concerns before first alert | linkage P / R / F1 | µs per record |\n"
                + "|---|---|---|---|---|---|---|---|---|";
    }

    private String median() {
        double m = alerts.medianConcernsBeforeAlert();
        return Double.isInfinite(m) ? "∞" : m == Math.rint(m) ? String.format(Locale.UK, "%.0f", m)
                : String.format(Locale.UK, "%.1f", m);
    }
}
