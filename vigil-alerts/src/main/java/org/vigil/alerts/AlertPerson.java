package org.vigil.alerts;

import java.util.List;
import java.util.Objects;
import org.vigil.alerts.state.MentionList;

/**
 * One person in an alert (interchange §2.2 {@code persons[]}): the person id; their role, a subject role of §1.1 that
 * the listed mentions give them (see {@link org.vigil.alerts.pattern.Party#role}); the part they play in the alert
 * ({@code suspect}, {@code child}, or in {@code overdue} the concern's role); and the mentions that made up the person
 * at that moment, so that a later linkage change cannot rewrite what an analyst was shown. The list is unmodifiable;
 * a person's mentions are listed in the order the engine saw them, the mentions of persons merged into them after
 * their own.
 */
public record AlertPerson(String person, String role, String part, List<String> mentions) {
    public AlertPerson {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(part, "part");
        mentions = mentions instanceof MentionList ? mentions : List.copyOf(mentions); // MentionList never changes
    }
}
