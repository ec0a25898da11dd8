package org.vigil.linkage.csv;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.linkage.clustering.Household;
import org.vigil.linkage.comparison.ComparisonLevel;
import org.vigil.linkage.scoring.Scorer;
import org.vigil.linkage.table.Field;

/**
 * Two records of a person table taken for two members of one household, not one person, when
 *
 * <ol>
 *   <li>the {@link Household} rule holds: given names that disagree under an agreeing surname, with no date of birth,
 *       phone, e-mail, identifier or registration in common; or</li>
 *   <li>their dates of birth are more than two years apart (the birth comparison's {@code else} level) under a surname
 *       that agrees or is missing, their given names are not one name (not equal, not a nickname of the other: missing,
 *       a typo apart, alike in sound or different), and they share no e-mail, identifier or registration, nor a phone
 *       unless their given names are close.</li>
 * </ol>
 *
 * <p>Why: the Fellegi–Sunter weight multiplies its comparisons as if independent, and within a household they are
 * not. A parent and a child, or two siblings, share a surname, an address, a postcode and often a landline; together
 * these weigh some 35 bits, and EM, learning from such pairs, makes dates of birth decades apart cost about 2 bits. A
 * date of birth does not change, and a household's members are told apart by it and by their given names: "Jon" and
 * "Joan", or "Katherine" and "Kaitlin", of one address and born years apart are siblings, however alike the names
 * sound. A shared phone does not say one person when the given names differ too: a household shares its landline.
 *
 * <p>Two records of one given name, surname and address whose dates of birth contradict ("Daniel Smith" and his son)
 * are not taken apart: FEBRL4 has true pairs written just so, a date of birth replaced whole, and nothing in the pair
 * tells them from a father and son. Nor are twins (one date of birth, different given names): FEBRL4 has true pairs
 * whose given names were garbled beyond a typo.
 */
final class HouseholdMembers {
    private final Scorer scorer;
    private final Household relatives;
    private final int given;
    private final int surname;
    private final int birth;
    private final boolean[] oneName;
    private final int birthContradicts;
    private final int[] own;
    private final int phone;

    private HouseholdMembers(Scorer scorer, Household relatives, int given, int surname, int birth, int[] own,
            int phone) {
        this.scorer = scorer;
        this.relatives = relatives;
        this.given = given;
        this.surname = surname;
        this.birth = birth;
        this.own = own;
        this.phone = phone;
        List<ComparisonLevel> levels = scorer.model().comparisons().get(given).levels();
        this.oneName = new boolean[levels.size()];
        for (int l = 1; l < levels.size(); l++) {
            String label = levels.get(l).label();
            oneName[l] = label.equals("exact") || label.equals("nickname");
        }
        this.birthContradicts = birth < 0 ? -1 : levelOf(scorer.model().comparisons().get(birth).levels(), "else");
    }

    /**
     * The rules for {@code scorer}'s model, if it compares given names and surnames: {@code personal} as for
     * {@link Household}, {@code own} what says one person despite dates of birth that contradict.
     */
    static Optional<HouseholdMembers> of(Scorer scorer, Set<Field> personal, Set<Field> own) {
        int given = scorer.model().indexOf(Field.GIVEN_NAME);
        int surname = scorer.model().indexOf(Field.SURNAME);
        if (given < 0 || surname < 0) {
            return Optional.empty();
        }
        return Optional.of(new HouseholdMembers(scorer, Household.of(scorer, personal).orElse(null), given, surname,
                scorer.model().indexOf(Field.BIRTH), own.stream().mapToInt(scorer.model()::indexOf).filter(k -> k >= 0)
                        .toArray(), scorer.model().indexOf(Field.PHONE)));
    }

    /** Whether records {@code a} and {@code b} are two members of one household by these rules. */
    boolean members(int a, int b) {
        if (relatives != null && relatives.relatives(a, b)) {
            return true;
        }
        if (birthContradicts < 0 || scorer.level(birth, a, b) != birthContradicts) {
            return false;
        }
        int g = scorer.level(given, a, b);
        if (oneName[g] || scorer.level(surname, a, b) != 0 && weightAt(surname, a, b) <= 0) {
            return false;
        }
        for (int k : own) {
            if (weightAt(k, a, b) > 0) {
                return false;
            }
        }
        boolean closeNames = g != 0 && scorer.model().weight(given, g) >= 0;
        return !(closeNames && phone >= 0 && weightAt(phone, a, b) > 0);
    }

    private static int levelOf(List<ComparisonLevel> levels, String label) {
        for (int l = 1; l < levels.size(); l++) {
            if (levels.get(l).label().equals(label)) {
                return l;
            }
        }
        return -1;
    }

    /** The weight of comparison {@code k}'s level for the pair; 0 at the null level (a value missing). */
    private double weightAt(int k, int a, int b) {
        int l = scorer.level(k, a, b);
        return l == 0 ? 0 : scorer.model().weight(k, l);
    }
}
