package org.vigil.harm.report;

import java.util.EnumSet;
import java.util.Set;
import org.vigil.harm.weights.CrimeCategory;

/**
 * How the report treats the police.uk categories dominated by proactively detected offences.
 *
 * <p>The CHI rule (Sherman, Neyroud &amp; Neyroud 2016) leaves proactively detected offences, such as
 * drug possession and shoplifting caught by store detectives, out of harm totals: their counts measure
 * enforcement effort, not harm done. police.uk cannot tell which Drugs and Shoplifting records were
 * proactive, so the whole categories are treated alike. They always count in volume, because volume
 * targets counted them.
 */
public enum ProactiveOffences {
    /** The default: Drugs and Shoplifting add nothing to harm. */
    EXCLUDED_FROM_HARM,
    /** Drugs and Shoplifting are weighted like every other category. */
    WEIGHTED;

    /** The categories this applies to. */
    public static final Set<CrimeCategory> CATEGORIES =
            Set.copyOf(EnumSet.of(CrimeCategory.DRUGS, CrimeCategory.SHOPLIFTING));

    boolean countsInHarm(CrimeCategory category) {
        return this == WEIGHTED || !CATEGORIES.contains(category);
    }
}
