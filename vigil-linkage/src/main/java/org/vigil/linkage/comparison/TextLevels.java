package org.vigil.linkage.comparison;

import java.util.List;
import java.util.Map;
import org.vigil.linkage.table.CodeColumn;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.LetterCounts;
import org.vigil.linkage.table.RecordTable;

/**
 * A short text field compared by Jaro–Winkler similarity: locality, street line, birth place,
 * occupation.
 *
 * <table>
 *   <caption>Levels</caption>
 *   <tr><th>level</th><th>a pair is here when</th></tr>
 *   <tr><td>null</td><td>either value missing</td></tr>
 *   <tr><td>exact</td><td>equal in normal form; term-frequency adjusted</td></tr>
 *   <tr><td>jaro_winkler_high</td><td>Jaro–Winkler ≥ {@code high} (default 0.92)</td></tr>
 *   <tr><td>jaro_winkler_low</td><td>Jaro–Winkler ≥ {@code low} (default 0.80)</td></tr>
 *   <tr><td>else</td><td>different</td></tr>
 * </table>
 */
public final class TextLevels extends FieldLevels {
    static final String KIND = "text";

    private final double high;
    private final double low;

    TextLevels(Field field, double high, double low) {
        super(KIND, field, levels(field, high, low));
        this.high = high;
        this.low = low;
    }

    private static List<ComparisonLevel> levels(Field field, double high, double low) {
        if (field.kind() != Field.Kind.CODE) {
            throw new IllegalArgumentException("text levels need a single-valued field, not " + field);
        }
        if (!(high > low && low > 0 && high < 1)) {
            throw new IllegalArgumentException("need 0 < low < high < 1: " + low + ", " + high);
        }
        return List.of(
                ComparisonLevel.nullLevel(field.key()),
                ComparisonLevel.tfLevel("exact", "equal", 0.75, 0.01),
                ComparisonLevel.level("jaro_winkler_" + high, "Jaro-Winkler >= " + high, 0.10, 0.01),
                ComparisonLevel.level("jaro_winkler_" + low, "Jaro-Winkler >= " + low, 0.05, 0.05),
                ComparisonLevel.level("else", "different", 0.10, 0.93));
    }

    @Override
    Map<String, String> settings() {
        return Map.of("high", Double.toString(high), "low", Double.toString(low));
    }

    @Override
    public BoundComparison bind(RecordTable table) {
        CodeColumn col = table.codes(field());
        LetterCounts letters = col.vocabulary().letterCounts();
        letters.prime();
        col.vocabulary().charPositions().prime();
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
                if (letters.jaroWinklerBound(x, y) < low) {
                    return 4;
                }
                double jw = Typos.jaroWinkler(col.vocabulary(), x, y, low);
                return jw >= high ? 2 : jw >= low ? 3 : 4;
            }
        };
    }
}
