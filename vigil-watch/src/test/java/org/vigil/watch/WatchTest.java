package org.vigil.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.concern.Decision;
import org.vigil.concern.Professional;
import org.vigil.concern.Submission;
import org.vigil.ledger.PersonChanges;

class WatchTest {
    private static final Instant AT = Instant.parse("2004-02-02T11:00:00Z");

    private static Submission record(String id) {
        return new Submission(new Decision(id, "C-1", AT, new Professional("u1", "A Person", "sw"), "strategy", ""),
                new byte[0], new byte[32]);
    }

    private static PersonChanges.Merge merge(String into, String trigger) {
        return new PersonChanges.Merge(into, "P-9", trigger, AT);
    }

    @Test
    void givesEachRecordTheMergesItsMentionsTriggeredInOrder() {
        PersonChanges.Merge a = merge("P-1", "C-2/s1");
        PersonChanges.Merge b = merge("P-2", "C-1/s2");
        PersonChanges.Merge c = merge("P-3", "C-2/s3");
        PersonChanges.Merge other = merge("P-4", "C-7/s1");

        var byRecord = Watch.mergesByRecord(List.of(record("C-1"), record("C-2")), List.of(a, b, c, other));

        assertThat(byRecord.get("C-1")).containsExactly(b);
        assertThat(byRecord.get("C-2")).containsExactly(a, c);
        assertThat(byRecord).doesNotContainKey("C-7");
    }

    @Test
    void triesEverySlashOfATriggerSoThatIdsWithSlashesMatchAsBefore() {
        PersonChanges.Merge m = merge("P-1", "AE/2004/17/s1");

        var byRecord = Watch.mergesByRecord(List.of(record("AE/2004/17"), record("AE"), record("AE/2004/1")),
                List.of(m));

        assertThat(byRecord.get("AE/2004/17")).containsExactly(m);
        assertThat(byRecord.get("AE")).containsExactly(m); // "AE/2004/17/s1".startsWith("AE/"), as before
        assertThat(byRecord).doesNotContainKey("AE/2004/1");
    }
}
