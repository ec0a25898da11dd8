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
            "1, truth,    bc8a51a99c021cc50cff1c99ddd9d646a201f85093b3ee1c52cc8bf6c16c9877",
            "1, unlinked, e372076d0b976984fe6057685095c5c07da2e1aafc7c3a7f3b7350619b899442",
            "1, merged,   f13a0479206ae4c55fd96aebb8d420e71542b63a5b9c22bf29fd1647e0b1191e",
            "2, truth,    d1fce5ea6b99e4a76059422d8e8fb53519c82b76be065d89490749b2bfe8612b",
            "2, unlinked, f68e7d25cb7a48ee7c735d27131eb47fc6c598b042a7ec57c7c373288acf0c09",
            "2, merged,   ffbf18013f9885b0f58307fc85a363a17a1db4deb2c97d6d4aa6b27d0b7a5d72",
            "3, truth,    77316cda199efb5ec9b546fe68eac8354308f3efa1422c70d2463e7b495060b2",
            "3, unlinked, bc87f30dad39c46cb9137ceb3cd0356f5e1c16465d87838b7bbe312c429d8362",
            "3, merged,   db46123fa84b7dcebb348b2340ec0265566b416d7e73f6c5e5188f5d4eb178b5",
    })
    void theEngineSaysExactlyWhatItSaidBefore(long seed, String feed, String digest) throws IOException {
        String output = AlertOutput.of(seed, feed);
        assertThat(output).contains("\"alert\":\"A-000100\"");
        assertThat(AlertOutput.sha256(output)).as("digest of the engine's output, seed " + seed + ", " + feed)
                .isEqualTo(digest);
    }
}
