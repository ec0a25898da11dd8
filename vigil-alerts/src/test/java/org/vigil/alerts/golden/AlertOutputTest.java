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
            "1, truth,    95c2c73adb3134785a3b58904f8ab99c93b54a7b2560b51b1ff1cf464c93cd7e",
            "1, unlinked, eaf40a75c1f848d0dc128873bc1064fe5a7a00d13a494d94bd11907471791b98",
            "1, merged,   a1fd31096b9cc4af9a2129a8b048e9f4b79c91475e6fdb5ced0fe50f9c68360e",
            "2, truth,    e7c92a5e6fa0ee52004c76890a85aeefd88824588e2e554886181af758c2d776",
            "2, unlinked, 27cc7bbc9177c661e6a5480563bd249a2c02aa57c7e1a4363397545ce73dc14d",
            "2, merged,   cfb93fae319bd3750217c13daa90304c343b993f5a74d76e22c2b3ea7a50b94e",
            "3, truth,    594e64dd2f0e140aca8da021c73d4a178103c30157db26c2b85060f8a2d60e51",
            "3, unlinked, 4150fe80fba134748193c922e161c8cac6335e27d847a35f0fc2fdf6cd255124",
            "3, merged,   5dcb955c0f8ea3a8956b7b76f8195f11571c909cdb8b721f933c87868879bd7d",
    })
    void theEngineSaysExactlyWhatItSaidBefore(long seed, String feed, String digest) throws IOException {
        String output = AlertOutput.of(seed, feed);
        assertThat(output).contains("\"alert\":\"A-000100\"");
        assertThat(AlertOutput.sha256(output)).as("digest of the engine's output, seed " + seed + ", " + feed)
                .isEqualTo(digest);
    }
}
