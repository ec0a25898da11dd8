package org.vigil.linkage.comparison;

import java.util.List;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.RecordTable;

/**
 * How a pair of records agrees on one {@link Field}, as one of an ordered list of levels. Level 0 is the
 * null level; the last is "else". See the package documentation for the model.
 */
public interface Comparison {

    /** The name shown in waterfalls and JSON: the field's key ({@code given_name}). */
    default String name() {
        return field().key();
    }

    /** The field compared; blocking on this field makes this comparison uninformative for training. */
    Field field();

    /**
     * Every field the levels read, {@link #field()} first. A pair is at the null level when it lacks each of them on
     * one side or the other.
     */
    default List<Field> fields() {
        return List.of(field());
    }

    /** The levels, null level first, "else" last. */
    List<ComparisonLevel> levels();

    /**
     * The u that a term-frequency adjustment at {@code level} replaces by the agreed value's frequency (Splink: the
     * u of exact agreement on that value), given the u of every level. By default the level's own; a comparison of
     * several fields sums the levels that agree on the adjusted one whatever the others.
     */
    default double termFrequencyU(double[] u, int level) {
        return u[level];
    }

    /** The saved form. */
    ComparisonSpec spec();

    /** This comparison reading the columns of {@code table}. */
    BoundComparison bind(RecordTable table);

    /** Index of the "else" level. */
    default int elseLevel() {
        return levels().size() - 1;
    }
}
