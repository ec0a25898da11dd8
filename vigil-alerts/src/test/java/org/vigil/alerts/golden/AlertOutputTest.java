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
 * the text, so the difference can be read with {@code diff}. Last taken when {@code repeat_suspect} began to count
 * two reports about one child, a missing child already at risk and a child's date of birth on record (rules 8 and 9
 * of {@code alerts-benign-adults.md}): with the truth, seed 1 has 3 more {@code repeat_suspect} and 5 more
 * {@code dismissed} alerts, seeds 2 and 3 two more {@code dismissed} each, every one right by the truth; on seed 2 a child whose
 * date of birth is on record is younger, so two reports about her fall due sooner (one more {@code overdue}, one
 * earlier). Nothing else changed.
 */
class AlertOutputTest {

    @ParameterizedTest(name = "seed {0}, {1}")
    @CsvSource({
            "1, truth,    242ad0b5b1daa7fe3d38ddf9c40a43b04c4efa706e04c8b100109d66c8ed8dcb",
            "1, unlinked, 5cd6d04dd387d09d16b19682876fc0d54eb93bb3ad7143e452e436881bbd6bde",
            "1, merged,   cde1bbab8e38fc85887299aae16e59a358572bba3f7653e2a2116619b002ea6a",
            "2, truth,    8027046b841a6a9394a2b4485b153e2593ecc27b2d1928d02ba3bf6d60a41247",
            "2, unlinked, b16b68e215b252b8e36d0444339a8497a372d07d68e19a7a2291364bc466b683",
            "2, merged,   4a11ddd33fc356d7e24feefd2a7eaf9ca43fa12f927ef15ee4e44d951aeaa3ae",
            "3, truth,    dbce381af1a9545d8986f658781e54c35842f6b75565c1dfeaa58c051c93563f",
            "3, unlinked, da956e58f2575daeccc96be6431ac4ca320423c0e0d569443c0016bfcc54ad8c",
            "3, merged,   9cf249bea48a042f8173cfcbf75aaceb404fa9175cef2138fcd12c683fe42e9a",
    })
    void theEngineSaysExactlyWhatItSaidBefore(long seed, String feed, String digest) throws IOException {
        String output = AlertOutput.of(seed, feed);
        assertThat(output).contains("\"alert\":\"A-000100\"");
        assertThat(AlertOutput.sha256(output)).as("digest of the engine's output, seed " + seed + ", " + feed)
                .isEqualTo(digest);
    }
}
