package org.vigil.linkage.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.scoring.Scorer;
import org.vigil.linkage.table.PersonRecord;
import org.vigil.linkage.table.RecordTable;
import org.vigil.linkage.training.RandomSampling;

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

    /** The weight, without the prior, that comparisons give the pair at their prior m and u from random pairs. */
    private static double evidence(List<Comparison> cs, RecordTable t, int a, int b) {
        LinkageModel model = RandomSampling.estimateU(LinkageModel.withPriors(cs, 1e-3), t, false, 100_000, 1, 1);
        Scorer s = new Scorer(model, t);
        double w = 0;
        for (int k = 0; k < s.comparisons(); k++) {
            w += s.contribution(k, a, b);
        }
        return w;
    }


    @Test
    void comparesPostcodeAndTownTogetherOnlyWhereTheTownFollowsFromThePostcode() {
        assertThat(Comparisons.defaultsFor(table(1000, i -> "town " + (i % 50) / 5))).extracting(Comparison::name)
                .containsExactly("postcode_town");
        assertThat(Comparisons.defaultsFor(table(1000, i -> "town " + (i / 50) % 10))).extracting(Comparison::name)
                .containsExactly("locality", "postcode");
    }

    @Test
    void levelsSplitEachPostcodeLevelByTheTown() {
        Comparison c = Comparisons.postcodeAndTown();
        PersonRecord a = Tables.person("a").postcode("S61 1AP").locality("rotherham").build();
        assertThat(Tables.level(c, a, Tables.person("b").postcode("S61 1AP").locality("rotherham").build()))
                .isEqualTo("postcode_and_town");
        assertThat(Tables.level(c, a, Tables.person("b").postcode("S61 1AP").locality("rotherhm").build()))
                .isEqualTo("postcode_and_close_town");
        assertThat(Tables.level(c, a, Tables.person("b").postcode("S61 1AP").build())).isEqualTo("postcode_no_town");
        assertThat(Tables.level(c, a, Tables.person("b").postcode("S61 1AP").locality("leeds").build()))
                .isEqualTo("postcode");
        assertThat(Tables.level(c, a, Tables.person("b").postcode("S61 1ZZ").locality("rotherham").build()))
                .isEqualTo("sector_and_town");
        assertThat(Tables.level(c, a, Tables.person("b").postcode("S61 4QQ").build())).isEqualTo("district");
        assertThat(Tables.level(c, a, Tables.person("b").postcode("S9 2QQ").locality("rotherham").build()))
                .isEqualTo("town");
        assertThat(Tables.level(c, a, Tables.person("b").locality("rotherhan").build()))
                .isEqualTo("town_jaro_winkler_0.92");
        assertThat(Tables.level(c, a, Tables.person("b").postcode("LS1 4AP").locality("leeds").build())).isEqualTo("else");
        assertThat(Tables.level(c, Tables.person("a").postcode("S61 1AP").build(), Tables.person("b").locality("leeds")
                .build())).isEqualTo("null");
    }

    @Test
    void aTownThatFollowsFromThePostcodeAddsNothingToAnAgreeingPostcode() {
        RecordTable t = table(1000, i -> "town " + (i % 50) / 5); // ten towns of five postcodes each
        double both = evidence(Comparisons.defaultsFor(t), t, 0, 50);
        double postcodeAlone = evidence(List.of(Comparisons.postcode()), t, 0, 50);
        assertThat(both).as("postcode and town vs postcode alone").isLessThanOrEqualTo(postcodeAlone + 0.5);
    }

    @Test
    void aTownIndependentOfThePostcodeStillCounts() {
        RecordTable t = table(1000, i -> "town " + (i / 50) % 10); // every postcode in every town
        double both = evidence(Comparisons.defaultsFor(t), t, 0, 500);
        double postcodeAlone = evidence(List.of(Comparisons.postcode()), t, 0, 500);
        // The town is one of ten: log2(10) = 3.3 bits, less what m gives up.
        assertThat(both - postcodeAlone).as("what the town adds").isGreaterThan(2.5);
    }
}
