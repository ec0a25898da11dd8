package org.vigil.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParallelTest {
    @Test
    void workInBackgroundGivesItsResultToWhoeverJoinsIt() {
        Parallel.Pending<String> p = Parallel.inBackground("test-background", () -> Thread.currentThread().getName());
        assertThat(p.join()).isEqualTo("test-background");
    }

    @Test
    void aFailureInBackgroundIsThrownInTheCallerThatJoins() {
        Parallel.Pending<Object> p = Parallel.inBackground("test-background", () -> {
            throw new IllegalArgumentException("bad input: 7");
        });
        assertThatThrownBy(p::join).isInstanceOf(IllegalArgumentException.class).hasMessage("bad input: 7");
    }
}
