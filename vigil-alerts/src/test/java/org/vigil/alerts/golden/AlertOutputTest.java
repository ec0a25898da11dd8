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
            "1, truth,    5574831d876d01e3fcfd445096bee0f9059c96e4d692bc527da4b311b8936562",
            "1, unlinked, 5d07667b4e5a54a8b601d52990c215d591ac1f6354a53ac0982b34967df8a130",
            "1, merged,   f2feac5fbec223ae07ae5dbac008f6a4f09504e7837a1672b83f2857629bd4cb",
            "2, truth,    e7c92a5e6fa0ee52004c76890a85aeefd88824588e2e554886181af758c2d776",
            "2, unlinked, 5f34ac530b7c1af59a0b4e6b73ab9a05e3c89eb8198981233e473b79e50a9675",
            "2, merged,   3f4cee524126da9e5a09944a1a55ef4e182c16bd178e3fce8d1445e5f827ba8e",
            "3, truth,    594e64dd2f0e140aca8da021c73d4a178103c30157db26c2b85060f8a2d60e51",
            "3, unlinked, a3a78100c469388e4ed30c221bc6d475a3c7d47f05b514895bc431686538c46a",
            "3, merged,   549267b202e9c4d20ff3aea9bcbdf1c0fd3621264c759195d874205929f45b22",
    })
    void theEngineSaysExactlyWhatItSaidBefore(long seed, String feed, String digest) throws IOException {
        String output = AlertOutput.of(seed, feed);
        assertThat(output).contains("\"alert\":\"A-000100\"");
        assertThat(AlertOutput.sha256(output)).as("digest of the engine's output, seed " + seed + ", " + feed)
                .isEqualTo(digest);
    }
}
