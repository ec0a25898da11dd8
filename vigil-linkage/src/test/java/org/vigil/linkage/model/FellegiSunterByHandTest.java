package org.vigil.linkage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vigil.linkage.comparison.Comparisons;
import org.vigil.linkage.explain.Waterfall;
import org.vigil.linkage.scoring.Scorer;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.PersonRecord;
import org.vigil.linkage.table.RecordTable;

/**
 * A Fellegi–Sunter model small enough to work by hand.
 *
 * <pre>
 * Comparisons (levels null / exact / else):
 *   region:     exact m = 0.9,  u = 0.2   -> log2(0.9 / 0.2)  = log2(4.5)  = +2.169925
 *               else  m = 0.1,  u = 0.8   -> log2(0.1 / 0.8)  = log2(1/8)  = -3
 *   sex:        exact m = 0.95, u = 0.5   -> log2(1.9)                     = +0.925999
 *               else  m = 0.05, u = 0.5   -> log2(0.1)                     = -3.321928
 *   identifier: exact m = 0.9,  u = 0.01  -> log2(90)                      = +6.491853
 *               (term-frequency adjusted: + log2(u / tf))
 * Prior: lambda = 0.01 -> log2(0.01 / 0.99)                               = -6.629357
 *
 * Pair A: same region, same sex, no identifiers (null level, weight 0):
 *   W = -6.629357 + 2.169925 + 0.925999 = -3.533433
 *   Bayes factor 4.5 * 1.9 = 8.55; odds 8.55 * (1/99) = 0.0863636...
 *   p = 0.0863636 / 1.0863636 = 0.0794979
 * Pair B: same region, different sex, same identifier "ID-7", held by 2 of the 4 records with an
 *   identifier: tf = 2/4 = 0.5, adjustment log2(0.01 / 0.5) = log2(0.02) = -5.643856, so the
 *   identifier contributes 6.491853 - 5.643856 = log2(0.9 / 0.5) = +0.847997:
 *   W = -6.629357 + 2.169925 - 3.321928 + 0.847997 = -6.933363
 *   odds = 4.5 * 0.1 * 1.8 / 99 = 0.0081818...; p = 0.0081818 / 1.0081818 = 0.0081154
 * </pre>
 */
class FellegiSunterByHandTest {

    private static LinkageModel model() {
        LinkageModel m = LinkageModel.withPriors(List.of(Comparisons.exact(Field.REGION, false),
                Comparisons.exact(Field.SEX, false), Comparisons.identifier(Field.IDENTIFIER)), 0.01);
        m = m.withM(0, new double[] {1, 0.9, 0.1}).withU(0, new double[] {1, 0.2, 0.8});
        m = m.withM(1, new double[] {1, 0.95, 0.05}).withU(1, new double[] {1, 0.5, 0.5});
        m = m.withM(2, new double[] {1, 0.9, 0.05, 0.05}).withU(2, new double[] {1, 0.01, 0.01, 0.98});
        return m;
    }

    private static RecordTable table() {
        return RecordTable.of(List.of(
                PersonRecord.builder("a1").region("Yorkshire").sex("F").build(),
                PersonRecord.builder("a2").region("yorkshire").sex("female").build(),
                PersonRecord.builder("b1").region("Yorkshire").sex("F").identifier("ID-7").build(),
                PersonRecord.builder("b2").region("Yorkshire").sex("M").identifier("id 7").build(),
                PersonRecord.builder("c1").identifier("ID-8").build(),
                PersonRecord.builder("c2").identifier("ID-9").build()));
    }

    @Test
    void levelWeightsAreLog2OfMOverU() {
        LinkageModel m = model();
        assertThat(m.prior().bits()).isCloseTo(-6.629357, within(1e-6));
        assertThat(m.weight(0, 1)).isCloseTo(2.169925, within(1e-6));
        assertThat(m.weight(0, 2)).isCloseTo(-3.0, within(1e-9));
        assertThat(m.weight(1, 1)).isCloseTo(0.925999, within(1e-6));
        assertThat(m.weight(1, 2)).isCloseTo(-3.321928, within(1e-6));
        assertThat(m.weight(2, 1)).isCloseTo(6.491853, within(1e-6));
        assertThat(m.weight(2, 0)).isZero();
    }

    @Test
    void pairAgreeingOnRegionAndSexScoresAsWorkedByHand() {
        Scorer s = new Scorer(model(), table());
        assertThat(s.weight(0, 1)).isCloseTo(-3.533433, within(1e-6));
        assertThat(s.probability(0, 1)).isCloseTo(0.0794979, within(1e-7));
    }

    @Test
    void termFrequencyAdjustmentReplacesUByTheValuesFrequency() {
        Scorer s = new Scorer(model(), table());
        assertThat(s.weight(2, 3)).isCloseTo(-6.933363, within(1e-6));
        assertThat(s.probability(2, 3)).isCloseTo(0.0081154, within(1e-7));
        Waterfall w = s.explain(2, 3);
        assertThat(w.steps().get(2).level()).isEqualTo("exact");
        assertThat(w.steps().get(2).termFrequencyAdjustment().bits()).isCloseTo(-5.643856, within(1e-6));
        assertThat(w.total().bits()).isCloseTo(-6.933363, within(1e-6));
    }

    @Test
    void theWaterfallAddsUpAndPrints() {
        Waterfall w = new Scorer(model(), table()).explain(0, 1);
        double sum = w.prior().bits();
        for (Waterfall.Step step : w.steps()) {
            sum += step.total().bits();
        }
        assertThat(sum).isCloseTo(w.total().bits(), within(1e-12));
        assertThat(w.probability()).isCloseTo(0.0794979, within(1e-7));
        assertThat(w.toText()).contains("a1 ~ a2", "prior", "region", "exact", "sex", "identifier", "null", "p=0.079498");
    }

    @Test
    void theWaterfallPrintsTheSameTextWhateverTheDefaultLocale() {
        String text = new Scorer(model(), table()).explain(0, 1).toText();
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // a decimal comma
            assertThat(new Scorer(model(), table()).explain(0, 1).toText()).isEqualTo(text).contains("p=0.079498");
            assertThat(new MatchWeight(-3.456)).hasToString("-3.46");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void matchWeightAndProbabilityAreInverse() {
        assertThat(MatchWeight.fromProbability(0.5).bits()).isZero();
        assertThat(MatchWeight.fromProbability(0.8).probability()).isCloseTo(0.8, within(1e-12));
        assertThat(MatchWeight.fromBayesFactor(8).bits()).isCloseTo(3, within(1e-12));
        assertThat(MatchWeight.probabilityOf(-2000)).isZero();
        assertThat(MatchWeight.probabilityOf(2000)).isEqualTo(1.0);
    }
}
