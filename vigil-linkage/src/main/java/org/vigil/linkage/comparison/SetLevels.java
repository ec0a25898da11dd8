package org.vigil.linkage.comparison;

import java.util.List;
import org.vigil.linkage.table.CodeSetColumn;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.PackedValues;
import org.vigil.linkage.table.RecordTable;
import org.vigil.linkage.table.VrmMarks;

/**
 * A field with any number of values per record — phone numbers, vehicle registrations, places —
 * agreeing when the records share a value. The middle level depends on the field.
 *
 * <table>
 *   <caption>Levels</caption>
 *   <tr><th>level</th><th>a pair is here when</th></tr>
 *   <tr><td>null</td><td>either record has no value</td></tr>
 *   <tr><td>shared</td><td>a value in common (for VRMs: a complete mark); term-frequency adjusted by the
 *       rarest shared value, so a taxi firm's number shared by many weighs little</td></tr>
 *   <tr><td>one_digit</td><td>phones: two numbers one digit apart (a mistyped digit)</td></tr>
 *   <tr><td>wildcard</td><td>VRMs: two marks compatible with {@code ?} wildcards ({@code R7?2KLT},
 *       {@code R762KLT})</td></tr>
 *   <tr><td>else</td><td>nothing in common: weak evidence, since people change phones and cars</td></tr>
 * </table>
 * Places and companions (the people named in the same report) have no middle level.
 */
public final class SetLevels extends FieldLevels {
    static final String KIND = "set";

    SetLevels(Field field) {
        super(KIND, field, levels(field));
    }

    private static List<ComparisonLevel> levels(Field field) {
        return switch (field) {
            case PHONE -> List.of(ComparisonLevel.nullLevel("phone"),
                    ComparisonLevel.tfLevel("shared", "a phone number in common", 0.6, 0.0001),
                    ComparisonLevel.level("one_digit", "numbers one digit apart", 0.05, 0.0005),
                    ComparisonLevel.level("else", "no number in common", 0.35, 0.9994));
            case VRM -> List.of(ComparisonLevel.nullLevel("vehicle"),
                    ComparisonLevel.tfLevel("shared", "a complete registration in common", 0.5, 0.00005),
                    ComparisonLevel.level("wildcard", "registrations compatible with wildcards", 0.2, 0.0005),
                    ComparisonLevel.level("else", "no registration in common", 0.3, 0.99945));
            case PLACE -> List.of(ComparisonLevel.nullLevel("place"),
                    ComparisonLevel.tfLevel("shared", "a place in common", 0.5, 0.002),
                    ComparisonLevel.level("else", "no place in common", 0.5, 0.998));
            case COMPANION -> List.of(ComparisonLevel.nullLevel("companion"),
                    ComparisonLevel.tfLevel("shared", "named alongside the same person", 0.3, 0.0005),
                    ComparisonLevel.level("else", "named alongside different people", 0.7, 0.9995));
            default -> throw new IllegalArgumentException("set levels compare phones, VRMs, places or companions, not " + field);
        };
    }

    @Override
    public BoundComparison bind(RecordTable table) {
        Field field = field();
        CodeSetColumn col = table.codeSets(field);
        int disagree = levels().size() - 1;
        VrmMarks marks = field == Field.VRM ? col.vocabulary().vrmMarks() : null;
        if (marks != null) {
            marks.prime();
        }
        PackedValues packed = field == Field.PHONE ? col.vocabulary().packedValues() : null;
        if (packed != null) {
            packed.prime();
        }
        return new BoundComparison() {
            @Override
            public int level(int a, int b) {
                int na = col.sizeOf(a);
                int nb = col.sizeOf(b);
                if (na == 0 || nb == 0) {
                    return 0;
                }
                if (na == 1 && nb == 1) {
                    // One value each, the commonest case: decided from the two rows, without reading the code lists.
                    int x = col.first(a);
                    int y = col.first(b);
                    return shared(x, y) ? 1 : disagree == 3 && middle(x, y) ? 2 : disagree;
                }
                int[] xa = col.codes(a);
                int[] xb = col.codes(b);
                boolean middle = false;
                for (int x : xa) {
                    for (int y : xb) {
                        if (shared(x, y)) {
                            return 1;
                        }
                        if (!middle && disagree == 3) {
                            middle = middle(x, y);
                        }
                    }
                }
                return middle ? 2 : disagree;
            }

            /** Whether two values are one: a complete registration, or any other value, in common. */
            private boolean shared(int x, int y) {
                return x == y ? marks == null || !marks.hasWildcards(x) : col.sameValue(x, y);
            }

            /** Whether two values are at the middle level: registrations compatible with wildcards, phones one digit apart. */
            private boolean middle(int x, int y) {
                return marks != null ? marks.matches(x, y) : close(col, packed, x, y);
            }

            @Override
            public int population() {
                return col.present();
            }

            @Override
            public double termFrequencyFloor(int record) {
                // The frequency of a shared value: at least that of the record's rarest value.
                return col.rarestTermFrequency(record);
            }

            @Override
            public double termFrequency(int a, int b, int level) {
                double tf = 1;
                for (int x : col.codes(a)) {
                    for (int y : col.codes(b)) {
                        if (x == y) {
                            tf = Math.min(tf, col.termFrequency(x));
                        } else if (col.sameValue(x, y)) {
                            // Two codes of one value: it is at least as common as both together.
                            tf = Math.min(tf, Math.min(1, col.termFrequency(x) + col.termFrequency(y)));
                        }
                    }
                }
                return tf;
            }
        };
    }

    /**
     * Phones one digit apart: the same length and one substitution or adjacent transposition. Decided from the
     * packed values when both are packed (most phone numbers are), without reading the two strings.
     */
    private static boolean close(CodeSetColumn col, PackedValues packed, int x, int y) {
        int quick = packed.withinOneEdit(x, y);
        if (quick >= 0) {
            return quick == 1;
        }
        String a = col.vocabulary().value(x);
        String b = col.vocabulary().value(y);
        return a.length() == b.length() && Typos.withinOneEdit(a, b);
    }
}
