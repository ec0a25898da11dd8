package org.vigil.web.auth;

/** The logged-in person making a request, and their session. */
public record Viewer(Account account, Session session) {
    public String username() {
        return account.username();
    }

    public Role role() {
        return account.role();
    }

    public boolean is(Role... roles) {
        for (Role r : roles) {
            if (account.role() == r) {
                return true;
            }
        }
        return false;
    }
}
