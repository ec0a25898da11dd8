package org.vigil.linkage.comparison;

import org.vigil.linkage.table.CodeColumn;

/**
 * A {@link BoundComparison} of a column with at most one code per record whose only term-frequency-adjusted
 * level is exact agreement: the frequencies are those of the column's values. Subclasses give the levels.
 */
abstract class CodeColumnComparison implements BoundComparison {
    protected final CodeColumn col;

    CodeColumnComparison(CodeColumn col) {
        this.col = col;
    }

    @Override
    public int population() {
        return col.present();
    }

    @Override
    public double termFrequencyFloor(int record) {
        // Only the exact level is adjusted, and there both records hold the same value.
        return col.termFrequencyOf(record);
    }

    @Override
    public double termFrequency(int a, int b, int level) {
        return col.termFrequency(col.code(a));
    }
}
