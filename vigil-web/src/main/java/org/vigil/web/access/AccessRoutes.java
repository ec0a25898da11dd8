package org.vigil.web.access;

import io.javalin.http.Context;
import java.util.Map;
import org.vigil.web.Pages;
import org.vigil.web.RouteTable;
import org.vigil.web.Web;
import org.vigil.web.WebException;
import org.vigil.web.auth.Role;
import org.vigil.web.auth.Viewer;

/** Breaking glass (analysts, supervisors) and reviewing it (supervisors, auditors). */
public final class AccessRoutes {
    private final BreakGlass breakGlass;
    private final Pages pages;

    public AccessRoutes(BreakGlass breakGlass, Pages pages) {
        this.breakGlass = breakGlass;
        this.pages = pages;
    }

    public void install(RouteTable routes) {
        routes.post("/break-glass", this::open, Role.ANALYST, Role.SUPERVISOR);
        routes.get("/break-glass", this::review, Role.SUPERVISOR, Role.AUDITOR);
        routes.post("/break-glass/{id}/review", this::reviewed, Role.SUPERVISOR, Role.AUDITOR);
    }

    private void open(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        String concern = Web.required(ctx.formParam("concern"), "concern");
        String reason = Web.required(ctx.formParam("reason"), "reason");
        try {
            breakGlass.open(viewer.username(), concern, reason);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest(e.getMessage());
        }
        ctx.redirect("/concerns/" + Web.path(concern) + "?purpose=" + Web.encode("break glass: " + reason));
    }

    private void review(Context ctx) {
        pages.render(ctx, "break_glass.jte", "Break-glass review", Map.of("waiting", breakGlass.awaitingReview(),
                "all", breakGlass.all()));
    }

    private void reviewed(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw WebException.notFound("no break-glass grant " + ctx.pathParam("id"));
        }
        breakGlass.review(id, viewer.username(), Web.required(ctx.formParam("note"), "note"));
        ctx.redirect("/break-glass");
    }
}
