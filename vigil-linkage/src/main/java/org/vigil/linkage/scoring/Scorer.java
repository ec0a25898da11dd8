package org.vigil.linkage.scoring;

import java.util.ArrayList;
import java.util.List;
import org.vigil.linkage.comparison.BoundComparison;
import org.vigil.linkage.comparison.Comparison;
import org.vigil.linkage.comparison.ComparisonLevel;
import org.vigil.linkage.explain.Waterfall;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.model.MatchWeight;
import org.vigil.linkage.table.RecordTable;

/**
 * A model bound to a table: scores and explains pairs of its records. Thread-safe once the table has
 * stopped growing and is primed.
 */
public final class Scorer {
    /** Term frequencies are floored here so that one-off values do not give unbounded weights. */
    static final double MIN_TERM_FREQUENCY = 1e-7;

    private final LinkageModel model;
    private final RecordTable table;
    private final BoundComparison[] bound;
    private final double[][] weights;
    private final boolean[][] tf;
    private final double[][] log2U;
    private final double prior;
    private final double tfPrior;

    public Scorer(LinkageModel model, RecordTable table) {
        this.model = model;
        this.table = table;
        table.prime();
        List<Comparison> cs = model.comparisons();
        bound = new BoundComparison[cs.size()];
        weights = new double[cs.size()][];
        tf = new boolean[cs.size()][];
        log2U = new double[cs.size()][];
        for (int k = 0; k < cs.size(); k++) {
            bound[k] = cs.get(k).bind(table);
            List<ComparisonLevel> levels = cs.get(k).levels();
            weights[k] = new double[levels.size()];
            tf[k] = new boolean[levels.size()];
            log2U[k] = new double[levels.size()];
            for (int l = 0; l < levels.size(); l++) {
                weights[k][l] = model.weight(k, l);
                tf[k][l] = levels.get(l).termFrequencyAdjusted();
                log2U[k][l] = MatchWeight.log2(model.u(k, l));
            }
        }
        prior = model.prior().bits();
        tfPrior = model.termFrequencyPrior();
    }

    public LinkageModel model() {
        return model;
    }

    public RecordTable table() {
        return table;
    }

    /** Number of comparisons. */
    public int comparisons() {
        return bound.length;
    }

    /** The level of comparison {@code k} for the pair. */
    public int level(int k, int a, int b) {
        return bound[k].level(a, b);
    }

    /** The pair's comparison vector packed 4 bits per comparison (comparison 0 lowest). */
    public long pattern(int a, int b) {
        long p = 0;
        for (int k = 0; k < bound.length; k++) {
            p |= (long) bound[k].level(a, b) << (4 * k);
        }
        return p;
    }

    /** Sum of level weights and term-frequency adjustments, without the prior. */
    public double weightWithoutPrior(int a, int b) {
        double w = 0;
        for (int k = 0; k < bound.length; k++) {
            int l = bound[k].level(a, b);
            w += weights[k][l];
            if (tf[k][l]) {
                w += tfAdjustment(k, l, a, b);
            }
        }
        return w;
    }

    private double tfAdjustment(int k, int l, int a, int b) {
        double f = bound[k].termFrequency(a, b, l);
        if (tfPrior > 0) {
            double n = bound[k].population();
            f = (f * n + tfPrior * model.u(k, l)) / (n + tfPrior);
        }
        return log2U[k][l] - MatchWeight.log2(Math.max(MIN_TERM_FREQUENCY, f));
    }

    /** The pair's total match weight, prior included. */
    public double weight(int a, int b) {
        return prior + weightWithoutPrior(a, b);
    }

    public double probability(int a, int b) {
        return MatchWeight.probabilityOf(weight(a, b));
    }

    /** The pair's weight step by step. */
    public Waterfall explain(int a, int b) {
        List<Waterfall.Step> steps = new ArrayList<>();
        double total = prior;
        List<Comparison> cs = model.comparisons();
        for (int k = 0; k < bound.length; k++) {
            Comparison c = cs.get(k);
            int l = bound[k].level(a, b);
            double adj = tf[k][l] ? tfAdjustment(k, l, a, b) : 0;
            steps.add(new Waterfall.Step(c.name(), c.levels().get(l).label(), table.describe(c.field(), a),
                    table.describe(c.field(), b), model.m(k, l), model.u(k, l), new MatchWeight(weights[k][l]),
                    new MatchWeight(adj)));
            total += weights[k][l] + adj;
        }
        return new Waterfall(table.id(a), table.id(b), new MatchWeight(prior), steps, new MatchWeight(total));
    }
}
