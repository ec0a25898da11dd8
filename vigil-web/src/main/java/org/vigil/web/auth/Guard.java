package org.vigil.web.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;
import org.vigil.web.Web;
import org.vigil.web.WebException;

/**
 * Runs before every request: sets the security headers and finds the viewer from the session cookie; then, once a
 * route is matched, checks the viewer's role against the route's and, for every state-changing request, the CSRF
 * token (form field {@code _csrf} or header {@code X-CSRF-Token}) against the session's.
 */
public final class Guard {
    public static final String SESSION_COOKIE = "vigil_session";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** Script, style and images from this origin only; no inline script, no framing, no plugins. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    private final Sessions sessions;
    private final Accounts accounts;
    private final boolean secureCookies;

    public Guard(Sessions sessions, Accounts accounts, boolean secureCookies) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.secureCookies = secureCookies;
    }

    /** Before every request, static files included. */
    public void identify(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        if (!ctx.path().startsWith("/webjars/") && !ctx.path().startsWith("/assets/")) {
            ctx.header("Cache-Control", "no-store");
        }
        String token = ctx.cookie(SESSION_COOKIE);
        if (token == null) {
            return;
        }
        Optional<Session> session = sessions.find(token);
        Optional<Account> account = session.flatMap(s -> accounts.find(s.username())).filter(a -> !a.disabled());
        if (session.isPresent() && account.isPresent()) {
            ctx.attribute(Web.VIEWER, new Viewer(account.get(), session.get()));
        } else {
            ctx.removeCookie(SESSION_COOKIE, "/");
        }
    }

    /** Before every matched route: role, then CSRF. */
    public void authorize(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Role.PUBLIC) || roles.isEmpty() && isStaticAsset(ctx)) {
            return;
        }
        Viewer viewer = ctx.attribute(Web.VIEWER);
        if (viewer == null) {
            throw WebException.notLoggedIn();
        }
        if (!roles.contains(viewer.role())) {
            throw WebException.forbidden(viewer.role().withArticle() + " may not use " + ctx.path());
        }
        if (changesState(ctx)) {
            String sent = ctx.header(CSRF_HEADER);
            if (sent == null && isForm(ctx)) {
                sent = ctx.formParam(CSRF_FIELD);
            }
            if (!Sessions.same(sent, viewer.session().csrfToken())) {
                throw WebException.forbidden("the form had expired or did not come from this site (CSRF token missing"
                        + " or wrong); go back, reload and try again");
            }
        }
    }

    /** Sets the session cookie: HttpOnly, SameSite=Strict, for the whole site, Secure behind HTTPS. */
    public void setSessionCookie(Context ctx, String token) {
        ctx.cookie(new Cookie(SESSION_COOKIE, token, "/", -1, secureCookies, true, null, SameSite.STRICT));
    }

    public Cookie strictCookie(String name, String value, String path) {
        return new Cookie(name, value, path, -1, secureCookies, true, null, SameSite.STRICT);
    }

    /** Style sheets, scripts and WebJars: the same for everyone, with no data in them. */
    private static boolean isStaticAsset(Context ctx) {
        String path = ctx.path();
        return ctx.method().name().equals("GET") && (path.startsWith("/assets/") || path.startsWith("/webjars/"))
                && !path.contains("..");
    }

    static boolean changesState(Context ctx) {
        String m = ctx.method().name();
        return !(m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS"));
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"));
    }
}
