package org.vigil.linkage.incremental;

import java.util.Set;
import org.vigil.linkage.clustering.PairEvidence;
import org.vigil.linkage.scoring.Scorer;
import org.vigil.linkage.table.Field;

/**
 * Pair evidence that also takes two records for relatives, a hard contradiction, when their given names disagree
 * (a level of negative weight: not equal, not a nickname, alias or typo of the other, not an initial) while their
 * surnames agree (a level of positive weight), and they agree on none of the {@code personal} fields.
 *
 * <p>Why: a household shares its surname, its address, its postcode and often its phone, and a parent and a child
 * named in reports are told apart by their given names and ages alone. Mentions seldom carry an age, so the birth
 * contradiction cannot see the generation between "Jennifer Sutcliffe" and "Joanne Sutcliffe" of one address; their
 * address alone weighs some twenty bits and outweighs the different given names. Two given names that disagree under
 * one surname are two people unless something personal (for Vigil's mentions: a phone, a vehicle, an e-mail or an
 * identifier) says otherwise. A man written by a street name ("Doc") and by his name ("Dean Young") is not affected:
 * the street name has no surname to agree.
 */
final class Relatives implements PairEvidence {
    private final PairEvidence inner;
    private final Scorer scorer;
    private final int given;
    private final int surname;
    private final int[] personal;

    private Relatives(PairEvidence inner, Scorer scorer, int given, int surname, int[] personal) {
        this.inner = inner;
        this.scorer = scorer;
        this.given = given;
        this.surname = surname;
        this.personal = personal;
    }

    /** {@code inner}, or it with the relatives rule when {@code personal} is non-empty and the model compares names. */
    static PairEvidence of(PairEvidence inner, Scorer scorer, Set<Field> personal) {
        int given = scorer.model().indexOf(Field.GIVEN_NAME);
        int surname = scorer.model().indexOf(Field.SURNAME);
        if (personal.isEmpty() || given < 0 || surname < 0) {
            return inner;
        }
        int[] ks = personal.stream().mapToInt(scorer.model()::indexOf).filter(k -> k >= 0).toArray();
        return new Relatives(inner, scorer, given, surname, ks);
    }

    @Override
    public double weight(int a, int b) {
        return inner.weight(a, b);
    }

    @Override
    public double weightAtLeast(int a, int b, double floor) {
        return inner.weightAtLeast(a, b, floor);
    }

    @Override
    public boolean contradicts(int a, int b) {
        return inner.contradicts(a, b) || relatives(a, b);
    }

    /** Whether the pair's given names disagree under an agreeing surname with nothing personal in common. */
    boolean relatives(int a, int b) {
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
