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
            "1, truth,    3caeae9b06e2e18a06428f5c9c29e5a445edad79d652e5c9381499cc4c8cbae4",
            "1, unlinked, 558be199ea57da42c7afdbc1d615809cb32dd48cca984c507f7c496388af86f2",
            "1, merged,   5eecb2a09089bc243cf8c8e1b485ec5bc8a321f4cdf1649b5da83c0d3bae1318",
            "2, truth,    f0d39026e7ef393da65cc84b1eeb77ae3c9f82b5d35fa5b6ff3e11f6c3620d46",
            "2, unlinked, 52e6d900150b2e354ecbfff30100c316925e08a5612a010cae3251676cdec016",
            "2, merged,   5a02eeb663500207e82f30cf1f7e488bfa4895a7045919b1e664bf41a3ab22e8",
            "3, truth,    b10a13e984713c1d4170c5b44964579936e3e3170d66d90316fca7e2487cb4c5",
            "3, unlinked, 46a3f47668f3aa2b8c5bcf32ef824d96d0fa7fd1ff9f33287c2e3720beff2c0d",
            "3, merged,   790af1f7930197fc21eeaad50d0f87f36eb8106a271a97ae1677b879eac81ea7",
    })
    void theEngineSaysExactlyWhatItSaidBefore(long seed, String feed, String digest) throws IOException {
        String output = AlertOutput.of(seed, feed);
        assertThat(output).contains("\"alert\":\"A-000100\"");
        assertThat(AlertOutput.sha256(output)).as("digest of the engine's output, seed " + seed + ", " + feed)
                .isEqualTo(digest);
    }
}
