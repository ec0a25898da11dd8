package org.vigil.web.intake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.concern.Vocabulary;
import org.vigil.ledger.Access;
import org.vigil.web.Pages;
import org.vigil.web.RouteTable;
import org.vigil.web.Web;
import org.vigil.web.WebException;
import org.vigil.web.access.NeedToKnow;
import org.vigil.web.auth.Role;
import org.vigil.web.auth.Viewer;
import org.vigil.web.cases.CaseIndex;
import org.vigil.web.cases.ConcernCard;
import org.vigil.web.ledger.AccessLog;
import org.vigil.web.ledger.Vault;

/** The intake form, its JSON API, receipt downloads and the offline receipt checker. */
public final class IntakeRoutes {
    private static final Role[] SUBMITTING = {Role.SUBMITTER, Role.ANALYST, Role.SUPERVISOR};
    /** Who may record a decision on a concern: its agency's own staff, and supervisors. Analysts advise. */
    public static final Role[] DECIDING = {Role.SUBMITTER, Role.SUPERVISOR};
    private static final int MAX_LINES = 10_000;
    /** The fewest characters a decision's reason may have: the decision form's minimum, and the alert desk's. */
    private static final int MIN_REASON = 5;
    private static final ObjectReader ONE_VALUE = Web.JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Intake intake;
    private final Vault vault;
    private final CaseIndex cases;
    private final NeedToKnow needToKnow;
    private final AccessLog log;
    private final Pages pages;
    private final Clock clock;

    public IntakeRoutes(Intake intake, Vault vault, CaseIndex cases, NeedToKnow needToKnow, AccessLog log, Pages pages,
                        Clock clock) {
        this.intake = intake;
        this.vault = vault;
        this.cases = cases;
        this.needToKnow = needToKnow;
        this.log = log;
        this.pages = pages;
        this.clock = clock;
    }

    public void install(RouteTable routes) {
        routes.get("/intake", this::form, SUBMITTING);
        routes.post("/intake", this::submitForm, SUBMITTING);
        routes.post("/api/concerns", this::submitApi, SUBMITTING);
        routes.post("/concerns/<id>/decision", this::decide, DECIDING);
        routes.get("/receipts/check", this::checker, Role.SUBMITTER, Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR,
                Role.ADMIN);
        routes.get("/receipts/<file>", ctx -> receipt(ctx, ctx.pathParam("file")), Role.SUBMITTER, Role.ANALYST,
                Role.SUPERVISOR);
        routes.get("/api/receipts/<id>", ctx -> receipt(ctx, ctx.pathParam("id")), Role.SUBMITTER, Role.ANALYST,
                Role.SUPERVISOR);
    }

    private void form(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        pages.render(ctx, "intake.jte", "Submit a concern", Map.of(
                "draft", Drafts.next(),
                "agency", viewer.account().agency() == null ? "" : viewer.account().agency(),
                "indicators", Vocabulary.INDICATORS.stream().sorted().toList(),
                "roles", List.of("victim", "suspect", "associate", "witness", "reporter", "other"),
                "placeKinds", Vocabulary.PLACE_KINDS.stream().sorted().toList(),
                "subjects", List.of(1, 2, 3)));
    }

    private void submitForm(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        String raw = ctx.formParam("raw");
        boolean pasted = raw != null && !raw.isBlank();
        if (pasted && ConcernForm.typedIn(ctx)) {
            throw WebException.badRequest("the form was filled in and a record pasted as well: send one or the other;"
                    + " nothing was stored");
        }
        Instant now = clock.instant();
        Optional<Intake.Outcome> again = pasted || !ConcernForm.idFromDraft(ctx) ? Optional.empty()
                : intake.alreadySent(viewer.account(), ConcernForm.id(ctx, viewer.account(), now));
        List<Intake.Outcome> outcomes = again.isPresent() ? List.of(again.get()) : intake.submit(viewer.account(),
                pasted ? lines(raw.getBytes(StandardCharsets.UTF_8)) : List.of(ConcernForm.line(ctx, viewer.account(), now)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Intake.Outcome o : outcomes) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("outcome", o);
            row.put("receipt", o.accepted() ? vault.receipt(o.id()).toText() : "");
            rows.add(row);
        }
        long rejected = outcomes.stream().filter(o -> !o.accepted()).count();
        if (rejected > 0) {
            ctx.status(422);
        }
        String title = rejected == 0 ? "Submitted" : rejected == outcomes.size() ? "Not accepted" : "Partly accepted";
        pages.render(ctx, "intake_done.jte", title, Map.of("rows", rows, "vkey", vault.verifierKey(),
                "rejected", rejected > 0));
    }

    /**
     * A decision on a concern, made by the person logged in, with a reason (DPA 2018 ss.49-50): stored and logged as a
     * decision record of spec §1.2 whose {@code by} is the account, so the record and the log name the same person.
     * Its id is the concern's with the form's draft number, so the form sent twice records one decision.
     */
    private void decide(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        String concernId = ctx.pathParam("id");
        ConcernCard concern = cases.concern(concernId).orElseThrow(() -> WebException.notFound(NeedToKnow.NOT_FOUND
                + concernId));
        needToKnow.requireRead(viewer.account(), concern);
        String outcome = Web.required(ctx.formParam("outcome"), "outcome");
        String reason = Web.required(ctx.formParam("reason"), "reason");
        if (reason.length() < MIN_REASON) {
            throw WebException.badRequest("a decision needs a reason (DPA 2018 ss.49-50): say why, in words");
        }
        String draft = ctx.formParam("draft");
        String id = concernId + "-D" + (Drafts.is(draft) ? draft : Drafts.next());
        if (intake.alreadySent(viewer.account(), id).isEmpty()) {
            Intake.Outcome o = intake.submit(viewer.account(), List.of(DecisionForm.line(viewer.account(), id, concernId,
                    clock.instant(), outcome, reason))).get(0);
            if (!o.accepted()) {
                throw new WebException(422, "the decision was not recorded: " + o.reason());
            }
        }
        ctx.redirect(Web.back("/concerns/" + Web.path(concernId), ctx));
    }

    private void submitApi(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        byte[] body = body(ctx);
        Optional<byte[]> compact = compacted(body);
        List<Numbered> lines = compact.isPresent() ? List.of(new Numbered(compact.get(), 1)) : numbered(body);
        if (lines.isEmpty()) {
            throw WebException.badRequest("send one record as JSON, or several as JSON Lines");
        }
        List<Intake.Outcome> outcomes = intake.submit(viewer.account(), lines.stream().map(Numbered::bytes).toList());
        List<Map<String, Object>> results = new ArrayList<>();
        for (Intake.Outcome o : outcomes) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("line", lines.get(o.line() - 1).line()); // the line of the body, blank lines counted
            r.put("id", o.id());
            r.put("status", o.status());
            if (o.accepted()) {
                r.put("leaf", o.leaf());
                r.put("receipt", vault.receipt(o.id()).toText());
                // The receipt commits to the record as stored; a record sent pretty-printed is stored as one line,
                // which the sender never had, so it is given back: the bytes to check the receipt against.
                compact.ifPresent(stored -> r.put("stored", new String(stored, StandardCharsets.UTF_8)));
            } else {
                r.put("reason", o.reason());
            }
            results.add(r);
        }
        boolean allAccepted = outcomes.stream().allMatch(Intake.Outcome::accepted);
        ctx.status(allAccepted ? 201 : outcomes.stream().anyMatch(Intake.Outcome::accepted) ? 207 : 422);
        Web.json(ctx, Map.of("results", results, "verifierKey", vault.verifierKey()));
    }

    /** The largest body a gzip-compressed request may inflate to. */
    private static final int MAX_INFLATED = 64 << 20;

    /**
     * The request's body, inflated if it was sent gzip-compressed (spec §1 allows {@code .jsonl.gz} files: a
     * {@code Content-Encoding} or {@code Content-Type} of gzip, or the gzip magic bytes), up to {@link #MAX_INFLATED}.
     */
    private static byte[] body(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        String encoding = String.valueOf(ctx.header("Content-Encoding")) + " " + ctx.contentType();
        boolean gzip = encoding.contains("gzip") || body.length >= 2 && (body[0] & 0xFF) == 0x1f && (body[1] & 0xFF) == 0x8b;
        if (!gzip) {
            return body;
        }
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            byte[] inflated = in.readNBytes(MAX_INFLATED + 1);
            if (inflated.length > MAX_INFLATED) {
                throw new WebException(413, "the body inflates to more than " + (MAX_INFLATED >> 20)
                        + " MiB; use vigil ingest for more");
            }
            return inflated;
        } catch (java.io.IOException e) {
            throw WebException.badRequest("the body was sent as gzip but does not inflate: " + e.getMessage());
        }
    }

    /** One record's bytes and the line of the body it was on, blank lines counted. */
    record Numbered(byte[] bytes, int line) {
    }

    /** The body's records ({@link #numbered}) without their line numbers. */
    static List<byte[]> lines(byte[] body) {
        Optional<byte[]> compact = compacted(body);
        return compact.isPresent() ? List.of(compact.get()) : numbered(body).stream().map(Numbered::bytes).toList();
    }

    /**
     * Splits a body into its non-blank lines, each with its line number (blank lines counted, as a file's are); a
     * single pretty-printed JSON object is dealt with before ({@link #compacted}). Lines are cut from the bytes as
     * sent, never from decoded text: a line that is not UTF-8 reaches the parser unchanged and is rejected as
     * {@code vigil ingest} rejects it, rather than stored with its bad bytes replaced (which would no longer be the
     * record as received, nor match its receipt).
     */
    static List<Numbered> numbered(byte[] body) {
        List<Numbered> out = new ArrayList<>();
        int from = 0;
        int line = 1;
        for (int i = 0; i <= body.length; i++) {
            if (i < body.length && body[i] != '\n') {
                continue;
            }
            if (!blank(body, from, i)) {
                out.add(new Numbered(Arrays.copyOfRange(body, from, i), line));
            }
            from = i + 1;
            line++;
            if (out.size() > MAX_LINES) {
                throw WebException.badRequest("at most " + MAX_LINES + " records per request; use vigil ingest for more");
            }
        }
        return out;
    }

    /**
     * One record sent pretty-printed, as the line of JSON Lines it is stored as; empty if the body is not one object
     * over several lines. Anything after the first object (the next record of JSON Lines) makes it not one record, so
     * no record is dropped.
     */
    private static Optional<byte[]> compacted(byte[] body) {
        String text = strictUtf8(body);
        if (text != null && text.strip().startsWith("{") && text.strip().contains("\n")) {
            try {
                return Optional.of(Web.JSON.writeValueAsBytes(ONE_VALUE.readTree(text)));
            } catch (IOException e) {
                // Not one object after all: line by line.
            }
        }
        return Optional.empty();
    }

    /** The body as UTF-8, or null if it is not UTF-8. */
    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Whether bytes {@code from} to {@code to} are all ASCII white space. */
    private static boolean blank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0b) {
                return false;
            }
        }
        return true;
    }

    /**
     * A record's receipt, to whoever may read the concern it is, or the concern it is a decision on (its entry says who
     * recorded what, when); a record the store holds under no concern it knows, to those who read cases.
     */
    private void receipt(Context ctx, String file) {
        Viewer viewer = Web.viewer(ctx);
        String id = file.endsWith(".tlog-proof") ? file.substring(0, file.length() - ".tlog-proof".length()) : file;
        ConcernCard concern = cases.concern(id)
                .or(() -> cases.decision(id).flatMap(d -> cases.concern(d.concernId()))).orElse(null);
        if (concern == null ? !viewer.role().readsCases()
                : viewer.role() == Role.SUBMITTER && !needToKnow.mayRead(viewer.account(), concern)) {
            // What a partner is told of an id nobody used, naming the id it asked for, not the concern behind it.
            throw WebException.notFound(NeedToKnow.NOT_FOUND + id);
        }
        if (concern != null) {
            needToKnow.requireRead(viewer.account(), concern);
        }
        String text;
        try {
            text = vault.receipt(id).toText();
        } catch (java.util.NoSuchElementException e) {
            throw WebException.notFound("no record with id " + id);
        }
        log.log(new Access(viewer.username(), "receipt", id, "receipt download"));
        ctx.contentType("text/plain; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + id.replaceAll("[^A-Za-z0-9._-]", "_")
                + ".tlog-proof\"");
        ctx.result(text);
    }

    private void checker(Context ctx) {
        pages.render(ctx, "receipt_check.jte", "Check a receipt", Map.of("vkey", vault.verifierKey(),
                "origin", vault.origin()));
    }
}
