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
            "1, truth,    145c0bf1ef73c2e6bca7e13c426273a564b7000e51acf9b07d5e0e4d3a567c93",
            "1, unlinked, 69f5feade8d433f45ff949ace6d2d37e86292d5aab979a53b9c9607fbb348d19",
            "1, merged,   abd94484139e078ef0dd28e507519ed088047cfeb954a252dbe6faab889348ba",
            "2, truth,    fb67b9bb0a97229ecc06500203d02d4f02e1bd74be034d008ce2e91a549fcf51",
            "2, unlinked, 9eda0c5ee7b25ff5c1862c1cae459383ac1d2cc655d7280f96d54965329416c3",
            "2, merged,   ce0c1f7310bd5440f40244a379981843f965fbc73aaaf4ca83421a1700ad26aa",
            "3, truth,    82f525a60cd41179249242eaae45df2a74188eef7d338c0b085e89525f1d9305",
            "3, unlinked, b80127a4bfc8cf034f8e111d6b742e5c942833bf3db762bb0630478608b26a21",
            "3, merged,   dc63d7e9d96094d683437e0a6784477a156c175d8ca5b98d58b219bd5dbc8c1f",
    })
    void theEngineSaysExactlyWhatItSaidBefore(long seed, String feed, String digest) throws IOException {
        String output = AlertOutput.of(seed, feed);
        assertThat(output).contains("\"alert\":\"A-000100\"");
        assertThat(AlertOutput.sha256(output)).as("digest of the engine's output, seed " + seed + ", " + feed)
                .isEqualTo(digest);
    }
}
