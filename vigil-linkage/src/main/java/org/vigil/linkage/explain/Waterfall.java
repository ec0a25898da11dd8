package org.vigil.linkage.explain;

import java.util.List;
import java.util.Locale;
import org.vigil.linkage.model.MatchWeight;

/**
 * The match weight of one pair, step by step: prior, then each comparison, then total and probability.
 *
 * @param leftId id of the first record
 * @param rightId id of the second record
 * @param prior log₂(λ/(1−λ))
 * @param steps one per comparison, in the model's order
 * @param total prior plus every step's weight and adjustment
 */
public record Waterfall(String leftId, String rightId, MatchWeight prior, List<Step> steps, MatchWeight total) {

    /**
     * One comparison's contribution.
     *
     * @param comparison the comparison's name ({@code given_name})
     * @param level the level's label ({@code nickname})
     * @param left the first record's values as compared
     * @param right the second record's values as compared
     * @param m the level's m probability (1 for the null level)
     * @param u the level's u probability (1 for the null level)
     * @param weight log₂(m/u)
     * @param termFrequencyAdjustment log₂(u / term frequency of the agreed value), 0 if not adjusted
     */
    public record Step(String comparison, String level, String left, String right, double m, double u,
                       MatchWeight weight, MatchWeight termFrequencyAdjustment) {

        public MatchWeight total() {
            return weight.plus(termFrequencyAdjustment);
        }
    }

    public Waterfall {
        steps = List.copyOf(steps);
    }

    public double probability() {
        return total.probability();
    }

    /** This waterfall under a prior {@code shift} bits higher (lower when negative), and so its total. */
    public Waterfall withPriorShiftedBy(MatchWeight shift) {
        return shift.bits() == 0 ? this : new Waterfall(leftId, rightId, prior.plus(shift), steps, total.plus(shift));
    }

    /** The waterfall as plain text, one line per step, for a case file or a terminal. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s ~ %s%n", leftId, rightId));
        double running = prior.bits();
        b.append(String.format(Locale.ROOT, "  %-14s %-20s %-24s %-24s %8s %8s%n", "prior", "", "", "", prior, fmt(running)));
        for (Step s : steps) {
            running += s.total().bits();
            String w = s.termFrequencyAdjustment().bits() == 0 ? s.weight().toString()
                    : s.weight() + " " + s.termFrequencyAdjustment() + "tf";
            b.append(String.format(Locale.ROOT, "  %-14s %-20s %-24s %-24s %8s %8s%n", s.comparison(), s.level(), clip(s.left()),
                    clip(s.right()), w, fmt(running)));
        }
        b.append(String.format(Locale.ROOT, "  %-14s %-20s %-24s %-24s %8s %8s%n", "total", "", "", "", total,
                String.format(Locale.ROOT, "p=%.6f", probability())));
        return b.toString();
    }

    private static String fmt(double bits) {
        return String.format(Locale.ROOT, "%+.2f", bits);
    }

    private static String clip(String s) {
        return s.length() <= 24 ? s : s.substring(0, 21) + "...";
    }

    @Override
    public String toString() {
        return toText();
    }
}
