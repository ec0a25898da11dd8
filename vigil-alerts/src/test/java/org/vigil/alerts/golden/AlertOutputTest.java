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
            "1, truth,    af2e9156df35ad16b645cf5334c6e7cd85e7a607e9ce6722c4274496a0b983b0",
            "1, unlinked, 6dde75c552a4aa4abe5f815ac5e95f11efa900f7c4637cc5779486e2ebaed8ca",
            "1, merged,   d8b34778056fcd252312ac9312c98678234b85db2da5b6a0f9bcfb56f62ebb74",
            "2, truth,    aa1c1906e2454174cd4c66595a864ea83cec9e164d294c0428e80703eadc9580",
            "2, unlinked, 8ecb3fcbdd8b017caf3a0d01ee26a86bacba41b7ec769d29934199659ff7041c",
            "2, merged,   8a8dddf1bad97934b8c7315972f995da178d2591da436df88d02c964a7d04660",
            "3, truth,    f6d1d7ca9bcf4a6111ff14855ccd30c5e403bd534e097f6a5ee3b812083e14b9",
            "3, unlinked, 4c115c41189354e8cab76548fb3b1140edb15a9d8ae68587676f8c3ff747ac06",
            "3, merged,   a4ba47121682d598b7d28a9638e9d6a718b7f3509b619fc4599595bd85e9f990",
    })
    void theEngineSaysExactlyWhatItSaidBefore(long seed, String feed, String digest) throws IOException {
        String output = AlertOutput.of(seed, feed);
        assertThat(output).contains("\"alert\":\"A-000100\"");
        assertThat(AlertOutput.sha256(output)).as("digest of the engine's output, seed " + seed + ", " + feed)
                .isEqualTo(digest);
    }
}
