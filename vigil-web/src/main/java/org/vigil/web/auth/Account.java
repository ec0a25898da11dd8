package org.vigil.web.auth;

import java.util.Set;

/** A person who can log in: their username (also their actor id in the log), role, agency and teams. */
public record Account(String username, String displayName, Role role, String agency, Set<String> teams,
                      boolean disabled) {
    public Account {
        teams = Set.copyOf(teams);
    }

    public boolean inTeam(String team) {
        return teams.contains(team);
    }
}
