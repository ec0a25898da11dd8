package org.vigil.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.vigil.web.StepClock;

class LoginThrottleTest {
    @Test
    void blocksAfterTheLimitAndForgivesAfterTheWindow() {
        StepClock clock = new StepClock();
        LoginThrottle throttle = new LoginThrottle(clock, Duration.ofMinutes(15), 3, 100);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.retryAfterSeconds("10.0.0.1", "ana")).isZero();
            throttle.failed("10.0.0.1", "ana");
        }
        assertThat(throttle.retryAfterSeconds("10.0.0.1", "ana")).isBetween(1L, 900L);
        assertThat(throttle.retryAfterSeconds("10.0.0.2", "ana")).isZero();
        assertThat(throttle.retryAfterSeconds("10.0.0.1", "bob")).isZero();
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(throttle.retryAfterSeconds("10.0.0.1", "ana")).isZero();
    }

    @Test
    void limitsOneAddressAcrossUsernames() {
        LoginThrottle throttle = new LoginThrottle(new StepClock(), Duration.ofMinutes(15), 100, 4);
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.9", "user" + i);
        }
        assertThat(throttle.retryAfterSeconds("10.0.0.9", "someone-else")).isPositive();
    }
}
