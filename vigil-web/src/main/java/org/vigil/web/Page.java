package org.vigil.web;

import java.util.ArrayList;
import java.util.List;
import org.vigil.web.auth.Role;
import org.vigil.web.auth.Viewer;

/** What every page's frame needs: its title, who is looking (or nobody, before login), and their CSRF token. */
public record Page(String title, Viewer viewer) {
    /** A link in the navigation bar. */
    public record Link(String href, String label) {
    }

    public boolean loggedIn() {
        return viewer != null;
    }

    public String csrf() {
        return viewer == null ? "" : viewer.session().csrfToken();
    }

    public String who() {
        return viewer == null ? "" : viewer.account().displayName() + " (" + viewer.role().label() + ")";
    }

    public boolean is(Role... roles) {
        return viewer != null && viewer.is(roles);
    }

    /** The navigation for the viewer's role. */
    public List<Link> nav() {
        List<Link> links = new ArrayList<>();
        if (viewer == null) {
            return links;
        }
        Role role = viewer.role();
        if (role.readsCases()) {
            links.add(new Link("/search", "Search"));
            links.add(new Link("/alerts", "Alerts"));
            links.add(new Link("/priorities", "Priorities"));
        }
        if (role == Role.SUBMITTER || role.readsCases()) {
            links.add(new Link("/intake", "Submit a concern"));
        }
        if (role == Role.SUBMITTER) {
            links.add(new Link("/concerns", "Our concerns"));
        }
        if (role == Role.SUPERVISOR || role == Role.AUDITOR) {
            links.add(new Link("/who-knew", "Who knew"));
            links.add(new Link("/break-glass", "Break-glass review"));
        }
        if (role == Role.ADMIN) {
            links.add(new Link("/admin/accounts", "Accounts"));
        }
        if (role.readsCases()) {
            links.add(new Link("/harm", "Force harm chart"));
        }
        links.add(new Link("/receipts/check", "Check a receipt"));
        links.add(new Link("/log", "Log"));
        return links;
    }
}
