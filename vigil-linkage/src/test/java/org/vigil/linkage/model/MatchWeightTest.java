package org.vigil.linkage.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class MatchWeightTest {

    /**
     * Pairs files are compared byte for byte across builds, so log₂ must stay ln(x) / ln(2) to the last bit, whatever
     * makes it cheaper. x is mantissa · 2^exponent, to reach term frequencies and Bayes factors of any size.
     */
    @Property
    void log2IsTheNaturalLogarithmOverThatOfTwoBitForBit(
            @ForAll @DoubleRange(min = 1, max = 2, maxIncluded = false) double mantissa,
            @ForAll @IntRange(min = -1000, max = 1000) int exponent) {
        double x = Math.scalb(mantissa, exponent);
        assertThat(Double.doubleToRawLongBits(MatchWeight.log2(x)))
                .isEqualTo(Double.doubleToRawLongBits(Math.log(x) / Math.log(2)));
    }
}
