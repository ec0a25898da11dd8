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
 * the text, so the difference can be read with {@code diff}. Last taken when {@code persons[].role} became a subject
 * role (a child is the victim, associate or other her mentions say) with the part in the alert beside it as
 * {@code part}: nothing else changed.
 */
class AlertOutputTest {

    @ParameterizedTest(name = "seed {0}, {1}")
    @CsvSource({
            "1, truth,    9cfa974e262291efd36b52d98fdf2ee9fa4ee6a3c340f71aba40878d23e6d41b",
            "1, unlinked, 27a9e0dbc4e2ef5346c2352b4ad5cf3a9f845aed7a7f3168c037e4672152ba88", // networks capped at 50 adults
            "1, merged,   38be7d3b84b78cef27d217db4b403da76f59d78fd527e94d4cbba9573ef95371",
            "2, truth,    824c5da5140468d861db0acc4dbe2b6dc71745ca0e7db16b4c97e575baeb2e18",
            "2, unlinked, 856e85d4097ccd7fccdb99bddc1cfdb73333d5a8b06cd1ef1b851fa5ea8db1ef",
            "2, merged,   010be6e3a12dfad190083d3432df980b88c0f5dcb76dad31a19b14bb39413dd5",
            "3, truth,    970f958b5f919058ee516a16bd82a54631fe544492c9472d0ed5b6dea9996cdf",
            "3, unlinked, 52ae3fc4691f9c8540589928a2a839504893219b7d350a8b9d1189ae0ee9a8ab",
            "3, merged,   483cb38a6ffe538360c3dc5cdd1fd46e2125c6b4c7aa200dbea361a60ebe3e6c",
    })
    void theEngineSaysExactlyWhatItSaidBefore(long seed, String feed, String digest) throws IOException {
        String output = AlertOutput.of(seed, feed);
        assertThat(output).contains("\"alert\":\"A-000100\"");
        assertThat(AlertOutput.sha256(output)).as("digest of the engine's output, seed " + seed + ", " + feed)
                .isEqualTo(digest);
    }
}
