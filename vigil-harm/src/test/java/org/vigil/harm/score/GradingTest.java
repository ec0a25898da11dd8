package org.vigil.harm.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradingTest {

    @Test
    void parses3x5x2AsTheDefaultScheme() {
        Grading g = Grading.parse(null, "2", "c", "p");
        assertThat(g).isEqualTo(Grading3x5x2.parse("2", "C", "P"));
        assertThat(g.toText()).isEqualTo("2/C/P (3x5x2)");
        assertThat(g.confidence()).isCloseTo(
                SourceGrade.UNTESTED.confidence() * IntelligenceGrade.KNOWN_INDIRECTLY.confidence(), within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"A,1,1,A", "B,2,1,A", "C,3,2,B", "E,4,2,D", "D,5,3,E"})
    void countsLegacyGradesAsTheNearest3x5x2(String source, String intelligence, String source3, String intel3) {
        Grading legacy = Grading.parse("5x5x5", source, intelligence, "1");
        Grading modern = Grading.parse("3x5x2", source3, intel3, null);
        assertThat(legacy.source3x5x2().code()).isEqualTo(source3);
        assertThat(legacy.intelligence3x5x2().code()).isEqualTo(intel3);
        assertThat(legacy.confidence()).isEqualTo(modern.confidence());
    }

    @Test
    void handlingIsOptionalAndDoesNotChangeConfidence() {
        assertThat(Grading.parse("3x5x2", "1", "A", null).confidence())
                .isEqualTo(Grading.parse("3x5x2", "1", "A", "C").confidence());
    }

    @Test
    void aGradeNotGivenCountsAsNotKnown() {
        Grading onlyIntelligence = Grading.parse(null, null, "E", null);
        assertThat(onlyIntelligence.partial()).isTrue();
        assertThat(onlyIntelligence.toText()).isEqualTo("?/E (3x5x2)");
        assertThat(onlyIntelligence.confidence()).isEqualTo(Grading.parse("3x5x2", "2", "E", null).confidence())
                .isLessThan(HarmScorer.UNGRADED);
        Grading onlySource = Grading.parse("5x5x5", "A", " ", null);
        assertThat(onlySource.toText()).isEqualTo("A/? (5x5x5)");
        assertThat(onlySource.confidence()).isEqualTo(Grading.parse("5x5x5", "A", "4", null).confidence());
        assertThat(Grading.parse("3x5x2", "1", "A", null).partial()).isFalse();
        assertThat(Grading.parse("3x5x2", null, null, "P").confidence()).isEqualTo(HarmScorer.UNGRADED);
    }

    @Test
    void readingForScoreTreatsAnUnreadablePartAsNotGiven() {
        // Legacy grades are stored as sent, so a record can carry "Z"; its readable grade still counts.
        Grading read = Grading.read("5x5x5", "Z", "1", "9").orElseThrow();
        assertThat(read.toText()).isEqualTo("?/1 (5x5x5)");
        assertThat(read.intelligence3x5x2()).isEqualTo(IntelligenceGrade.KNOWN_DIRECTLY);
        assertThat(Grading.read("3x5x2", "1", "A", "P")).contains(Grading.parse("3x5x2", "1", "A", "P"));
        assertThat(Grading.read("4x4", "1", "A", "P")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "3x5x2, 4, A, P, '4'",
            "3x5x2, 1, F, P, 'F'",
            "3x5x2, 1, A, X, 'X'",
            "5x5x5, 1, A, 1, '1'",
            "5x5x5, A, 6, 1, '6'",
            "5x5x5, AB, 1, 1, 'AB'",
            "5x5x5, ?, 1, 1, '?'",
            "4x4, 1, A, P, '4x4'"})
    void rejectsBadGradesNamingThem(String scheme, String source, String intelligence, String handling, String named) {
        assertThatThrownBy(() -> Grading.parse(scheme, source, intelligence, handling))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(named);
    }

    @Property
    void confidenceIsPositiveAndAtMostOne(@ForAll SourceGrade source, @ForAll IntelligenceGrade intelligence) {
        double c = Grading.parse("3x5x2", source.code(), intelligence.code(), null).confidence();
        assertThat(c).isGreaterThan(0).isLessThanOrEqualTo(1);
    }

    @Property
    void aBetterGradeNeverLowersConfidence(@ForAll SourceGrade s1, @ForAll SourceGrade s2,
            @ForAll IntelligenceGrade i1, @ForAll IntelligenceGrade i2) {
        // Enum order runs from best to worst.
        if (s1.ordinal() <= s2.ordinal() && i1.ordinal() <= i2.ordinal()) {
            assertThat(new Grading3x5x2(s1, i1, java.util.Optional.empty()).confidence())
                    .isGreaterThanOrEqualTo(new Grading3x5x2(s2, i2, java.util.Optional.empty()).confidence());
        }
    }
}
