package org.vigil.linkage.comparison;

import java.util.List;
import org.vigil.linkage.table.CodeColumn;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.PackedValues;
import org.vigil.linkage.table.PostcodeFeatures;
import org.vigil.linkage.table.RecordTable;

/**
 * Postcode, UK-aware ({@link org.vigil.linkage.value.Postcode}); other countries' codes use the exact and
 * one-character levels only.
 *
 * <table>
 *   <caption>Levels</caption>
 *   <tr><th>level</th><th>a pair is here when</th></tr>
 *   <tr><td>null</td><td>either has no postcode</td></tr>
 *   <tr><td>exact</td><td>the same postcode; term-frequency adjusted</td></tr>
 *   <tr><td>same_sector</td><td>UK: same outward code and inward digit ({@code S61 1AP}, {@code S61 1ZZ})</td></tr>
 *   <tr><td>same_district</td><td>UK: same outward code ({@code S61}), including an outward code alone</td></tr>
 *   <tr><td>one_character</td><td>one character inserted, deleted, changed or two transposed</td></tr>
 *   <tr><td>else</td><td>different</td></tr>
 * </table>
 */
public final class PostcodeLevels extends FieldLevels {
    static final String KIND = "postcode";
    private static final List<ComparisonLevel> LEVELS = List.of(
            ComparisonLevel.nullLevel("postcode"),
            ComparisonLevel.tfLevel("exact", "same postcode", 0.80, 0.001),
            ComparisonLevel.level("same_sector", "same UK postcode sector", 0.03, 0.002),
            ComparisonLevel.level("same_district", "same UK outward code", 0.04, 0.01),
            ComparisonLevel.level("one_character", "one character different", 0.05, 0.01),
            ComparisonLevel.level("else", "different", 0.08, 0.977));

    PostcodeLevels() {
        super(KIND, Field.POSTCODE, LEVELS);
    }

    @Override
    public BoundComparison bind(RecordTable table) {
        CodeColumn col = table.codes(Field.POSTCODE);
        PostcodeFeatures f = table.postcodeFeatures();
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
                int near = nearness(f, packed, col, x, y);
                return near >= 0 ? 2 + near : 5;
            }
        };
    }

    /**
     * How near two different postcodes {@code x} and {@code y} of {@code col} are: 0 the same UK sector, 1 the same
     * outward code, 2 one character apart, else -1. Shared with {@link PostcodeTownLevels}.
     */
    static int nearness(PostcodeFeatures f, PackedValues packed, CodeColumn col, int x, int y) {
        int sx = f.sector(x);
        if (sx >= 0 && sx == f.sector(y)) {
            return 0;
        }
        int ox = f.outward(x);
        if (ox >= 0 && ox == f.outward(y)) {
            return 1;
        }
        int quick = packed.withinOneEdit(x, y);
        if (quick >= 0) {
            return quick == 1 ? 2 : -1;
        }
        return Typos.withinOneEdit(col.vocabulary().value(x), col.vocabulary().value(y)) ? 2 : -1;
    }
}
