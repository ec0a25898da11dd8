package org.vigil.harm.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.vigil.harm.weights.HarmWeights;
import org.vigil.harm.weights.OffenceCode;
import org.vigil.harm.weights.OffenceWeight;

/**
 * Scores the harm of a concern from its offences, grading and the child's vulnerability.
 *
 * <p>Offences are summed as listed (the same code twice counts twice: two allegations). A concern with no
 * offence codes scores 0: harm here is offence harm, and the core must rank such concerns by its other
 * signals rather than read 0 as "no risk". An ungraded concern gets {@link #UNGRADED}, the confidence
 * of an untested source with unknown intelligence (2/D), not the lowest.
 */
public final class HarmScorer {
    /** Confidence of a concern with no grading: as 2/D, untested source, intelligence not known. */
    public static final double UNGRADED =
            SourceGrade.UNTESTED.confidence() * IntelligenceGrade.NOT_KNOWN.confidence();

    private final HarmWeights weights;

    public HarmScorer(HarmWeights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** A scorer over {@link HarmWeights#bundled()}. */
    public static HarmScorer bundled() {
        return new HarmScorer(HarmWeights.bundled());
    }

    public HarmScore score(ConcernFacts facts) {
        List<OffenceWeight> used = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        double days = 0;
        boolean placeholder = false;
        for (OffenceCode code : facts.offences()) {
            OffenceWeight w = weights.weightOf(code);
            used.add(w);
            days += w.days();
            placeholder |= w.placeholder();
            reasons.add(String.format(Locale.UK, "HO %s %s: %s days%s", code, w.offence(), plain(w.days()),
                    w.placeholder() ? " (placeholder: " + w.basis().token() + ")" : ""));
        }
        if (facts.offences().isEmpty()) {
            reasons.add("no offence codes: offence harm 0");
        }
        double confidence = facts.grading().map(Grading::confidence).orElse(UNGRADED);
        reasons.add(facts.grading()
                .map(g -> String.format(Locale.UK, "graded %s: confidence %.2f (as 3x5x2 %s/%s%s)", g.toText(), confidence,
                        g.source3x5x2().code(), g.intelligence3x5x2().code(),
                        g.partial() ? "; a grade not given, or not one of its scheme's, counts as not known" : ""))
                .orElse(String.format(Locale.UK, "ungraded: confidence %.2f (as 2/D)", confidence)));
        double vulnerability = facts.vulnerability().factor();
        reasons.addAll(facts.vulnerability().reasons());
        double score = days * confidence * vulnerability;
        reasons.add(String.format(Locale.UK, "harm %s = %s days × %.2f × %.2f%s", plain(score), plain(days),
                confidence, vulnerability, placeholder ? " (provisional: placeholder weights)" : ""));
        return new HarmScore(used, days, confidence, vulnerability, score, placeholder, reasons);
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.format(Locale.UK, "%.0f", d) : String.format(Locale.UK, "%.2f", d);
    }
}
