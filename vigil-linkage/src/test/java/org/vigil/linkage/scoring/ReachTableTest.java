package org.vigil.linkage.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The scorer's bounds by field bits, tabled for the compared fields' combinations alone, are the same doubles as a
 * table of every combination of six bits (the reference below, as the scorer built it before), for any pair's bits,
 * those of fields not compared included.
 */
class ReachTableTest {
    @Property
    void aTableOfTheComparedBitsSumsAsATableOfEveryBit(
            @ForAll @Size(60) java.util.List<@DoubleRange(min = 0, max = 40) Double> gains,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int compared,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int both,
            @ForAll @DoubleRange(min = -30, max = 0) double base) {
        double[] gainOfField = new double[6 * Scorer.CHUNKS];
        for (int bit = 0; bit < gainOfField.length; bit++) {
            gainOfField[bit] = (compared & (1 << bit)) != 0 ? gains.get(bit) : 0;
        }
        assertThat(Scorer.sum(base, Scorer.byBits(gainOfField, compared), compared, both))
                .isEqualTo(everyCombination(base, gainOfField, both));
    }

    /** Reference: a 64-entry table per six bits, each entry the one without its lowest bit plus that bit's gain. */
    private static double everyCombination(double base, double[] gainOfField, int both) {
        double r = base;
        for (int c = 0; c < gainOfField.length / 6; c++) {
            double[] row = new double[64];
            for (int m = 1; m < 64; m++) {
                row[m] = row[m & (m - 1)] + gainOfField[6 * c + Integer.numberOfTrailingZeros(m)];
            }
            r += row[(both >>> (6 * c)) & 63];
        }
        return r;
    }
}
