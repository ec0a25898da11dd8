package org.vigil.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The one place exceptions become responses. API paths answer JSON {@code {"status", "error"}}; pages answer HTML,
 * except that a page asked for without login redirects to the login form, a missing purpose shows the purpose form,
 * and a restricted concern shows the break-glass form. Unexpected failures say nothing of their cause to the client.
 */
public final class Failures {
    private final Pages pages;

    Failures(Pages pages) {
        this.pages = pages;
    }

    void install(RoutesConfig routes) {
        routes.exception(PurposeRequired.class, (e, ctx) -> {
            if (Web.isApi(ctx)) {
                answer(ctx, e);
                return;
            }
            ctx.status(200);
            pages.render(ctx, "purpose.jte", "Why are you opening this?", Map.of("what", e.what(),
                    "action", ctx.path(), "carried", otherParams(ctx)));
        });
        routes.exception(BreakGlassRequired.class, (e, ctx) -> {
            if (Web.isApi(ctx)) {
                answer(ctx, e);
                return;
            }
            ctx.status(403);
            pages.render(ctx, "break_glass_ask.jte", "Restricted concern", Map.of("concern", e.concernId()));
        });
        routes.exception(WebException.class, (e, ctx) -> {
            if (e.status() == 401 && !Web.isApi(ctx) && ctx.method().name().equals("GET")) {
                ctx.redirect("/login?next=" + Web.encode(ctx.path()
                        + (ctx.queryString() == null ? "" : "?" + ctx.queryString())));
                return;
            }
            answer(ctx, e);
        });
        routes.exception(EndpointNotFound.class, (e, ctx) -> answer(ctx, WebException.notFound(
                "there is no page at " + ctx.path())));
        routes.exception(MethodNotAllowedResponse.class, (e, ctx) -> {
            String allowed = String.join(", ", e.getDetails().values());
            ctx.header("Allow", allowed);
            answer(ctx, new WebException(405, ctx.path() + " does not take " + ctx.method() + ", only " + allowed));
        });
        routes.exception(IllegalArgumentException.class, (e, ctx) -> answer(ctx, WebException.badRequest(e.getMessage())));
        routes.exception(NoSuchElementException.class, (e, ctx) -> answer(ctx, WebException.notFound(e.getMessage())));
        routes.exception(Exception.class, (e, ctx) -> {
            System.err.println("vigil-web: " + ctx.method() + " " + ctx.path() + " failed");
            e.printStackTrace();
            answer(ctx, new WebException(500, "something went wrong on our side; it has been recorded"));
        });
    }

    private void answer(Context ctx, WebException e) {
        ctx.status(e.status());
        if (Web.isApi(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", e.status());
            body.put("error", e.getMessage());
            if (e instanceof BreakGlassRequired b) {
                body.put("breakGlass", "POST /break-glass with concern=" + b.concernId() + " and a reason");
            }
            Web.json(ctx, body);
        } else {
            pages.render(ctx, "error.jte", "Error " + e.status(), Map.of("status", e.status(), "message",
                    e.getMessage() == null ? "" : e.getMessage()));
        }
    }

    /** The query parameters to carry through the purpose form, without any purpose already given. */
    private static Map<String, String> otherParams(Context ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!k.equals("purpose") && !v.isEmpty()) {
                out.put(k, v.get(0));
            }
        });
        return out;
    }
}
