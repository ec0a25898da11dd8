package org.vigil.alerts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the brief asks of the engine on the synthetic town, per seed, with perfect linkage and with nickname-only
 * mentions left unlinked. The figures are in {@code docs/benchmarks/alerts.md}; a town or engine change that breaks
 * them fails here.
 */
class TownEvaluationTest {
    private static final int CONCERNS = 3000;

    private static void meetsTheBar(EvaluationReport report) {
        AlertScore s = report.alerts();
        assertThat(s.recall()).as("offender recall, " + report.linkage()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.precisionPerPerson()).as("precision per flagged person").isGreaterThanOrEqualTo(0.9);
        assertThat(s.precisionPerAlert()).as("precision per alert").isGreaterThanOrEqualTo(0.9);
        assertThat(s.benignFlagged()).as("benign adults flagged as suspects").isEmpty();
        assertThat(s.medianConcernsBeforeAlert()).as("median concerns naming an offender before his first alert")
                .isLessThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void findsTheOffendersWithPerfectLinkageAndFlagsNoBenignAdult(long seed) throws IOException {
        EvaluationReport report = TownEvaluation.run(seed, CONCERNS, Linkage.truthOracle(), "truth", Towns.CACHED);
        meetsTheBar(report);
        assertThat(report.linkageScore().f1()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void stillFindsThemWhenNicknameOnlyMentionsAreLeftUnlinked(long seed) throws IOException {
        EvaluationReport report = TownEvaluation.run(seed, CONCERNS, Linkage.degraded(), "nicknames unlinked",
                Towns.CACHED);
        assertThat(report.linkageScore().recall()).as("the degraded linkage is really degraded").isLessThan(0.9);
        meetsTheBar(report);
    }
}
