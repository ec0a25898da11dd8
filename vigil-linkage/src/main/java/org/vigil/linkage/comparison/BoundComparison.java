package org.vigil.linkage.comparison;

/**
 * A {@link Comparison} bound to the columns of one {@link org.vigil.linkage.table.RecordTable}: the hot
 * path of scoring. Safe to call from several threads once the table is primed and no longer growing.
 */
public interface BoundComparison {

    /** The level (index into {@link Comparison#levels()}) of the pair of records {@code a}, {@code b}. */
    int level(int a, int b);

    /**
     * For a pair at a term-frequency-adjusted {@code level}: the term frequency of the value the records
     * agree on (the rarest, if they agree on several). Undefined for other levels.
     */
    double termFrequency(int a, int b, int level);

    /** The number of records the term frequencies are shares of (records with a value in the column). */
    int population();
}
