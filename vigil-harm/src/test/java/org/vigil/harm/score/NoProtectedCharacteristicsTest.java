package org.vigil.harm.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Harm must never be scored on who someone is: no input may carry a name, ethnicity, religion or nationality. */
class NoProtectedCharacteristicsTest {
    private static final List<String> FORBIDDEN =
            List.of("name", "ethnic", "race", "religio", "faith", "national", "citizen");

    @Test
    void noScoringInputHasSuchAField() {
        for (Class<?> input : List.of(ConcernFacts.class, Vulnerability.class, Grading3x5x2.class, Grading5x5x5.class)) {
            List<String> fields = Arrays.stream(input.getRecordComponents()).map(RecordComponent::getName)
                    .map(n -> n.toLowerCase(Locale.ROOT)).toList();
            assertThat(fields).as(input.getSimpleName()).isNotEmpty()
                    .noneMatch(f -> FORBIDDEN.stream().anyMatch(f::contains));
        }
    }
}
