package org.vigil.alerts.state;

import java.util.LinkedHashSet;
import java.util.OptionalInt;
import java.util.Set;
import org.vigil.alerts.harm.MostVulnerable;

/**
 * Who one concern names, by what each counts as (see {@link Casebook}): its adult suspects, its children, the adults
 * it names beside them, and, per mention in order, the person (a root), role and packed mention key. Built as the
 * concern is added, then read by {@link Suspicion} and the casebook's ties.
 */
final class Roster {
    final int[] mentionPersons;
    final String[] roles;
    final long[] keys;
    final Set<Integer> suspects = new LinkedHashSet<>();
    final Set<Integer> children = new LinkedHashSet<>();
    /** Of {@link #children}, those named as {@code victim}. */
    final Set<Integer> victims = new LinkedHashSet<>();
    /** Adults named as {@code associate} or {@code other} in a concern of exploitation evidence, not its suspects. */
    final Set<Integer> associates = new LinkedHashSet<>();
    /** Adults named as {@code associate}, evidence or not. */
    final Set<Integer> namedAssociates = new LinkedHashSet<>();
    final MostVulnerable vulnerable = new MostVulnerable();
    /** Whether the concern reports a child missing. */
    final boolean missing;
    OptionalInt youngest = OptionalInt.empty();

    /**
     * The children the report's offences are alleged against: its victims, not the children named beside them; or, in a
     * report naming no victim, such as intelligence naming the men and the girls seen with them, all its children.
     */
    Set<Integer> againstWhom() {
        return victims.isEmpty() ? children : victims;
    }

    Roster(int mentions, boolean missing) {
        this.mentionPersons = new int[mentions];
        this.roles = new String[mentions];
        this.keys = new long[mentions];
        this.missing = missing;
    }
}
