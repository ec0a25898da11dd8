package org.vigil.linkage.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.scoring.Scorer;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.PersonRecord;
import org.vigil.linkage.table.RecordTable;

/**
 * A town and a postcode are one address: when the town follows from the postcode (North Carolina's ZIPs, UK post
 * towns), agreeing on both is no more evidence than agreeing on the postcode; when they are independent (FEBRL's
 * generator), each still counts.
 */
class PostcodeTownLevelsTest {

    /** Records 0 .. n-1 with postcode {@code p} {@code i % 50} and the town {@code town.apply(i)}. */
    private static RecordTable table(int n, IntFunction<String> town) {
        RecordTable t = new RecordTable();
        for (int i = 0; i < n; i++) {
            t.add(PersonRecord.builder("r" + i).postcode("p" + (i % 50)).locality(town.apply(i)).build(), 0);
        }
        return t;
    }

    /** The weight, without the prior, that comparisons at their prior m and u give the pair. */
    private static double evidence(List<Comparison> cs, RecordTable t, int a, int b) {
        Scorer s = new Scorer(LinkageModel.withPriors(cs, 1e-3), t);
        double w = 0;
        for (int k = 0; k < s.comparisons(); k++) {
            w += s.contribution(k, a, b);
        }
        return w;
    }

    private static List<Comparison> postcodeAndTown() {
        return Comparisons.defaultsFor(EnumSet.of(Field.POSTCODE, Field.LOCALITY));
    }

    @Test
    void aTownThatFollowsFromThePostcodeAddsNothingToAnAgreeingPostcode() {
        RecordTable t = table(1000, i -> "town " + (i % 50) / 5); // ten towns of five postcodes each
        double both = evidence(postcodeAndTown(), t, 0, 50);
        double postcodeAlone = evidence(List.of(Comparisons.postcode()), t, 0, 50);
        assertThat(both).as("postcode and town vs postcode alone").isLessThanOrEqualTo(postcodeAlone + 0.5);
    }

    @Test
    void aTownIndependentOfThePostcodeStillCounts() {
        RecordTable t = table(1000, i -> "town " + (i / 50) % 10); // every postcode in every town
        double both = evidence(postcodeAndTown(), t, 0, 500);
        double postcodeAlone = evidence(List.of(Comparisons.postcode()), t, 0, 500);
        // The town is one of ten: log2(10) = 3.3 bits, less what m gives up.
        assertThat(both - postcodeAlone).as("what the town adds").isGreaterThan(2.5);
    }
}
