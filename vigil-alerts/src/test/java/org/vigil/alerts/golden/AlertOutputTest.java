package org.vigil.alerts.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine's whole output on seeds 1–3 (every change and every alert with its history, see {@link AlertOutput}) is
 * byte for byte what it was when these digests were taken. A change to the engine that is meant to be invisible
 * (a faster way to the same alerts) must keep them; one that changes what is alerted, or how it is worded, must say
 * so in its commit and take new digests: {@code java -cp … org.vigil.alerts.golden.AlertOutput /tmp/out} prints them
 * and writes the text, so the difference can be read with {@code diff} against the output of the commit before.
 */
class AlertOutputTest {

    @ParameterizedTest(name = "seed {0}, {1}")
    @CsvSource({
            "1, truth,    104b1bbf041b594040521b6d8d961fba1360e930b5bbafd7305152757941082a",
            "1, unlinked, 983bc9c210f714af17c6feafa0e6fa18b9c034fe7914f5831d1d81db9de8f185",
            "1, merged,   1a2d1bfc358b1a5076c0b7ca9d4ea9162d2d8d01abba3dd9f5052598440240e6",
            "2, truth,    ee6d5a9d715bac99f3d5ae75c17bc42885e780c67ce61420053dfdad0a49484b",
            "2, unlinked, 5f34ac530b7c1af59a0b4e6b73ab9a05e3c89eb8198981233e473b79e50a9675",
            "2, merged,   7c0a1aac0d7cd97fc395d7756ec423670b9033b4d87967ce5254150fdacafefb",
            "3, truth,    4b9e48b0e80528b912539c03bfe1448bd369c4796207cd8bb9d9c4a29dea87b6",
            "3, unlinked, 48530da36afd3bada7290ce88edc85d17c758162d06de4e9cdbf45f9b5bb7c3b",
            "3, merged,   36e4b2400b8e89bbfbf22046dcf9895f0c923098c9018812947d8253e2a58546",
    })
    void theEngineSaysExactlyWhatItSaidBefore(long seed, String feed, String digest) throws IOException {
        String output = AlertOutput.of(seed, feed);
        assertThat(output).contains("\"alert\":\"A-000100\"");
        assertThat(AlertOutput.sha256(output)).as("digest of the engine's output, seed " + seed + ", " + feed)
                .isEqualTo(digest);
    }
}
