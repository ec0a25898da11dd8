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
            "1, truth,    b73bf9276ecb361ecc3515283bb8dab0546b8ca30cf39ce9d43b5ab1c66bc030",
            "1, unlinked, a0d8edfbdddfbb1bd0633a4c6694e4913f97144d6b73ce308f014801976707e3",
            "1, merged,   97f671e344eb1b0fc64d60168e806de6e245d35e7aa6c58ba2a6d72259508623",
            "2, truth,    e7c92a5e6fa0ee52004c76890a85aeefd88824588e2e554886181af758c2d776",
            "2, unlinked, 5f34ac530b7c1af59a0b4e6b73ab9a05e3c89eb8198981233e473b79e50a9675",
            "2, merged,   3f4cee524126da9e5a09944a1a55ef4e182c16bd178e3fce8d1445e5f827ba8e",
            "3, truth,    1753b207f19a16fbdceb3ff068c10215a78d3f89fff94b05c0b2ccd28474a574",
            "3, unlinked, a96758e1bd42a152e6163b69395d98232e7495fe7453be1f0fdaf46af4b853a7",
            "3, merged,   5b3fdbeae017d54cabc012951cb3edf0a040604518d3ee383f0811a5d6960c6a",
    })
    void theEngineSaysExactlyWhatItSaidBefore(long seed, String feed, String digest) throws IOException {
        String output = AlertOutput.of(seed, feed);
        assertThat(output).contains("\"alert\":\"A-000100\"");
        assertThat(AlertOutput.sha256(output)).as("digest of the engine's output, seed " + seed + ", " + feed)
                .isEqualTo(digest);
    }
}
