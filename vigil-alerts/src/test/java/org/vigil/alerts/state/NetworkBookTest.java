package org.vigil.alerts.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkBookTest {

    @Test
    void aChainOfTiesStopsGrowingANetworkAtItsLargestSize() {
        NetworkBook book = new NetworkBook();
        List<int[]> merges = new ArrayList<>();
        int men = NetworkBook.MAX_MEMBERS + 10;
        for (int p = 0; p < men; p++) {
            book.enrol(p);
        }
        for (int p = 1; p < men; p++) {
            book.union(p - 1, p, "sharing a child", merges);
        }
        assertThat(book.component(0).members.size()).isEqualTo(NetworkBook.MAX_MEMBERS);
        assertThat(book.find(NetworkBook.MAX_MEMBERS)).isNotEqualTo(book.find(0));
        assertThat(book.component(men - 1).members.size()).isEqualTo(10);
    }

    @Test
    void aManFoundToBeAnotherNoLongerCountsTowardsTheSize() {
        NetworkBook book = new NetworkBook();
        List<int[]> merges = new ArrayList<>();
        for (int p = 0; p < NetworkBook.MAX_MEMBERS; p++) {
            book.enrol(p);
            if (p > 0) {
                book.union(p - 1, p, "sharing a child", merges);
            }
        }
        book.personsMerged(0, 1, merges);
        book.enrol(100);
        book.union(0, 100, "sharing a child", merges);
        assertThat(book.find(100)).isEqualTo(book.find(0));
        book.enrol(101);
        book.union(0, 101, "sharing a child", merges);
        assertThat(book.find(101)).isNotEqualTo(book.find(0));
    }
}
