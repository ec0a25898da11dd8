package org.vigil.linkage.comparison;

import java.util.List;
import java.util.Map;
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
 *   <tr><td>wildcard</td><td>VRMs: two marks compatible with {@code ?} wildcards, both giving the same
 *       {@value #KNOWN} or more characters ({@code R7?2KLT}, {@code R762KLT}; {@code R762???}, {@code R762KLT})</td></tr>
 *   <tr><td>wildcard_vague</td><td>VRMs: compatible, giving fewer characters both ({@code R??????},
 *       {@code R762KLT})</td></tr>
 *   <tr><td>else</td><td>nothing in common: weak evidence, since people change phones and cars</td></tr>
 * </table>
 * A partial registration weighs by how much two marks pin down together: a witness's {@code R??? ???} is compatible
 * with about one car in twenty-six (the weight of a letter in its place, 4.3 bits, and less where an area's marks
 * share their first letter), {@code R7?2 KLT} with almost none (8.6 bits, as any compatible marks weighed before).
 * Three characters known on both already pin one car among a town's: on the synthetic towns, whose marks are drawn
 * at random, weighing three or four below five or six lost mention recall (docs/decisions/linkage-mentions.md). For
 * records with several marks each, the best level among their pairs. A model saved before {@code wildcard_vague}
 * (its VRM comparison without the setting {@code known}) loads as it was saved: any compatible marks are
 * {@code wildcard}. Places and companions (the people named in the same report) have no middle level.
 */
public final class SetLevels extends FieldLevels {
    static final String KIND = "set";
    /** Characters two compatible marks must both give for {@code wildcard}, not {@code wildcard_vague}. */
    static final int KNOWN = 3;

    /** For VRMs, the characters both marks must give for {@code wildcard}; 0 for no {@code wildcard_vague} level. */
    private final int known;

    /** The levels above: for VRMs with {@code known} characters for {@code wildcard}, 0 for one wildcard level. */
    SetLevels(Field field, int known) {
        super(KIND, field, levels(field, known));
        if (known < 0 || known > 0 && field != Field.VRM) {
            throw new IllegalArgumentException("known characters are for VRMs, at least 0: " + field + " " + known);
        }
        this.known = known;
    }

    private static List<ComparisonLevel> levels(Field field, int known) {
        if (field == Field.VRM && known == 0) {
            return List.of(ComparisonLevel.nullLevel("vehicle"),
                    ComparisonLevel.tfLevel("shared", "a complete registration in common", 0.5, 0.00005),
                    ComparisonLevel.level("wildcard", "registrations compatible with wildcards", 0.2, 0.0005),
                    ComparisonLevel.level("else", "no registration in common", 0.3, 0.99945));
        }
        return switch (field) {
            case PHONE -> List.of(ComparisonLevel.nullLevel("phone"),
                    ComparisonLevel.tfLevel("shared", "a phone number in common", 0.6, 0.0001),
                    ComparisonLevel.level("one_digit", "numbers one digit apart", 0.05, 0.0005),
                    ComparisonLevel.level("else", "no number in common", 0.35, 0.9994));
            case VRM -> List.of(ComparisonLevel.nullLevel("vehicle"),
                    ComparisonLevel.tfLevel("shared", "a complete registration in common", 0.5, 0.00005),
                    ComparisonLevel.level("wildcard", "registrations compatible with wildcards, " + known
                            + " or more characters known on both", 0.18, 0.00045),
                    ComparisonLevel.level("wildcard_vague", "registrations compatible with wildcards, fewer than "
                            + known + " characters known on both", 0.02, 0.001),
                    ComparisonLevel.level("else", "no registration in common", 0.3, 0.9985));
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
    Map<String, String> settings() {
        return known == 0 ? Map.of() : Map.of("known", Integer.toString(known));
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
                    return shared(x, y) ? 1 : middle(x, y);
                }
                int[] xa = col.codes(a);
                int[] xb = col.codes(b);
                int best = disagree;
                for (int x : xa) {
                    for (int y : xb) {
                        if (shared(x, y)) {
                            return 1;
                        }
                        if (best > 2) {
                            best = Math.min(best, middle(x, y));
                        }
                    }
                }
                return best;
            }

            /** Whether two values are one: a complete registration, or any other value, in common. */
            private boolean shared(int x, int y) {
                return x == y ? marks == null || !marks.hasWildcards(x) : col.sameValue(x, y);
            }

            /**
             * The level of two values not shared: for registrations compatible with wildcards, the level of how many
             * characters both give; for phones one digit apart, {@code one_digit}; else {@code else}.
             */
            private int middle(int x, int y) {
                if (marks != null) {
                    if (!marks.matches(x, y)) {
                        return disagree;
                    }
                    return known == 0 || marks.knownInCommon(x, y) >= known ? 2 : 3;
                }
                return packed != null && close(col, packed, x, y) ? 2 : disagree;
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
