package org.vigil.web.alert;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.vigil.ledger.Access;
import org.vigil.web.Pages;
import org.vigil.web.Paging;
import org.vigil.web.RouteTable;
import org.vigil.web.Web;
import org.vigil.web.WebException;
import org.vigil.web.auth.Role;
import org.vigil.web.auth.Viewer;
import org.vigil.web.ledger.AccessLog;
import org.vigil.web.person.PersonLabels;

/**
 * The alert queue: analysts see it, supervisors decide each alert with a reason. Every view of the queue (a page of
 * {@link Paging#PAGE_SIZE} alerts, or the whole queue as JSON) and every export is logged before it is shown as one
 * access listing each person and concern in the alerts shown.
 * Alerts that draw on a concern the viewer may not read ({@link AlertReach}) are left out of the queue, its JSON and
 * the export, so they are neither shown nor logged as disclosed to that viewer, and may not be decided by them.
 */
public final class AlertRoutes {
    private final AlertDesk desk;
    private final AlertReach reach;
    private final AccessLog log;
    private final PersonLabels labels;
    private final Pages pages;

    public AlertRoutes(AlertDesk desk, AlertReach reach, AccessLog log, PersonLabels labels, Pages pages) {
        this.desk = desk;
        this.reach = reach;
        this.log = log;
        this.labels = labels;
        this.pages = pages;
    }

    public void install(RouteTable routes) {
        routes.get("/alerts", this::page, Role.ANALYST, Role.SUPERVISOR);
        routes.get("/alerts/{id}", this::single, Role.ANALYST, Role.SUPERVISOR);
        routes.post("/alerts/{id}/decision", this::decideForm, Role.SUPERVISOR);
        routes.get("/api/alerts", this::json, Role.ANALYST, Role.SUPERVISOR);
        routes.post("/api/alerts/{id}/decision", this::decideJson, Role.SUPERVISOR);
        routes.get("/api/export/alerts", this::export, Role.ANALYST, Role.SUPERVISOR);
    }

    private void page(Context ctx) {
        render(ctx, Web.viewer(ctx), Paging.pageNumber(ctx.queryParam("page")), "", decided(ctx.queryParam("decided")));
    }

    /**
     * One alert on a page of its own, to be linked to and found without paging through the queue; logged, with what it
     * discloses, as a view of the queue is. An alert drawing on a concern restricted to another team is refused.
     */
    private void single(Context ctx) {
        renderSingle(ctx, Web.viewer(ctx), ctx.pathParam("id"), "", ctx.queryParam("decided") != null);
    }

    private void renderSingle(Context ctx, Viewer viewer, String id, String error, boolean decided) {
        AlertDesk.Item item = desk.queue().stream().filter(i -> i.alert().id().equals(id)).findFirst()
                .orElseThrow(() -> WebException.notFound("no alert " + id));
        requireReadable(viewer, id);
        log.logShowing(new Access(viewer.username(), "view alert", id, "alert triage"),
                reach.disclosedBy(List.of(item.alert())));
        Map<String, String> names = labels.ofAll(viewer.account(), item.alert().persons().stream()
                .map(Alert.AlertPerson::person));
        pages.render(ctx, "alert.jte", "Alert " + id, Map.of("item", item, "labels", names,
                "links", reach.concernLinks(List.of(item.alert())), "outcomes", AlertDecision.OUTCOMES,
                "mayDecide", viewer.is(Role.SUPERVISOR), "error", error, "decided", decided));
    }

    /** The alert just decided, named back to its supervisor after the redirect: an id the queue holds, or nothing. */
    private String decided(String id) {
        return id != null && desk.feed().alert(id).isPresent() ? id : "";
    }

    private void render(Context ctx, Viewer viewer, int pageNo, String error) {
        render(ctx, viewer, pageNo, error, "");
    }

    private void render(Context ctx, Viewer viewer, int pageNo, String error, String decided) {
        List<AlertDesk.Item> queue = readableQueue(viewer);
        List<AlertDesk.Item> items = logged(viewer, Paging.page(queue, pageNo));
        Map<String, String> names = labels.ofAll(viewer.account(),
                items.stream().flatMap(i -> i.alert().persons().stream()).map(Alert.AlertPerson::person));
        Map<String, String> links = reach.concernLinks(items.stream().map(AlertDesk.Item::alert).toList());
        pages.render(ctx, "alerts.jte", "Alerts", Map.of("items", items, "labels", names, "links", links,
                "outcomes", AlertDecision.OUTCOMES, "mayDecide", viewer.is(Role.SUPERVISOR), "error", error, "decided", decided,
                "pageNo", Paging.shown(pageNo, queue.size()), "pageCount", Paging.pageCount(queue.size()),
                "total", queue.size()));
    }

    /** The queue as this viewer may see it. */
    private List<AlertDesk.Item> readableQueue(Viewer viewer) {
        return desk.queue().stream().filter(i -> reach.mayRead(viewer.account(), i.alert())).toList();
    }

    /** {@code items}, once logged as a view of the queue and of each person and concern in them. */
    private List<AlertDesk.Item> logged(Viewer viewer, List<AlertDesk.Item> items) {
        log.logShowing(new Access(viewer.username(), "view alert queue", null, "alert triage"),
                reach.disclosedBy(items.stream().map(AlertDesk.Item::alert).toList()));
        return items;
    }

    /** Refuses a decision on an alert the viewer may not read: whoever decides must be able to see why. */
    private void requireReadable(Viewer viewer, String alertId) {
        desk.feed().alert(alertId).filter(a -> !reach.mayRead(viewer.account(), a)).ifPresent(a -> {
            throw WebException.forbidden("alert " + alertId + " draws on a concern restricted to a team you are not in");
        });
    }

    /** A decision from the queue's page {@code page}, which the supervisor is taken back to, decided or not. */
    private void decideForm(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        String id = ctx.pathParam("id");
        requireReadable(viewer, id);
        boolean fromItsPage = "0".equals(ctx.formParam("page")); // the alert's own page, not a page of the queue
        int pageNo = Paging.pageNumber(ctx.formParam("page"));
        try {
            desk.decide(id, ctx.formParam("outcome"), ctx.formParam("reason"), viewer.username());
        } catch (NoSuchElementException e) {
            throw WebException.notFound(e.getMessage());
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            if (fromItsPage) {
                renderSingle(ctx, viewer, id, "Your decision was not recorded: " + e.getMessage(), false);
            } else {
                render(ctx, viewer, pageNo, "Your decision was not recorded: " + e.getMessage());
            }
            return;
        }
        ctx.redirect(fromItsPage ? "/alerts/" + Web.path(id) + "?decided" : "/alerts?page=" + pageNo + "&decided="
                + Web.encode(id));
    }

    private void decideJson(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        requireReadable(viewer, ctx.pathParam("id"));
        JsonNode body;
        try {
            body = Web.JSON.readTree(ctx.bodyAsBytes());
        } catch (java.io.IOException e) {
            throw WebException.badRequest("the body is not JSON");
        }
        try {
            AlertDecision d = desk.decide(ctx.pathParam("id"), body.path("outcome").asText(null),
                    body.path("reason").asText(null), viewer.username());
            ctx.status(201);
            Web.json(ctx, d);
        } catch (NoSuchElementException e) {
            throw WebException.notFound(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest(e.getMessage());
        }
    }

    /** The whole queue, or with {@code ?page=K} the page the queue page shows (each logged as it is shown). */
    private void json(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        List<AlertDesk.Item> queue = readableQueue(viewer);
        if (ctx.queryParam("page") != null) {
            queue = Paging.page(queue, Paging.pageNumber(ctx.queryParam("page")));
        }
        Web.json(ctx, logged(viewer, queue).stream().map(AlertRoutes::item).toList());
    }

    /**
     * Alerts as spec §2.2 JSON Lines, logged with its purpose as one export listing each person and
     * concern in the alerts it holds, before it is sent.
     */
    private void export(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        String purpose = Web.purpose(ctx, "an alerts export");
        List<Alert> shown = desk.feed().alerts().stream().filter(a -> reach.mayRead(viewer.account(), a)).toList();
        log.logShowing(new Access(viewer.username(), "export alerts", null, purpose), reach.disclosedBy(shown));
        StringBuilder out = new StringBuilder();
        for (Alert a : shown) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("alert", a.id());
            line.put("kind", a.kind());
            line.put("raised", a.raised().toString());
            line.put("trigger", a.trigger());
            line.put("persons", a.persons().stream().map(p -> {
                Map<String, Object> person = new LinkedHashMap<>(); // spec §2.2's order, the same on every export
                person.put("person", p.person());
                person.put("role", p.role() == null ? "" : p.role());
                person.put("mentions", p.mentions());
                return person;
            }).toList());
            line.put("harm", a.harm());
            line.put("reasons", a.reasons());
            if (!a.updates().isEmpty()) {
                // As the alert's page shows them: when, what was new counted, and the harm after, without the ids of
                // the persons and records that were new, which the export's log entry does not list.
                line.put("changes", a.updates().stream().map(u -> {
                    Map<String, Object> update = new LinkedHashMap<>();
                    update.put("at", u.at().toString());
                    update.put("changes", u.what());
                    update.put("harm", u.harm());
                    return update;
                }).toList());
            }
            try {
                out.append(Web.JSON.writeValueAsString(line)).append('\n');
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        ctx.contentType("application/x-ndjson; charset=utf-8").result(out.toString());
    }

    private static Map<String, Object> item(AlertDesk.Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("alert", i.alert());
        m.put("decision", i.decision().orElse(null));
        m.put("escalation", i.escalation());
        m.put("firstSeen", i.firstSeen());
        return m;
    }

    static List<String> outcomes() {
        return AlertDecision.OUTCOMES;
    }
}
