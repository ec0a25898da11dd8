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

    /**
     * A lower bound on {@link #termFrequency} of any pair that includes {@code record}: a pair agrees on a value
     * {@code record} holds, so no agreement involving it is rarer than its rarest value. The default, 0, bounds
     * nothing; scoring uses it to stop early, never to score.
     */
    default double termFrequencyFloor(int record) {
        return 0;
    }

    /** The number of records the term frequencies are shares of (records with a value in the column). */
    int population();
}
