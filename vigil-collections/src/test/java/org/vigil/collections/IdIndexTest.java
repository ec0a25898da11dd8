package org.vigil.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdIndexTest {

    @Test
    void findsEveryIdByItsPositionThroughGrowthAndNothingElse() {
        List<String> ids = new ArrayList<>();
        IdIndex index = new IdIndex(ids::get);
        for (int i = 0; i < 50_000; i++) {
            ids.add("CSC-1997-" + i);
            index.put(ids.get(i), i);
        }
        for (int i = 0; i < 50_000; i++) {
            assertThat(index.get(new String("CSC-1997-" + i))).isEqualTo(i);
        }
        assertThat(index.get("CSC-1997-50000")).isEqualTo(-1);
        assertThat(index.get("")).isEqualTo(-1);
    }

    @Test
    void idsWithTheSameHashAreToldApart() {
        List<String> ids = List.of("Aa", "BB", "AaAa", "BBBB", "AaBB");
        IdIndex index = new IdIndex(ids::get);
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        for (int i = 0; i < ids.size(); i++) {
            assertThat(index.get(ids.get(i))).isEqualTo(i);
        }
        assertThat(index.get("BBAa")).isEqualTo(-1);
    }
}
