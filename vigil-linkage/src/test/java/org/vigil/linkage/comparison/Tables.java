package org.vigil.linkage.comparison;

import java.util.List;
import org.vigil.linkage.table.PersonRecord;
import org.vigil.linkage.table.RecordTable;

/** Test helper: the level label of a comparison for two records. */
final class Tables {
    private Tables() {
    }

    static String level(Comparison c, PersonRecord a, PersonRecord b) {
        RecordTable t = RecordTable.of(List.of(a, b));
        int l = c.bind(t).level(0, 1);
        int back = c.bind(t).level(1, 0);
        if (l != back) {
            throw new AssertionError("asymmetric: " + l + " vs " + back);
        }
        return c.levels().get(l).label();
    }

    static PersonRecord.Builder person(String id) {
        return PersonRecord.builder(id);
    }
}
