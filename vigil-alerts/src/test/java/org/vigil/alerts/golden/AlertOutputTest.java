package org.vigil.alerts.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine's whole output on seeds 1–3 (every change and every alert with its history, see {@link AlertOutput}) is
 * byte for byte what it was when these digests were taken. A change to the engine that is meant to be invisible
 * (a faster way to the same alerts) must keep them; one that changes what is alerted, or how it is worded, must say
 * so and take new digests: {@code java -cp … org.vigil.alerts.golden.AlertOutput /tmp/out} prints them and writes
 * the text, so the difference can be read with {@code diff}.
 */
class AlertOutputTest {

    @ParameterizedTest(name = "seed {0}, {1}")
    @CsvSource({
            "1, truth,    0e10c6e2ab405e734f70055e8558fdb5a2e4ef476d1d74a248e8a164d77870af",
            "1, unlinked, 4dd041cec1e0aedb19c59071b3f146d4d41bc23d165989af1741f1752d5d7b4e", // networks capped at 50 adults
            "1, merged,   fa86c7896704133cf3c6da2f3e68ab5e73098b29a4dbca21a418e685bbca16a3",
            "2, truth,    b8fdcf21e375e590ef7fafad6b45e6b28d5f5637d8f4a6bf309e96a8fc259ed9",
            "2, unlinked, f8e70de539b546e958504cddd7b337a598998c64508545a917d29981c78dd969",
            "2, merged,   da20c49fa933e1b0918c642013d3b5751d3d52a590514ce179e7c9f0450b991c",
            "3, truth,    d081410509067be22cb820518b21d11b4ece1dc38d61cca966aaa9d23887dae0",
            "3, unlinked, e2aa12d0f1e32aa6c0f1d61c54ac16cc6b2d08a636fb7a4874d5cdb2e87d4e71",
            "3, merged,   ee3f4173a530e5c3b1b5570baabb138621dffc8587571575b458a674de7fc1e6",
    })
    void theEngineSaysExactlyWhatItSaidBefore(long seed, String feed, String digest) throws IOException {
        String output = AlertOutput.of(seed, feed);
        assertThat(output).contains("\"alert\":\"A-000100\"");
        assertThat(AlertOutput.sha256(output)).as("digest of the engine's output, seed " + seed + ", " + feed)
                .isEqualTo(digest);
    }
}
