package org.vigil.web.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.vigil.web.Pages;
import org.vigil.web.RouteTable;
import org.vigil.web.Web;
import org.vigil.web.WebException;

/**
 * Logging in and out, in the browser and through the API. Every login starts a new session (rotation); the login
 * form carries its own CSRF token, checked against a cookie (double submit), because there is no session yet; the
 * API login takes JSON only, which a cross-site form cannot send.
 */
public final class LoginRoutes {
    static final String LOGIN_COOKIE = "vigil_login";

    private final Accounts accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Guard guard;
    private final Pages pages;

    public LoginRoutes(Accounts accounts, Sessions sessions, LoginThrottle throttle, Guard guard, Pages pages) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.guard = guard;
        this.pages = pages;
    }

    public void install(RouteTable routes) {
        routes.get("/login", this::form, Role.PUBLIC);
        routes.post("/login", this::login, Role.PUBLIC);
        // Not open to anyone: logging out changes state, so it needs the session's CSRF token like any other change.
        routes.post("/logout", this::logout, Role.anyAccount());
        routes.post("/api/session", this::apiLogin, Role.PUBLIC);
        routes.delete("/api/session", this::logout, Role.anyAccount());
    }

    private void form(Context ctx) {
        showForm(ctx, null);
    }

    private void showForm(Context ctx, String error) {
        String token = Sessions.newToken();
        ctx.cookie(guard.strictCookie(LOGIN_COOKIE, token, "/login"));
        pages.render(ctx, "login.jte", "Log in", Map.of("loginToken", token, "next", safeNext(ctx.queryParam("next")),
                "error", error == null ? "" : error));
    }

    private void login(Context ctx) {
        if (!Sessions.same(ctx.formParam("_login"), ctx.cookie(LOGIN_COOKIE))) {
            throw WebException.forbidden("the login form had expired; reload it and try again");
        }
        String username = ctx.formParam("username");
        Account account;
        try {
            account = authenticate(ctx, username, ctx.formParam("password"));
        } catch (LoginFailed e) {
            ctx.status(401);
            showForm(ctx, "That username and password do not match an active account.");
            return;
        }
        startSession(ctx, account);
        ctx.removeCookie(LOGIN_COOKIE, "/login");
        ctx.redirect(safeNext(ctx.formParam("next")));
    }

    private void apiLogin(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.startsWith("application/json")) {
            throw new WebException(415, "log in with a JSON body {\"username\": ..., \"password\": ...}");
        }
        JsonNode body;
        try {
            body = Web.JSON.readTree(ctx.bodyAsBytes());
        } catch (java.io.IOException e) {
            throw WebException.badRequest("the body is not JSON");
        }
        Account account = authenticate(ctx, body.path("username").asText(null), body.path("password").asText(null));
        String token = startSession(ctx, account);
        Session session = sessions.find(token).orElseThrow();
        Web.json(ctx, Map.of("username", account.username(), "role", account.role().token(),
                "csrfToken", session.csrfToken()));
    }

    /** The account, or {@link LoginFailed}; refuses with 429 while the throttle holds. */
    private Account authenticate(Context ctx, String username, String password) {
        String address = ctx.ip();
        long wait = throttle.retryAfterSeconds(address, username);
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw WebException.tooManyRequests("too many failed logins; try again in " + wait + " s");
        }
        Optional<Account> account = accounts.authenticate(username, password);
        if (account.isEmpty()) {
            throw throttleAndFail(address, username);
        }
        throttle.succeeded(address, username);
        return account.get();
    }

    private RuntimeException throttleAndFail(String address, String username) {
        throttle.failed(address, username);
        return new LoginFailed();
    }

    /** A wrong password: shown as the form again (browser) or a 401 (API), never saying which part was wrong. */
    static final class LoginFailed extends WebException {
        private static final long serialVersionUID = 1L;

        LoginFailed() {
            super(401, "that username and password do not match an active account");
        }
    }

    /** Ends any session the browser had and starts a new one: the session id changes at every login. */
    private String startSession(Context ctx, Account account) {
        sessions.end(ctx.cookie(Guard.SESSION_COOKIE));
        String token = sessions.start(account.username());
        guard.setSessionCookie(ctx, token);
        return token;
    }

    private void logout(Context ctx) {
        sessions.end(ctx.cookie(Guard.SESSION_COOKIE));
        ctx.removeCookie(Guard.SESSION_COOKIE, "/");
        if (Web.isApi(ctx)) {
            ctx.status(204);
        } else {
            ctx.redirect("/login");
        }
    }

    /**
     * Only a path on this site: never another host, never a scheme. No control character either: browsers drop tabs
     * and line breaks from a URL, so "/TAB/evil.example" would take the user to //evil.example.
     */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return next;
    }
}
