package org.vigil.linkage.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlocksTest {

    @Test
    void aLongBlockKeepsItsNewestRecordsAndStillReadsAsOverTheCap() {
        Blocks blocks = new Blocks(3);
        for (int r = 0; r < 1_000; r++) {
            blocks.append(42L, r, r % 7);
            int[] b = blocks.bucket(42L);
            int n = b[0];
            assertThat(n).as("entries kept after %d", r).isLessThanOrEqualTo(2 * 3 + 2);
            if (r >= 3) {
                assertThat(n).as("over the cap after %d", r).isGreaterThan(3);
            }
            for (int i = 0; i < Math.min(3, r + 1); i++) {
                assertThat(b[1 + 2 * (n - 1 - i)]).isEqualTo(r - i);
                assertThat(b[2 + 2 * (n - 1 - i)]).isEqualTo((r - i) % 7);
            }
        }
        assertThat(blocks.bucket(7L)).isNull();
    }

    @Test
    void aBlockWithinTheCapKeepsEveryRecordInOrder() {
        Blocks blocks = new Blocks(5_000);
        for (int r = 0; r < 1_000; r++) {
            blocks.append(r % 3, r, 0);
        }
        int[] b = blocks.bucket(1L);
        assertThat(b[0]).isEqualTo(333);
        for (int i = 0; i < 333; i++) {
            assertThat(b[1 + 2 * i]).isEqualTo(1 + 3 * i);
        }
    }
}
