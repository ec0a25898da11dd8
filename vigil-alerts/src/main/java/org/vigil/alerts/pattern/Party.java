package org.vigil.alerts.pattern;

import java.util.Set;

/**
 * A person an alert is about, with the part they play in it: {@code suspect} (an adult the pattern points to),
 * {@code child} (a child at risk in it), or, in {@code overdue} alerts only, the role the concern gave them.
 *
 * @param person the person's index in the casebook
 */
public record Party(int person, String role) {
    public static final String SUSPECT = "suspect";
    public static final String CHILD = "child";
    public static final Set<String> ROLES = Set.of(SUSPECT, CHILD, "victim", "associate", "witness", "reporter", "other");

    public Party {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("not an alert role: '" + role + "'");
        }
    }
}
