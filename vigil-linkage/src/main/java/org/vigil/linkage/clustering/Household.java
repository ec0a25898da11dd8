package org.vigil.linkage.clustering;

import java.util.Optional;
import java.util.Set;
import org.vigil.linkage.scoring.Scorer;
import org.vigil.linkage.table.Field;

/**
 * Two records taken for relatives, not one person: their given names disagree (a level of negative weight: not equal,
 * not a nickname, alias or typo of the other, not an initial) while their surnames agree (a level of positive weight),
 * and they agree on none of the {@code personal} fields.
 *
 * <p>Why: a household shares its surname, its address, its postcode and often its phone, and a parent and a child, or
 * twins, are told apart by their given names (and ages) alone. Their address alone weighs some twenty bits and outweighs
 * the different given names; on a file of households "Teresa Watson" and "Anna Watson" of one address, born 34 years
 * apart, scored p 0.9999. Two given names that disagree under one surname are two people unless something personal
 * (a phone, a vehicle, an e-mail or an identifier) says otherwise. A man written by a street name ("Doc") and by his
 * name ("Dean Young") is not affected: the street name has no surname to agree.
 */
public final class Household {
    private final Scorer scorer;
    private final int given;
    private final int surname;
    private final int[] personal;

    private Household(Scorer scorer, int given, int surname, int[] personal) {
        this.scorer = scorer;
        this.given = given;
        this.surname = surname;
        this.personal = personal;
    }

    /** The rule for {@code scorer}'s model, if it compares given names and surnames and {@code personal} is not empty. */
    public static Optional<Household> of(Scorer scorer, Set<Field> personal) {
        int given = scorer.model().indexOf(Field.GIVEN_NAME);
        int surname = scorer.model().indexOf(Field.SURNAME);
        if (personal.isEmpty() || given < 0 || surname < 0) {
            return Optional.empty();
        }
        int[] ks = personal.stream().mapToInt(scorer.model()::indexOf).filter(k -> k >= 0).toArray();
        return Optional.of(new Household(scorer, given, surname, ks));
    }

    /** Whether records {@code a} and {@code b} are relatives by this rule. */
    public boolean relatives(int a, int b) {
        if (weightAt(given, a, b) >= 0 || weightAt(surname, a, b) <= 0) {
            return false;
        }
        for (int k : personal) {
            if (weightAt(k, a, b) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The weight of comparison {@code k}'s level for the pair; 0 at the null level (a value missing). */
    private double weightAt(int k, int a, int b) {
        int l = scorer.level(k, a, b);
        return l == 0 ? 0 : scorer.model().weight(k, l);
    }
}
