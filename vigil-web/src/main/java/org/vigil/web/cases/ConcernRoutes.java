package org.vigil.web.cases;

import io.javalin.http.Context;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.concern.InvalidRecordException;
import org.vigil.concern.ParsedRecord;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Vocabulary;
import org.vigil.ledger.Access;
import org.vigil.store.StoredRecord;
import org.vigil.web.Pages;
import org.vigil.web.RouteTable;
import org.vigil.web.Web;
import org.vigil.web.WebException;
import org.vigil.web.access.CaseRestrictions;
import org.vigil.web.access.NeedToKnow;
import org.vigil.web.auth.Accounts;
import org.vigil.web.auth.Role;
import org.vigil.web.auth.Viewer;
import org.vigil.web.intake.Drafts;
import org.vigil.web.ledger.AccessLog;
import org.vigil.web.ledger.Vault;
import org.vigil.web.person.PersonDirectory;

/** A concern's page and JSON (each read logged with its purpose), a submitter's list, and case restriction. */
public final class ConcernRoutes {
    private static final Role[] READERS = {Role.SUBMITTER, Role.ANALYST, Role.SUPERVISOR};

    private final Vault vault;
    private final CaseIndex cases;
    private final NeedToKnow needToKnow;
    private final CaseRestrictions restrictions;
    private final Accounts accounts;
    private final PersonDirectory persons;
    private final AccessLog log;
    private final Pages pages;

    public ConcernRoutes(Vault vault, CaseIndex cases, NeedToKnow needToKnow, CaseRestrictions restrictions,
                         Accounts accounts, PersonDirectory persons, AccessLog log, Pages pages) {
        this.vault = vault;
        this.cases = cases;
        this.needToKnow = needToKnow;
        this.restrictions = restrictions;
        this.accounts = accounts;
        this.persons = persons;
        this.log = log;
        this.pages = pages;
    }

    public void install(RouteTable routes) {
        routes.get("/concerns", this::list, Role.SUBMITTER);
        routes.get("/concerns/<id>", this::page, READERS);
        routes.get("/api/concerns/<id>", this::json, READERS);
        routes.post("/concerns/<id>/restrict", this::restrict, Role.SUPERVISOR);
        routes.post("/concerns/<id>/unrestrict", this::unrestrict, Role.SUPERVISOR);
    }

    /** A submitter's own agency's latest concerns: ids and times only, no personal data, so no purpose asked. */
    private void list(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        List<ConcernCard> ours = cases.concernsInLogOrder().stream()
                .filter(c -> needToKnow.mayRead(viewer.account(), c))
                .sorted(Comparator.comparingLong(ConcernCard::leaf).reversed()).limit(200).toList();
        pages.render(ctx, "concerns.jte", "Our concerns", Map.of("concerns", ours));
    }

    private record Opened(ConcernCard card, ParsedRecord record, StoredRecord stored, NeedToKnow.Reach reach) {
    }

    private Opened open(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        String id = ctx.pathParam("id");
        ConcernCard card = cases.concern(id).orElseThrow(() -> WebException.notFound(NeedToKnow.NOT_FOUND + id));
        NeedToKnow.Reach reach = needToKnow.requireRead(viewer.account(), card);
        String purpose = Web.purpose(ctx, "concern " + id);
        StoredRecord stored = vault.read(store -> store.record(id)).orElseThrow();
        log.log(new Access(viewer.username(), reach == NeedToKnow.Reach.READ_BY_BREAK_GLASS
                ? "view concern (break glass)" : "view concern", id, purpose));
        try {
            return new Opened(card, new RecordParser().parse(stored.raw()).record(), stored, reach);
        } catch (InvalidRecordException e) {
            throw new IllegalStateException("stored concern " + id + " no longer parses", e);
        }
    }

    private void page(Context ctx) {
        Opened o = open(ctx);
        Map<String, String> personOf = new LinkedHashMap<>();
        o.card().mentions().forEach(m -> persons.personOf(m.key()).ifPresent(p -> personOf.put(m.ref(), p)));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("concern", o.record());
        params.put("card", o.card());
        params.put("decisions", cases.decisionsOn(o.card().id()));
        params.put("personOf", personOf);
        params.put("restriction", restrictions.of(o.card().id())
                .or(() -> restrictions.of(cases.reportOf(o.card().id()))).orElse(null));
        params.put("corrections", cases.correctionsOf(o.card().id()));
        params.put("teams", accounts.teams());
        params.put("breakGlass", o.reach() == NeedToKnow.Reach.READ_BY_BREAK_GLASS);
        params.put("purpose", Web.purpose(ctx, o.card().id()));
        params.put("sha256", java.util.HexFormat.of().formatHex(o.stored().sha256()));
        params.put("outcomes", Vocabulary.OUTCOMES.stream().sorted().toList());
        params.put("draft", Drafts.next());
        pages.render(ctx, "concern.jte", "Concern " + o.card().id(), params);
    }

    private void json(Context ctx) {
        Opened o = open(ctx);
        try {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", o.card().id());
            out.put("leaf", o.stored().leaf());
            out.put("sha256", java.util.HexFormat.of().formatHex(o.stored().sha256()));
            out.put("record", Web.JSON.readTree(o.stored().raw()));
            out.put("decisions", cases.decisionsOn(o.card().id()));
            Web.json(ctx, out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Restricting or lifting needs the supervisor to read the concern first (their team, or break glass, which is
     * reviewed): otherwise lifting another team's restriction would open the case without a break-glass review. A
     * restriction is put on the report the concern belongs to (its first version), so it holds for every correction of
     * it too, which names the same children.
     */
    private void restrict(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        String id = ctx.pathParam("id");
        needToKnow.requireRead(viewer.account(), cases.concern(id).orElseThrow(() -> WebException.notFound("no concern "
                + id)));
        String team = Web.required(ctx.formParam("team"), "team");
        if (!accounts.teams().contains(team)) {
            throw WebException.badRequest("no team \"" + team + "\"");
        }
        String reason = Web.required(ctx.formParam("reason"), "reason");
        log.log(new Access(viewer.username(), "restrict case", id, "to " + team + ": " + reason));
        restrictions.restrict(cases.reportOf(id), team, reason, viewer.username());
        ctx.redirect(Web.back("/concerns/" + Web.path(id), ctx));
    }

    private void unrestrict(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        String id = ctx.pathParam("id");
        needToKnow.requireRead(viewer.account(), cases.concern(id).orElseThrow(() -> WebException.notFound("no concern "
                + id)));
        String reason = Web.required(ctx.formParam("reason"), "reason");
        log.log(new Access(viewer.username(), "lift case restriction", id, reason));
        restrictions.lift(id);
        restrictions.lift(cases.reportOf(id));
        ctx.redirect(Web.back("/concerns/" + Web.path(id), ctx));
    }
}
