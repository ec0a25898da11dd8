package org.vigil.linkage.comparison;

import java.util.List;
import org.vigil.linkage.table.CodeColumn;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.LetterCounts;
import org.vigil.linkage.table.RecordTable;
import org.vigil.linkage.table.TokenSets;

/**
 * A street line (or second address line) in normal form ({@code 14 ferham road}): character similarity
 * for typos, token similarity for words added, dropped or reordered.
 *
 * <table>
 *   <caption>Levels</caption>
 *   <tr><th>level</th><th>a pair is here when</th></tr>
 *   <tr><td>null</td><td>either line missing</td></tr>
 *   <tr><td>exact</td><td>equal in normal form (abbreviations spelled out); term-frequency adjusted</td></tr>
 *   <tr><td>jaro_winkler_0.92</td><td>Jaro–Winkler ≥ 0.92 (a typo)</td></tr>
 *   <tr><td>token_overlap</td><td>the word-token sets share at least half of their distinct tokens (Jaccard ≥
 *       0.5): {@code flat 2 14 ferham road} and {@code 14 ferham road}</td></tr>
 *   <tr><td>jaro_winkler_0.8</td><td>Jaro–Winkler ≥ 0.80</td></tr>
 *   <tr><td>else</td><td>different</td></tr>
 * </table>
 */
public final class AddressLevels extends FieldLevels {
    static final String KIND = "address";
    private static final double HIGH = 0.92;
    private static final double LOW = 0.80;
    private static final double TOKENS = 0.5;

    AddressLevels(Field field) {
        super(KIND, field, levels(field));
    }

    private static List<ComparisonLevel> levels(Field field) {
        if (field != Field.ADDRESS_LINE && field != Field.ADDRESS_LINE_2) {
            throw new IllegalArgumentException("address levels compare street lines, not " + field);
        }
        return List.of(
                ComparisonLevel.nullLevel(field.key()),
                ComparisonLevel.tfLevel("exact", "equal in normal form", 0.70, 0.005),
                ComparisonLevel.level("jaro_winkler_0.92", "Jaro-Winkler >= 0.92", 0.12, 0.003),
                ComparisonLevel.level("token_overlap", "at least half the distinct word tokens shared", 0.06, 0.01),
                ComparisonLevel.level("jaro_winkler_0.8", "Jaro-Winkler >= 0.80", 0.04, 0.03),
                ComparisonLevel.level("else", "different", 0.08, 0.952));
    }

    @Override
    public BoundComparison bind(RecordTable table) {
        CodeColumn col = table.codes(field());
        LetterCounts letters = col.vocabulary().letterCounts();
        TokenSets tokens = col.vocabulary().tokenSets();
        letters.prime();
        col.vocabulary().charPositions().prime();
        tokens.prime();
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
                double bound = letters.jaroWinklerBound(x, y);
                double jw = bound >= LOW ? Typos.jaroWinkler(col.vocabulary(), x, y, LOW) : 0;
                if (jw >= HIGH) {
                    return 2;
                }
                if (tokens.jaccard(x, y) >= TOKENS) {
                    return 3;
                }
                return jw >= LOW ? 4 : 5;
            }
        };
    }
}
