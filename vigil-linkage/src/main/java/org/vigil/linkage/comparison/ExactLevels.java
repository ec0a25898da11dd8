package org.vigil.linkage.comparison;

import java.util.List;
import java.util.Map;
import org.vigil.linkage.table.CodeColumn;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.RecordTable;

/**
 * A single-valued field compared for equality only: sex, region, house number.
 *
 * <table>
 *   <caption>Levels</caption>
 *   <tr><th>level</th><th>a pair is here when</th></tr>
 *   <tr><td>null</td><td>either value missing</td></tr>
 *   <tr><td>exact</td><td>equal in normal form; term-frequency adjusted if {@code tf} is set</td></tr>
 *   <tr><td>else</td><td>different</td></tr>
 * </table>
 */
public final class ExactLevels extends FieldLevels {
    static final String KIND = "exact";

    private final boolean tf;

    ExactLevels(Field field, boolean tf) {
        super(KIND, field, levels(field, tf));
        this.tf = tf;
    }

    private static List<ComparisonLevel> levels(Field field, boolean tf) {
        if (field.kind() != Field.Kind.CODE) {
            throw new IllegalArgumentException("exact levels need a single-valued field, not " + field);
        }
        double u = field == Field.SEX || field == Field.ROLE ? 0.5 : 0.05; // two values, about as common
        return List.of(
                ComparisonLevel.nullLevel(field.key()),
                new ComparisonLevel("exact", "equal", false, tf, 0.9, u),
                ComparisonLevel.level("else", "different", 0.1, 1 - u));
    }

    @Override
    Map<String, String> settings() {
        return Map.of("tf", Boolean.toString(tf));
    }

    @Override
    public BoundComparison bind(RecordTable table) {
        CodeColumn col = table.codes(field());
        return new CodeColumnComparison(col) {
            @Override
            public int level(int a, int b) {
                int x = col.code(a);
                int y = col.code(b);
                if (x < 0 || y < 0) {
                    return 0;
                }
                return x == y ? 1 : 2;
            }
        };
    }
}
