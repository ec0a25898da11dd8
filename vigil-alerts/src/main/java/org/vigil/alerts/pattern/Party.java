package org.vigil.alerts.pattern;

import java.util.List;
import java.util.Set;
import org.vigil.alerts.state.MentionList;

/**
 * A person an alert is about, with the part they play in it: {@code suspect} (an adult the pattern points to),
 * {@code child} (a child at risk in it), or, in {@code overdue} alerts only, the role the concern gave them.
 *
 * <p>An alert's {@code persons[].role} (interchange §2.2) is a subject role of §1.1, never a part, and always one
 * that the mentions listed with the person give them: {@link #role(MentionList)}.
 *
 * @param person the person's index in the casebook
 */
public record Party(int person, String part) {
    public static final String SUSPECT = "suspect";
    public static final String CHILD = "child";
    /** The subject roles of interchange §1.1, in the order that breaks a tie in {@link #role(MentionList)}. */
    public static final List<String> SUBJECT_ROLES = List.of("victim", "suspect", "associate", "witness", "reporter",
            "other");
    public static final Set<String> PARTS = Set.of(SUSPECT, CHILD, "victim", "associate", "witness", "reporter", "other");

    public Party {
        if (!PARTS.contains(part)) {
            throw new IllegalArgumentException("not a part in an alert: '" + part + "'");
        }
    }

    /**
     * The subject role the alert gives the person, from the mentions listed with them: the role their part calls for
     * ({@code suspect} for a suspect, {@code victim} for a child, in {@code overdue} the concern's role) if any of
     * those mentions gives it; otherwise the role most of them give, ties broken in {@link #SUBJECT_ROLES} order. So a
     * child named only as an {@code associate} is an associate, and nobody is called a suspect whom no report named
     * as one. Reads the mentions until the called-for role is found: a suspect's first mention is nearly always it.
     */
    public String role(MentionList mentions) {
        String wanted = part.equals(CHILD) ? "victim" : part;
        int[] counts = new int[SUBJECT_ROLES.size()];
        for (int i = 0; i < mentions.size(); i++) {
            String role = mentions.role(i);
            if (role.equals(wanted)) {
                return role;
            }
            int r = SUBJECT_ROLES.indexOf(role);
            if (r >= 0) {
                counts[r]++;
            }
        }
        int best = SUBJECT_ROLES.indexOf(wanted);
        for (int r = 0; r < counts.length; r++) {
            if (counts[r] > counts[best]) {
                best = r;
            }
        }
        return SUBJECT_ROLES.get(best);
    }
}
