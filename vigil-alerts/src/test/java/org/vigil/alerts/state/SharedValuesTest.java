package org.vigil.alerts.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedValuesTest {

    @Test
    void equalValuesComeBackAsTheFirstInstance() {
        SharedValues shared = new SharedValues();
        String first = new String("Children's Social Care");
        assertThat(shared.of(first)).isSameAs(first);
        assertThat(shared.of(new String("Children's Social Care"))).isSameAs(first);
        List<String> offences = List.of(new String("22B"), "71");
        assertThat(shared.of(List.of("22B", "71"))).isNotSameAs(offences);
        assertThat(shared.of(offences)).isEqualTo(List.of("22B", "71"));
        assertThat(shared.of((String) null)).isNull();
        assertThat(shared.size()).isEqualTo(2);
    }
}
