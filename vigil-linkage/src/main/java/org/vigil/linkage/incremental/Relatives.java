package org.vigil.linkage.incremental;

import java.util.Set;
import org.vigil.linkage.clustering.Household;
import org.vigil.linkage.clustering.PairEvidence;
import org.vigil.linkage.scoring.Scorer;
import org.vigil.linkage.table.Field;

/**
 * Pair evidence that also takes two records for relatives, a hard contradiction, by the {@link Household} rule: given
 * names that disagree under an agreeing surname, with nothing personal in common. Mentions seldom carry an age, so the
 * birth contradiction cannot see the generation between "Jennifer Sutcliffe" and "Joanne Sutcliffe" of one address.
 */
final class Relatives implements PairEvidence {
    private final PairEvidence inner;
    private final Household household;

    private Relatives(PairEvidence inner, Household household) {
        this.inner = inner;
        this.household = household;
    }

    /** {@code inner}, or it with the relatives rule when {@code personal} is non-empty and the model compares names. */
    static PairEvidence of(PairEvidence inner, Scorer scorer, Set<Field> personal) {
        return Household.of(scorer, personal).<PairEvidence>map(h -> new Relatives(inner, h)).orElse(inner);
    }

    @Override
    public double weight(int a, int b) {
        return inner.weight(a, b);
    }

    @Override
    public double weightAtLeast(int a, int b, double floor) {
        return inner.weightAtLeast(a, b, floor);
    }

    Household household() {
        return household;
    }

    @Override
    public boolean contradicts(int a, int b) {
        return inner.contradicts(a, b) || household.relatives(a, b);
    }

    /** A record that may join both of two relatives agrees with neither's given name: it cannot tell them apart. */
    @Override
    public PairEvidence unresolvedBy(int r) {
        return new Relatives(inner.unresolvedBy(r), household);
    }
}
