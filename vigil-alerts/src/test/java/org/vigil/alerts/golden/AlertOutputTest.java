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
            "1, truth,    962776acf65a91d52162a322ec1e5b55b21177c6a13f73d69ed1393a045344cf",
            "1, unlinked, f1832512fd361265895695f2230ac266f764a6e3066be565e03b8375723ea0d9",
            "1, merged,   eccdedbb826cca7c72af29c4be966c08cc20f1db3d54000860d1e4a6390c7cea",
            "2, truth,    39c425af5ec527c9a76ad8dbbcbedbab4992525c173e9fdd2d4bfbd0555b15f7",
            "2, unlinked, 8c77decf808075218a34726a6c80f0fbcae66e4f24faa54b6f1a9e2a1aad7b44",
            "2, merged,   59cc55f8042bcc302f4ac9466e602111872c96d168a9493c0baa7dad8d1e8937",
            "3, truth,    c39120b1ca54637e80fb6d5e584f90cb60f10b03dc0f97bfdd10835223552a3c",
            "3, unlinked, d5470dd7b5fcdb5752d9c3c8de341f6614a6da935170fb42edfa8def8e99c0ff",
            "3, merged,   cf7649b9989c37a836a8defbbbce38d2899be5214d69975133b097c5f794a1e9",
    })
    void theEngineSaysExactlyWhatItSaidBefore(long seed, String feed, String digest) throws IOException {
        String output = AlertOutput.of(seed, feed);
        assertThat(output).contains("\"alert\":\"A-000100\"");
        assertThat(AlertOutput.sha256(output)).as("digest of the engine's output, seed " + seed + ", " + feed)
                .isEqualTo(digest);
    }
}
