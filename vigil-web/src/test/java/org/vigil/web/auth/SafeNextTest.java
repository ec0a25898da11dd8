package org.vigil.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeNextTest {
    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example",
        "/\r/evil.example", "/\u0000/x", "https://evil.example", "evil.example", ""})
    void anythingButAPathOnThisSiteGoesHome(String next) {
        assertThat(LoginRoutes.safeNext(next)).isEqualTo("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/alerts", "/persons/P-000001?purpose=case%20work", "/concerns/YP-1%2F2"})
    void aPathOnThisSiteIsKept(String next) {
        assertThat(LoginRoutes.safeNext(next)).isEqualTo(next);
    }
}
