package org.vigil.harm.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.vigil.harm.weights.HarmWeights;
import org.vigil.harm.weights.OffenceCode;

class HarmScorerTest {
    private static final HarmWeights WEIGHTS = HarmWeights.bundled();
    private final HarmScorer scorer = new HarmScorer(WEIGHTS);

    private static double days(String code) {
        return WEIGHTS.weightOf(OffenceCode.parse(code)).days();
    }

    @Test
    void sumsOffenceWeightsThenAppliesConfidenceAndVulnerability() {
        Grading grading = Grading.parse("3x5x2", "2", "B", "P");
        Vulnerability child = Vulnerability.of(14, true, 3);
        HarmScore s = scorer.score(ConcernFacts.of(List.of("22B", "71"), grading, child));
        assertThat(s.offenceDays()).isEqualTo(days("22B") + days("71"));
        assertThat(s.confidence()).isEqualTo(grading.confidence());
        assertThat(s.vulnerability()).isEqualTo(child.factor());
        assertThat(s.score()).isCloseTo(s.offenceDays() * grading.confidence() * child.factor(), within(1e-9));
        assertThat(s.offences()).extracting(w -> w.code().toText()).containsExactly("22B", "71");
    }

    @Test
    void aScoreRestingOnAPlaceholderSaysItIsProvisional() {
        HarmScore s = scorer.score(ConcernFacts.of(List.of("22B"), null, Vulnerability.none()));
        assertThat(s.placeholder()).isTrue();
        assertThat(s.reasons()).anySatisfy(r -> assertThat(r).contains("22B").contains("placeholder: subgroup-fallback"));
        assertThat(s.reasons().get(s.reasons().size() - 1)).contains("provisional");
    }

    @Test
    void anOffenceLevelWeightIsNotAPlaceholder() {
        HarmScore s = scorer.score(ConcernFacts.of(List.of("19E"), Grading.parse(null, "1", "A", "P"), Vulnerability.none()));
        assertThat(s.placeholder()).isFalse();
        assertThat(s.score()).isEqualTo(days("19E"));
    }

    @Test
    void anUngradedConcernCountsAsUntestedNotAsWorthless() {
        HarmScore s = scorer.score(ConcernFacts.of(List.of("71"), null, Vulnerability.none()));
        assertThat(s.confidence()).isEqualTo(HarmScorer.UNGRADED);
        assertThat(HarmScorer.UNGRADED)
                .isGreaterThan(Grading.parse(null, "3", "E", null).confidence())
                .isEqualTo(Grading.parse(null, "2", "D", null).confidence());
    }

    @Test
    void aGradingGivenInPartCountsWhatIsGivenAndSaysSo() {
        // Suspected false (E) with no source grade: discounted as E, where ungraded it would count as D.
        HarmScore s = scorer.score(ConcernFacts.of(List.of("71"), Grading.parse(null, null, "E", null), Vulnerability.none()));
        assertThat(s.confidence()).isEqualTo(SourceGrade.UNTESTED.confidence() * IntelligenceGrade.SUSPECTED_FALSE.confidence());
        assertThat(s.reasons()).anySatisfy(r -> assertThat(r).startsWith("graded ?/E (3x5x2)").contains("as 3x5x2 2/E")
                .contains("not given"));
    }

    @Test
    void anUnknownCodeStillCountsAndIsFlagged() {
        HarmScore s = scorer.score(ConcernFacts.of(List.of("999"), Grading.parse(null, "1", "A", null), Vulnerability.none()));
        assertThat(s.score()).isEqualTo(HarmWeights.UNKNOWN_CODE_DAYS);
        assertThat(s.placeholder()).isTrue();
    }

    @Test
    void noOffencesScoresZeroAndSaysWhy() {
        HarmScore s = scorer.score(ConcernFacts.of(List.of(), null, Vulnerability.of(12, true, 5)));
        assertThat(s.score()).isZero();
        assertThat(s.reasons()).contains("no offence codes: offence harm 0");
    }

    @Property
    void addingAnOffenceNeverLowersTheScore(@ForAll("codes") List<String> codes, @ForAll("code") String extra) {
        Grading grading = Grading.parse(null, "2", "C", null);
        Vulnerability v = Vulnerability.of(15, false, 1);
        List<String> more = new ArrayList<>(codes);
        more.add(extra);
        assertThat(scorer.score(ConcernFacts.of(more, grading, v)).score())
                .isGreaterThanOrEqualTo(scorer.score(ConcernFacts.of(codes, grading, v)).score());
    }

    @Property
    void theScoreIsNeverMoreThanTheVulnerableOffenceTotal(@ForAll("codes") List<String> codes,
            @ForAll SourceGrade source, @ForAll IntelligenceGrade intelligence) {
        Grading grading = new Grading3x5x2(source, intelligence, java.util.Optional.empty());
        HarmScore s = scorer.score(ConcernFacts.of(codes, grading, Vulnerability.of(10, true, 3)));
        assertThat(s.score()).isLessThanOrEqualTo(s.offenceDays() * s.vulnerability() + 1e-9);
    }

    @Provide
    Arbitrary<List<String>> codes() {
        return code().list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> code() {
        List<String> known = WEIGHTS.all().stream().map(w -> w.code().toText()).toList();
        return Arbitraries.oneOf(Arbitraries.of(known), Arbitraries.of("1", "999", "5D", "37.1"));
    }
}
