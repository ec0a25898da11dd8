package org.vigil.linkage.comparison;

import java.util.List;
import org.vigil.linkage.table.CodeColumn;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.PackedValues;
import org.vigil.linkage.table.RecordTable;

/**
 * An identifier such as a social-security or NHS number, or an e-mail address.
 *
 * <table>
 *   <caption>Levels</caption>
 *   <tr><th>level</th><th>a pair is here when</th></tr>
 *   <tr><td>null</td><td>either missing</td></tr>
 *   <tr><td>exact</td><td>equal; term-frequency adjusted (a placeholder shared by many weighs little)</td></tr>
 *   <tr><td>one_character</td><td>one character inserted, deleted, changed or two transposed</td></tr>
 *   <tr><td>else</td><td>different</td></tr>
 * </table>
 */
public final class IdentifierLevels extends FieldLevels {
    static final String KIND = "identifier";

    IdentifierLevels(Field field) {
        super(KIND, field, levels(field));
    }

    private static List<ComparisonLevel> levels(Field field) {
        if (field != Field.IDENTIFIER && field != Field.EMAIL) {
            throw new IllegalArgumentException("identifier levels compare identifiers or e-mail, not " + field);
        }
        return List.of(
                ComparisonLevel.nullLevel(field.key()),
                ComparisonLevel.tfLevel("exact", "equal", 0.85, 0.00001),
                ComparisonLevel.level("one_character", "one character different", 0.08, 0.0001),
                ComparisonLevel.level("else", "different", 0.07, 0.9999));
    }

    @Override
    public BoundComparison bind(RecordTable table) {
        CodeColumn col = table.codes(field());
        PackedValues packed = col.vocabulary().packedValues();
        packed.prime();
        return new CodeColumnComparison(col) {
            @Override
            public int level(int a, int b) {
                int x = col.code(a);
                int y = col.code(b);
                if (x < 0 || y < 0) {
                    return 0;
                }
                if (x == y) {
                    return 1;
                }
                int quick = packed.withinOneEdit(x, y);
                if (quick >= 0) {
                    return quick == 1 ? 2 : 3;
                }
                return Typos.withinOneEdit(col.vocabulary().value(x), col.vocabulary().value(y)) ? 2 : 3;
            }
        };
    }
}
