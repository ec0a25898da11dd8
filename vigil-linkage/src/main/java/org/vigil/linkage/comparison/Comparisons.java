package org.vigil.linkage.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.RecordTable;

/** Factory for the comparisons, and the default comparison for each field. */
public final class Comparisons {
    private Comparisons() {
    }

    /** Given name (with nickname level) or surname; Jaro–Winkler thresholds 0.92 and 0.80. */
    public static Comparison name(Field field) {
        return new NameLevels(field, 0.92, 0.80, field == Field.GIVEN_NAME);
    }

    /** Date of birth and age; ages more than 4 years from consistent contradict. */
    public static Comparison birth() {
        return new BirthLevels(4);
    }

    /**
     * Date of birth and age; ages more than 4 years from consistent contradict unless within
     * {@code estimateShare} of the older stated age (stated ages as witnesses' estimates).
     */
    public static Comparison birth(double estimateShare) {
        return new BirthLevels(4, estimateShare);
    }

    /**
     * As {@link #birth(double)}; with {@code distinctFullDates}, two full dates of birth that are not one date
     * written wrongly (equal, day and month swapped, one digit apart) contradict however close their years.
     */
    public static Comparison birth(double estimateShare, boolean distinctFullDates) {
        return new BirthLevels(4, estimateShare, distinctFullDates);
    }

    public static Comparison postcode() {
        return new PostcodeLevels();
    }

    /** Postcode and town as one comparison: {@link PostcodeTownLevels}. */
    public static Comparison postcodeAndTown() {
        return new PostcodeTownLevels();
    }

    /** Jaro–Winkler levels at {@code high} and {@code low}. */
    public static Comparison text(Field field, double high, double low) {
        return new TextLevels(field, high, low);
    }

    /** Street line: exact, Jaro–Winkler 0.92, token overlap, Jaro–Winkler 0.80. */
    public static Comparison address(Field field) {
        return new AddressLevels(field);
    }

    public static Comparison exact(Field field, boolean termFrequencyAdjusted) {
        return new ExactLevels(field, termFrequencyAdjusted);
    }

    /** Identifier or e-mail: exact, one character apart, else. */
    public static Comparison identifier(Field field) {
        return new IdentifierLevels(field);
    }

    /** Phones, VRMs or places: a value in common; VRMs also compatible with wildcards, by how much both marks give. */
    public static Comparison shared(Field field) {
        return new SetLevels(field, field == Field.VRM ? SetLevels.KNOWN : 0);
    }

    /** The comparison a spec describes. */
    public static Comparison fromSpec(ComparisonSpec s) {
        return switch (s.kind()) {
            case NameLevels.KIND -> new NameLevels(s.field(), s.number("high", 0.92), s.number("low", 0.80),
                    s.flag("nicknames", s.field() == Field.GIVEN_NAME));
            case BirthLevels.KIND -> new BirthLevels(s.number("close_years", 4), s.number("estimate_share", 0),
                    s.flag("distinct_full_dates", false));
            case PostcodeLevels.KIND -> new PostcodeLevels();
            case PostcodeTownLevels.KIND -> new PostcodeTownLevels();
            case TextLevels.KIND -> new TextLevels(s.field(), s.number("high", 0.92), s.number("low", 0.80));
            case AddressLevels.KIND -> new AddressLevels(s.field());
            case ExactLevels.KIND -> new ExactLevels(s.field(), s.flag("tf", false));
            case IdentifierLevels.KIND -> new IdentifierLevels(s.field());
            case SetLevels.KIND -> new SetLevels(s.field(), (int) s.number("known", 0));
            default -> throw new IllegalArgumentException("unknown comparison kind: " + s.kind());
        };
    }

    /** The default comparison for a field. */
    public static Comparison defaultFor(Field f) {
        return switch (f) {
            case GIVEN_NAME, SURNAME -> name(f);
            case BIRTH -> birth();
            case POSTCODE -> postcode();
            case SEX, REGION, ROLE -> exact(f, false);
            case STREET_NUMBER -> exact(f, true);
            case ADDRESS_LINE, ADDRESS_LINE_2 -> address(f);
            case LOCALITY, BIRTH_PLACE, OCCUPATION -> text(f, 0.92, 0.80);
            case IDENTIFIER, EMAIL -> identifier(f);
            case PHONE, VRM, PLACE, COMPANION -> shared(f);
        };
    }

    /** The default comparisons for the given fields, in {@link Field} order. */
    public static List<Comparison> defaultsFor(Set<Field> fields) {
        return defaultsFor(fields, false);
    }

    /**
     * The default comparisons for the fields present in {@code table}, in {@link Field} order. Where the table's town
     * mostly follows from its postcode ({@link PostcodeTownLevels#townFollowsPostcode}), the two are compared
     * together, in the postcode's place: as two comparisons, one agreement would count twice.
     */
    public static List<Comparison> defaultsFor(RecordTable table) {
        Set<Field> fields = table.presentFields();
        boolean together = fields.contains(Field.POSTCODE) && fields.contains(Field.LOCALITY)
                && PostcodeTownLevels.townFollowsPostcode(table);
        return defaultsFor(fields, together);
    }

    private static List<Comparison> defaultsFor(Set<Field> fields, boolean postcodeAndTown) {
        List<Comparison> out = new ArrayList<>();
        for (Field f : Field.values()) {
            if (postcodeAndTown && f == Field.POSTCODE) {
                out.add(postcodeAndTown());
            } else if (fields.contains(f) && !(postcodeAndTown && f == Field.LOCALITY)) {
                out.add(defaultFor(f));
            }
        }
        return out;
    }
}
