package org.vigil.web.audit;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.vigil.ledger.Access;
import org.vigil.ledger.AuditReport;
import org.vigil.ledger.Ledger;
import org.vigil.log.Checkpoint;
import org.vigil.log.Hash;
import org.vigil.web.Pages;
import org.vigil.web.RouteTable;
import org.vigil.web.Web;
import org.vigil.web.WebException;
import org.vigil.web.auth.Role;
import org.vigil.web.auth.Viewer;
import org.vigil.web.ledger.AccessLog;
import org.vigil.web.ledger.Vault;

/**
 * "Who knew what, when" about a person or a concern, and what one person looked at (each access with its stated
 * purpose, checked against its log entry), inclusion proofs for any leaf, and the log's status and audit. Who-knew and
 * proofs are for supervisors and auditors only, and both are logged with their purpose before anything is shown: a
 * proof holds its entry in clear (who opened which person or concern, and when), so downloading one is a read like any
 * other, logged under {@link WhoKnew#proofTarget}.
 */
public final class AuditRoutes {
    private static final Role[] OVERSIGHT = {Role.SUPERVISOR, Role.AUDITOR};
    /** How many of one person's latest accesses are shown. */
    public static final int LOOKED_AT = 500;
    /** The target a look at one person's accesses is logged under: who looked at what they looked at. */
    private static final String ACTOR = "actor:";

    private final WhoKnew whoKnew;
    private final Vault vault;
    private final AccessLog log;
    private final Pages pages;

    public AuditRoutes(WhoKnew whoKnew, Vault vault, AccessLog log, Pages pages) {
        this.whoKnew = whoKnew;
        this.vault = vault;
        this.log = log;
        this.pages = pages;
    }

    public void install(RouteTable routes) {
        routes.get("/who-knew", this::page, OVERSIGHT);
        routes.get("/api/who-knew", this::json, OVERSIGHT);
        routes.get("/log/proof/{leaf}", this::proof, OVERSIGHT);
        routes.get("/api/log/proof/{leaf}", this::proof, OVERSIGHT);
        Role[] everyone = {Role.SUBMITTER, Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN};
        routes.get("/log", this::status, everyone);
        routes.post("/log/verify", this::verify, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN);
        routes.get("/api/log/checkpoint", ctx -> text(ctx, vault.latestCheckpoint()), everyone);
        routes.get("/api/log/key", ctx -> text(ctx, vault.verifierKey() + "\n"), everyone);
        routes.get("/api/log/consistency", this::consistency, everyone);
    }

    /**
     * The consistency proof from tree size {@code from} to {@code to}, one base64 hash a line as vigil consistency
     * writes it, so that whoever holds a receipt can check that a later checkpoint still holds its tree (spec §5). It
     * holds hashes only, so it is not logged as an access. {@code to} is required: every logged read adds to the log,
     * so a proof to "the latest" could lead past the checkpoint the caller fetched and fail as if the log were altered.
     */
    private void consistency(Context ctx) {
        long from = treeSize(Web.required(ctx.queryParam("from"), "from"));
        String to = ctx.queryParam("to");
        if (to == null || to.isBlank()) {
            throw WebException.badRequest("give to=, the size of the checkpoint the proof is to be checked against"
                    + " (/api/log/checkpoint): the latest moves on with every logged read");
        }
        List<Hash> proof;
        try {
            proof = vault.consistencyProof(from, treeSize(to));
        } catch (NoSuchElementException e) {
            throw WebException.notFound(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest(e.getMessage());
        }
        StringBuilder lines = new StringBuilder();
        proof.forEach(h -> lines.append(h.base64()).append('\n'));
        text(ctx, lines.toString());
    }

    private static long treeSize(String given) {
        try {
            return Long.parseLong(given.strip());
        } catch (NumberFormatException e) {
            throw WebException.badRequest("a tree size is a whole number, not \"" + given + "\"");
        }
    }

    private List<KnowledgeEvent> gather(Context ctx, String target) {
        Viewer viewer = Web.viewer(ctx);
        String purpose = Web.purpose(ctx, "who knew about " + target);
        List<KnowledgeEvent> events = whoKnew.about(target);
        log.logShowing(new Access(viewer.username(), "who knew", target, purpose), targetsOf(events));
        return events;
    }

    /**
     * What one person looked at, logged as an access to their account ({@code actor:NAME}) with its purpose: a page of
     * {@link #LOOKED_AT}, newest first, older than log entry {@code before} and at or before {@code until} (a date, the
     * end of that day in UTC, or an instant) when given, so an inquiry can read back to any week.
     */
    private List<KnowledgeEvent> gatherBy(Context ctx, String actor) {
        Viewer viewer = Web.viewer(ctx);
        String purpose = Web.purpose(ctx, "what " + actor + " looked at");
        List<KnowledgeEvent> events = whoKnew.by(actor, before(ctx), until(ctx), LOOKED_AT);
        log.logShowing(new Access(viewer.username(), "who looked", ACTOR + actor, purpose), targetsOf(events));
        return events;
    }

    /**
     * What a list of events discloses beside the person or account asked about: each event's target and what it showed
     * of those asked about (a view of P-000412 that showed the concern asked about names P-000412 beside it), but not
     * the markers that name no one ("every record", a proof's leaf, an account), which "who knew" looks up by.
     */
    private static List<String> targetsOf(List<KnowledgeEvent> events) {
        List<String> out = new ArrayList<>();
        for (KnowledgeEvent e : events) {
            out.add(e.target());
            out.addAll(e.showed());
        }
        out.removeIf(t -> t == null || Access.EVERY_RECORD.equals(t) || t.startsWith("leaf:") || t.startsWith(ACTOR));
        return out;
    }

    private static long before(Context ctx) {
        String given = ctx.queryParam("before");
        if (given == null || given.isBlank()) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(given.strip());
        } catch (NumberFormatException e) {
            throw WebException.badRequest("before is a log entry's number, not \"" + given + "\"");
        }
    }

    /** The {@code until} asked for, in microseconds since 1970 as the store keeps access times; no limit if none. */
    private static long until(Context ctx) {
        String given = ctx.queryParam("until");
        if (given == null || given.isBlank()) {
            return Long.MAX_VALUE;
        }
        String t = given.strip();
        try {
            Instant until = t.length() == 10 ? LocalDate.parse(t).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                    .minusNanos(1000) : OffsetDateTime.parse(t).toInstant();
            return Ledger.micros(until);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw WebException.badRequest("until is a date (2026-11-30) or a time with its zone"
                    + " (2026-11-30T17:00:00Z), not \"" + given + "\"");
        }
    }

    private void page(Context ctx) {
        String target = ctx.queryParam("target");
        String actor = ctx.queryParam("actor");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("target", target == null ? "" : target.strip());
        params.put("actor", actor == null ? "" : actor.strip());
        params.put("limit", LOOKED_AT);
        params.put("until", ctx.queryParam("until") == null ? "" : ctx.queryParam("until").strip());
        if (target != null && !target.isBlank()) {
            params.put("events", gather(ctx, target.strip()));
            params.put("asked", "target");
            params.put("purpose", Web.purpose(ctx, "who knew about " + target.strip()));
        } else if (actor != null && !actor.isBlank()) {
            params.put("events", gatherBy(ctx, actor.strip()));
            params.put("asked", "actor");
            params.put("purpose", Web.purpose(ctx, "what " + actor.strip() + " looked at"));
        } else {
            params.put("events", List.of());
            params.put("asked", "");
            params.put("purpose", "");
        }
        pages.render(ctx, "who_knew.jte", "Who knew what, when", params);
    }

    private void json(Context ctx) {
        String actor = ctx.queryParam("actor");
        if (actor != null && !actor.isBlank() && ctx.queryParam("target") == null) {
            List<KnowledgeEvent> events = gatherBy(ctx, actor.strip());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("actor", actor.strip());
            body.put("events", events);
            if (events.size() == LOOKED_AT) { // there may be more: the next page is older than the last shown
                body.put("older", events.get(events.size() - 1).leaf());
            }
            Web.json(ctx, body);
            return;
        }
        String target = Web.required(ctx.queryParam("target"), "target");
        Web.json(ctx, Map.of("target", target, "events", gather(ctx, target.strip())));
    }

    private void proof(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        long leaf;
        try {
            leaf = Long.parseLong(ctx.pathParam("leaf"));
        } catch (NumberFormatException e) {
            throw WebException.notFound("no log entry " + ctx.pathParam("leaf"));
        }
        String purpose = Web.purpose(ctx, "the proof of log entry " + leaf);
        String text;
        try {
            text = vault.proveLeaf(leaf).toText();
        } catch (java.util.NoSuchElementException e) {
            throw WebException.notFound(e.getMessage());
        }
        log.log(new Access(viewer.username(), "download proof", WhoKnew.proofTarget(leaf), purpose));
        ctx.header("Content-Disposition", "attachment; filename=\"leaf-" + leaf + ".tlog-proof\"");
        text(ctx, text);
    }

    private void status(Context ctx) {
        pages.render(ctx, "log.jte", "The log", statusParams(null));
    }

    private Map<String, Object> statusParams(AuditReport report) {
        String signed = vault.latestCheckpoint();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("checkpoint", signed);
        long size = 0;
        String root = "";
        if (!signed.isEmpty()) {
            Checkpoint c = Checkpoint.parse(signed.substring(0, signed.indexOf("\n\n") + 1));
            size = c.size();
            root = c.root().base64();
        }
        params.put("size", size);
        params.put("root", root);
        params.put("vkey", vault.verifierKey());
        params.put("origin", vault.origin());
        params.put("report", report);
        return params;
    }

    private void verify(Context ctx) {
        AuditReport report = vault.audit();
        pages.render(ctx, "log.jte", "The log", statusParams(report));
    }

    private static void text(Context ctx, String text) {
        ctx.contentType("text/plain; charset=utf-8").result(text);
    }
}
