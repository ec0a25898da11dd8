package org.vigil.linkage.comparison;

import java.util.List;
import java.util.Map;
import org.vigil.linkage.table.Field;

/**
 * A comparison of one field on levels fixed when it is built: what every such comparison of this package answers the
 * same way (its field, its levels, its saved form). Subclasses bind to a table and name their settings.
 */
abstract class FieldLevels implements Comparison {
    private final String kind;
    private final Field field;
    private final List<ComparisonLevel> levels;

    FieldLevels(String kind, Field field, List<ComparisonLevel> levels) {
        this.kind = kind;
        this.field = field;
        this.levels = List.copyOf(levels);
    }

    @Override
    public final Field field() {
        return field;
    }

    @Override
    public final List<ComparisonLevel> levels() {
        return levels;
    }

    @Override
    public final ComparisonSpec spec() {
        return new ComparisonSpec(kind, field, settings());
    }

    /** The settings saved in {@link #spec()} that rebuild this comparison; none unless a subclass has some. */
    Map<String, String> settings() {
        return Map.of();
    }
}
