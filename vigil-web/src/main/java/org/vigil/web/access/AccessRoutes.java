package org.vigil.web.access;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.vigil.ledger.Access;
import org.vigil.web.Pages;
import org.vigil.web.RouteTable;
import org.vigil.web.Web;
import org.vigil.web.WebException;
import org.vigil.web.auth.Role;
import org.vigil.web.auth.Viewer;
import org.vigil.web.cases.CaseIndex;
import org.vigil.web.cases.ConcernCard;
import org.vigil.web.ledger.AccessLog;

/**
 * Breaking glass (analysts, supervisors) into a concern restricted to a team they are not in, and reviewing it
 * (supervisors, auditors).
 */
public final class AccessRoutes {
    private final BreakGlass breakGlass;
    private final CaseIndex cases;
    private final NeedToKnow needToKnow;
    private final AccessLog log;
    private final Pages pages;

    public AccessRoutes(BreakGlass breakGlass, CaseIndex cases, NeedToKnow needToKnow, AccessLog log, Pages pages) {
        this.breakGlass = breakGlass;
        this.cases = cases;
        this.needToKnow = needToKnow;
        this.log = log;
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
        // Only a concern restricted from the viewer: a grant taken on one not (yet) restricted, or on an id not (yet)
        // stored, would open it later, when restricted, with no break-glass asked for then.
        ConcernCard card = cases.concern(concern).orElseThrow(() -> WebException.notFound("no concern " + concern));
        if (needToKnow.reach(viewer.account(), card) != NeedToKnow.Reach.RESTRICTED) {
            throw WebException.badRequest("concern " + concern + " is not restricted from you: open it, with a purpose,"
                    + " without breaking glass");
        }
        try {
            breakGlass.open(viewer.username(), concern, reason);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest(e.getMessage());
        }
        ctx.redirect("/concerns/" + Web.path(concern) + "?purpose=" + Web.encode("break glass: " + reason));
    }

    /**
     * The review list discloses who opened which restricted concern and why, so viewing it is logged first, as one
     * access showing each concern it names (DPA 2018 s.62): who knew about a concern lists its reviewers too.
     */
    private void review(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        List<BreakGlassGrant> waiting = breakGlass.awaitingReview();
        List<BreakGlassGrant> all = breakGlass.all(); // the waiting ones among them
        log.logShowing(new Access(viewer.username(), "view break-glass review", null, "break-glass review"),
                all.stream().map(BreakGlassGrant::concernId).toList());
        pages.render(ctx, "break_glass.jte", "Break-glass review", Map.of("waiting", waiting, "all", all));
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
