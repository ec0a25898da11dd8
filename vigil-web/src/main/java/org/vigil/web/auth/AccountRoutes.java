package org.vigil.web.auth;

import io.javalin.http.Context;
import java.util.Map;
import org.vigil.ledger.Access;
import org.vigil.web.Pages;
import org.vigil.web.RouteTable;
import org.vigil.web.Web;
import org.vigil.web.WebException;
import org.vigil.web.ledger.AccessLog;

/**
 * Admin: accounts and teams. Each change is logged, once made, with who made it: an account, its role and its teams
 * decide who may read what, so oversight must be able to see who granted that access, and when.
 */
public final class AccountRoutes {
    private final Accounts accounts;
    private final Sessions sessions;
    private final AccessLog log;
    private final Pages pages;

    public AccountRoutes(Accounts accounts, Sessions sessions, AccessLog log, Pages pages) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.log = log;
        this.pages = pages;
    }

    public void install(RouteTable routes) {
        routes.get("/admin/accounts", ctx -> show(ctx, "", ""), Role.ADMIN);
        routes.post("/admin/accounts", this::create, Role.ADMIN);
        routes.post("/admin/accounts/{username}/disable", this::disable, Role.ADMIN);
        routes.post("/admin/accounts/{username}/enable", this::enable, Role.ADMIN);
        routes.post("/admin/accounts/{username}/password", this::resetPassword, Role.ADMIN);
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

    /** The accounts page, with {@code message} (what was done) or {@code error} (what could not be) when not empty. */
    private void show(Context ctx, String message, String error) {
        pages.render(ctx, "accounts.jte", "Accounts", Map.of("accounts", accounts.all(), "teams", accounts.teams(),
                "roles", java.util.List.of(Role.SUBMITTER, Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN),
                "message", message, "error", error));
    }

    private void create(Context ctx) {
        try {
            Account a = accounts.create(Web.required(ctx.formParam("username"), "username"),
                    Web.required(ctx.formParam("displayName"), "display name"),
                    Role.parse(ctx.formParam("role")), ctx.formParam("agency"),
                    Web.required(ctx.formParam("password"), "password"));
            String team = ctx.formParam("team");
            boolean inTeam = team != null && !team.isBlank();
            if (inTeam) {
                accounts.addToTeam(a.username(), team.strip());
            }
            log.log(new Access(Web.viewer(ctx).username(), "create account", a.username(), a.role().token()
                    + (a.agency() == null ? "" : ", agency " + a.agency()) + (inTeam ? ", team " + team.strip() : "")));
            show(ctx, "Created " + a.username() + ".", "");
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            show(ctx, "", e.getMessage());
        }
    }

    private void disable(Context ctx) {
        String username = ctx.pathParam("username");
        if (username.equals(Web.viewer(ctx).username())) {
            throw WebException.badRequest("you cannot disable your own account");
        }
        existing(username);
        accounts.setDisabled(username, true);
        sessions.endAllFor(username);
        log.log(new Access(Web.viewer(ctx).username(), "disable account", username, "account disabled"));
        ctx.redirect("/admin/accounts");
    }

    private void enable(Context ctx) {
        String username = existing(ctx.pathParam("username")).username();
        accounts.setDisabled(username, false);
        log.log(new Access(Web.viewer(ctx).username(), "enable account", username, "account enabled"));
        ctx.redirect("/admin/accounts");
    }

    /** A password set by the admin, for someone who forgot theirs: their sessions end, and the change is logged. */
    private void resetPassword(Context ctx) {
        String username = existing(ctx.pathParam("username")).username();
        try {
            accounts.setPassword(username, Web.required(ctx.formParam("password"), "password"));
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            show(ctx, "", username + ": " + e.getMessage());
            return;
        }
        sessions.endAllFor(username);
        log.log(new Access(Web.viewer(ctx).username(), "reset password", username, "password set by the admin"));
        show(ctx, "Set a new password for " + username + ".", "");
    }

    private void join(Context ctx) {
        String username = existing(ctx.pathParam("username")).username();
        String team = Web.required(ctx.formParam("team"), "team");
        accounts.addToTeam(username, team);
        log.log(new Access(Web.viewer(ctx).username(), "add to team", username, "team " + team));
        ctx.redirect("/admin/accounts");
    }

    private Account existing(String username) {
        return accounts.find(username).orElseThrow(() -> WebException.notFound("no account " + username));
    }
}
