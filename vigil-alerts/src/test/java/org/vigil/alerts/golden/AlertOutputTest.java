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
            "1, truth,    a43a9d4a9bdb62d9ab7737f14846101447c7e7a5961e16f3f1f770baa0f8e820",
            "1, unlinked, 6c5119f4f67261cf809bac68d684206f369a2cdd3e45b8d149bf50cc00a38935",
            "1, merged,   5678980f7180da006eb89e91c730105b6d0887f1150af7dc6009a6f7619715d9",
            "2, truth,    6dded5f509de375923b8f37617eafcd9524d0c8a99283addf21da427a3b7ec55",
            "2, unlinked, 406e5c41f289c0f4637c0df79895326e82360252584db2d39bb5fef5dc6d39cc",
            "2, merged,   e8ababb8a566652a577c0c78dbb190a6e5a9fbe98ef4bcc84355100769c75532",
            "3, truth,    70c2bfece385640208ec9b7e39c42e23bc07d5cedc7a228283829e08338f02c5",
            "3, unlinked, 312558259babc015d7a8a240161d5a8d38124f891780b125ce30faee36fcb2ef",
            "3, merged,   c7fb34130daac5318201235f5d3e341cc4599ff6971ac469eaf4cc35b345c7f6",
    })
    void theEngineSaysExactlyWhatItSaidBefore(long seed, String feed, String digest) throws IOException {
        String output = AlertOutput.of(seed, feed);
        assertThat(output).contains("\"alert\":\"A-000100\"");
        assertThat(AlertOutput.sha256(output)).as("digest of the engine's output, seed " + seed + ", " + feed)
                .isEqualTo(digest);
    }
}
