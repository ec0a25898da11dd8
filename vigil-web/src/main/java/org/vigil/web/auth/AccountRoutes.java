package org.vigil.web.auth;

import io.javalin.http.Context;
import java.util.Map;
import org.vigil.web.Pages;
import org.vigil.web.RouteTable;
import org.vigil.web.Web;
import org.vigil.web.WebException;

/** Admin: accounts and teams. */
public final class AccountRoutes {
    private final Accounts accounts;
    private final Sessions sessions;
    private final Pages pages;

    public AccountRoutes(Accounts accounts, Sessions sessions, Pages pages) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.pages = pages;
    }

    public void install(RouteTable routes) {
        routes.get("/admin/accounts", ctx -> show(ctx, ""), Role.ADMIN);
        routes.post("/admin/accounts", this::create, Role.ADMIN);
        routes.post("/admin/accounts/{username}/disable", this::disable, Role.ADMIN);
        routes.post("/admin/accounts/{username}/teams", this::join, Role.ADMIN);
        routes.get("/", this::home, Role.SUBMITTER, Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN);
    }

    private void home(Context ctx) {
        Role role = Web.viewer(ctx).role();
        ctx.redirect(switch (role) {
            case SUBMITTER -> "/intake";
            case ANALYST, SUPERVISOR -> "/alerts";
            case AUDITOR -> "/who-knew";
            default -> "/admin/accounts";
        });
    }

    private void show(Context ctx, String message) {
        pages.render(ctx, "accounts.jte", "Accounts", Map.of("accounts", accounts.all(), "teams", accounts.teams(),
                "roles", java.util.List.of(Role.SUBMITTER, Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN),
                "message", message));
    }

    private void create(Context ctx) {
        try {
            Account a = accounts.create(Web.required(ctx.formParam("username"), "username"),
                    Web.required(ctx.formParam("displayName"), "display name"),
                    Role.parse(ctx.formParam("role")), ctx.formParam("agency"),
                    Web.required(ctx.formParam("password"), "password"));
            String team = ctx.formParam("team");
            if (team != null && !team.isBlank()) {
                accounts.addToTeam(a.username(), team);
            }
            show(ctx, "Created " + a.username() + ".");
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            show(ctx, e.getMessage());
        }
    }

    private void disable(Context ctx) {
        String username = ctx.pathParam("username");
        if (username.equals(Web.viewer(ctx).username())) {
            throw WebException.badRequest("you cannot disable your own account");
        }
        accounts.setDisabled(username, true);
        sessions.endAllFor(username);
        ctx.redirect("/admin/accounts");
    }

    private void join(Context ctx) {
        accounts.addToTeam(ctx.pathParam("username"), Web.required(ctx.formParam("team"), "team"));
        ctx.redirect("/admin/accounts");
    }
}
