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
 * earlier). Retaken once more when a rule-8 report (no exploitation evidence of its own) stopped naming its suspect in
 * the child's {@code missing_pattern}, vehicle or place alert: the same alerts, fewer suspects listed in some of them.
 * Retaken when rule 11 (her suspect in one report, her associate in another) came in: no alert on these seeds changed;
 * the reason for a report without exploitation evidence of its own now names rule 11's case as well.
 */
class AlertOutputTest {

    @ParameterizedTest(name = "seed {0}, {1}")
    @CsvSource({
            "1, truth,    934de6228c43e102caadcd1e0ba9016dbbaa922f005f42151d8368d2790603a2",
            "1, unlinked, bd7970393693b32df1b738c92cfab5f51ff248a9a791ced5a94e78c03a8778f2",
            "1, merged,   adf26376b92562414c9fe480a7a6bb13a620c7f4fdbd46424000c0fb82d11fd9",
            "2, truth,    abb12f97ca10265248552b5993c2c88683f4dca4f55677bf4e863f2353c7866a",
            "2, unlinked, 5adae2126d82e7edbe5fe96a7841b363bbf6764375d59f66f040bb199c7138c3",
            "2, merged,   c8500727cb39f18b546fa8f8c2edc45fa03e95fc017055edbbef7a0ceaef4e16",
            "3, truth,    544c706a594a4dd0c3fec615a2fd3ea3f02c022c108b20fe543e720482aafcf2",
            "3, unlinked, 3d43e37d661198232c038e0e834070ad912dc7ff9771d2029c0e72e2e379c293",
            "3, merged,   f04704f40b484dd5c2df04e87f643147896dabc39225172249c7defcab4e2b67",
    })
    void theEngineSaysExactlyWhatItSaidBefore(long seed, String feed, String digest) throws IOException {
        String output = AlertOutput.of(seed, feed);
        assertThat(output).contains("\"alert\":\"A-000100\"");
        assertThat(AlertOutput.sha256(output)).as("digest of the engine's output, seed " + seed + ", " + feed)
                .isEqualTo(digest);
    }
}
