package org.vigil.alerts.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByPersonTest {

    @Test
    void keepsOneValuePerPersonAndGivesBackTheOneItReplaces() {
        ByPerson<String> seen = new ByPerson<>();
        assertThat(seen.get(5)).isNull();
        assertThat(seen.get(1_000_000)).isNull();
        assertThat(seen.put(5, "first")).isNull();
        assertThat(seen.put(100_000, "far")).isNull();
        assertThat(seen.put(5, "second")).isEqualTo("first");
        assertThat(seen.get(5)).isEqualTo("second");
        assertThat(seen.get(100_000)).isEqualTo("far");
        assertThat(seen.get(4)).isNull();
    }
}
