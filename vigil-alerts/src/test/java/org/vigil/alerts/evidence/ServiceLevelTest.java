package org.vigil.alerts.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.vigil.harm.score.Grading;

class ServiceLevelTest {

    private static ServiceLevel level(List<String> indicators, List<String> offences, Integer youngest,
            Grading grading) {
        return ServiceLevel.assess(Exploitation.of(indicators, offences),
                youngest == null ? OptionalInt.empty() : OptionalInt.of(youngest), Optional.ofNullable(grading)).level();
    }

    @Test
    void rapeOrAnOffenceAgainstAChildUnder13OrTraffickingIsCritical() {
        assertThat(level(List.of(), List.of("19D"), 15, null)).isEqualTo(ServiceLevel.CRITICAL);
        assertThat(level(List.of(), List.of("22B"), 12, null)).isEqualTo(ServiceLevel.CRITICAL);
        assertThat(level(List.of("trafficked_elsewhere"), List.of(), null, null)).isEqualTo(ServiceLevel.CRITICAL);
        assertThat(ServiceLevel.CRITICAL.within()).hasValue(Duration.ofHours(24));
    }

    @Test
    void otherOffencesTwoSpecificIndicatorsOrMissingWithOneAreHigh() {
        assertThat(level(List.of(), List.of("71"), 15, null)).isEqualTo(ServiceLevel.HIGH);
        assertThat(level(List.of("gifts", "hotel"), List.of(), 15, null)).isEqualTo(ServiceLevel.HIGH);
        assertThat(level(List.of("missing", "taxi"), List.of(), 15, null)).isEqualTo(ServiceLevel.HIGH);
    }

    @Test
    void oneSpecificIndicatorIsStandardAndNoneIsRoutine() {
        assertThat(level(List.of("gifts", "missing"), List.of(), null, null)).isEqualTo(ServiceLevel.HIGH);
        assertThat(level(List.of("gifts"), List.of(), null, null)).isEqualTo(ServiceLevel.STANDARD);
        assertThat(level(List.of("missing", "injury"), List.of("8N"), 9, null)).isEqualTo(ServiceLevel.ROUTINE);
        assertThat(ServiceLevel.ROUTINE.within()).isEmpty();
    }

    @Test
    void gradingMovesTheLevelOneStepEitherWayButNeverMakesRoutineWorkUrgentNorEvidenceRoutine() {
        Grading sure = Grading.parse(null, "1", "A", "P");
        Grading doubtful = Grading.parse(null, "2", "E", "P");
        assertThat(level(List.of("gifts"), List.of(), null, sure)).isEqualTo(ServiceLevel.HIGH);
        assertThat(level(List.of("gifts"), List.of(), null, doubtful)).isEqualTo(ServiceLevel.STANDARD);
        assertThat(level(List.of("gifts", "hotel"), List.of(), null, doubtful)).isEqualTo(ServiceLevel.STANDARD);
        assertThat(level(List.of(), List.of("19D"), 15, doubtful)).isEqualTo(ServiceLevel.HIGH);
        assertThat(level(List.of("injury"), List.of(), 9, sure)).isEqualTo(ServiceLevel.ROUTINE);
    }
}
