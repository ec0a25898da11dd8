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
            "1, truth,    5d1ad701b0bab38cf47ca4ad703938f8832b04320b742682baaeff8a39929331",
            "1, unlinked, e5d8c8091fc50ffa1c0a31844348f95328a60c6bef4f914fd394e630a2c88806",
            "1, merged,   951977d405ffc9a57dd86ad56452c007241b3e6560d00ec97dcabe724ae4a5a9",
            "2, truth,    dbc411114d3fbb58de7a90e3cfcee0cfd84d5970ce7aae09828d4d9156ddfb01",
            "2, unlinked, d941f1ec4cedd5b7ae8ff69716e54b42a81bb50dbec88da65e5495838cf8383a",
            "2, merged,   766909d6de60d75712f07c557aa3d96e7660c40e8129972fc4edd9cb85e01ea5",
            "3, truth,    bb412a23f7045abd3e529f35e05ab2a051a0e1c36f503aa1639941b6a71475a2",
            "3, unlinked, 5b8d826958ad887541579a0cacd1dcccdca95a58671c5f4ad2e4bfbd8fbb86cb",
            "3, merged,   3815a1aec48d04a66d55d0cba74e78b714fc6e0ec0abce0a09c855147bfe7037",
    })
    void theEngineSaysExactlyWhatItSaidBefore(long seed, String feed, String digest) throws IOException {
        String output = AlertOutput.of(seed, feed);
        assertThat(output).contains("\"alert\":\"A-000100\"");
        assertThat(AlertOutput.sha256(output)).as("digest of the engine's output, seed " + seed + ", " + feed)
                .isEqualTo(digest);
    }
}
