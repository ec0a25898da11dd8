package org.vigil.web.intake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.vigil.concern.Vocabulary;
import org.vigil.web.Web;
import org.vigil.web.WebException;
import org.vigil.web.auth.Account;

/**
 * Turns the intake form into one interchange line (spec §1.1). The author is the logged-in account; a partner
 * submitter's agency is their own. Up to {@value #SUBJECTS} subjects and one place; subjects ticked "at the place"
 * reference it. Blank fields are left out, so validation is the core parser's, exactly as for a file.
 */
final class ConcernForm {
    static final int SUBJECTS = 3;

    private ConcernForm() {
    }

    /**
     * Whether anything was typed into the form's own fields (a subject, the narrative, a place, an offence): a record
     * pasted beside them would otherwise be sent alone, and what was typed silently dropped.
     */
    static boolean typedIn(Context ctx) {
        for (String field : List.of("narrative", "p_name", "p_address", "offences", "id")) {
            if (!blank(ctx.formParam(field))) {
                return true;
            }
        }
        for (int i = 1; i <= SUBJECTS; i++) {
            String p = "s" + i + "_";
            for (String field : List.of("name", "born", "age", "phones", "vrm", "vehicle", "address")) {
                if (!blank(ctx.formParam(p + field))) {
                    return true;
                }
            }
        }
        return false;
    }

    static byte[] line(Context ctx, Account account, Instant now) {
        ObjectNode c = Web.JSON.createObjectNode();
        c.put("type", "concern");
        String agency = agency(ctx, account);
        c.put("id", id(ctx, account, now));
        c.put("received", received(ctx.formParam("received"), now));
        c.put("agency", agency);
        ObjectNode author = c.putObject("author");
        author.put("id", account.username());
        author.put("name", account.displayName());
        author.put("role", account.role().label());
        ArrayNode subjects = c.putArray("subjects");
        boolean placeGiven = !blank(ctx.formParam("p_kind")) && (!blank(ctx.formParam("p_name"))
                || !blank(ctx.formParam("p_address")));
        for (int i = 1; i <= SUBJECTS; i++) {
            String p = "s" + i + "_";
            if (blank(ctx.formParam(p + "name")) && blank(ctx.formParam(p + "born")) && blank(ctx.formParam(p + "phones"))
                    && blank(ctx.formParam(p + "vrm")) && blank(ctx.formParam(p + "age"))) {
                continue;
            }
            ObjectNode s = subjects.addObject();
            s.put("ref", "s" + i);
            s.put("role", orDefault(ctx.formParam(p + "role"), "other"));
            put(s, "name", ctx.formParam(p + "name"));
            put(s, "born", ctx.formParam(p + "born"));
            String age = ctx.formParam(p + "age");
            if (!blank(age)) {
                try {
                    s.put("age", Integer.parseInt(age.strip()));
                } catch (NumberFormatException e) {
                    throw WebException.badRequest("subject " + i + ": age \"" + age + "\" is not a whole number");
                }
            }
            put(s, "sex", ctx.formParam(p + "sex"));
            put(s, "address", ctx.formParam(p + "address"));
            List<String> phones = list(ctx.formParam(p + "phones"));
            if (!phones.isEmpty()) {
                ArrayNode a = s.putArray("phones");
                phones.forEach(a::add);
            }
            if (!blank(ctx.formParam(p + "vrm")) || !blank(ctx.formParam(p + "vehicle"))) {
                ObjectNode v = s.putArray("vehicles").addObject();
                put(v, "vrm", ctx.formParam(p + "vrm"));
                put(v, "description", ctx.formParam(p + "vehicle"));
            }
            if (placeGiven && ctx.formParam(p + "at_place") != null) {
                s.putArray("places").add("p1");
            }
        }
        if (placeGiven) {
            ObjectNode place = c.putArray("places").addObject();
            place.put("ref", "p1");
            place.put("kind", ctx.formParam("p_kind").strip());
            put(place, "name", ctx.formParam("p_name"));
            put(place, "address", ctx.formParam("p_address"));
        }
        List<String> indicators = ctx.formParams("indicators").stream().filter(Vocabulary.INDICATORS::contains).toList();
        if (!indicators.isEmpty()) {
            ArrayNode a = c.putArray("indicators");
            indicators.forEach(a::add);
        }
        List<String> offences = list(ctx.formParam("offences"));
        if (!offences.isEmpty()) {
            ArrayNode a = c.putArray("offences");
            offences.forEach(a::add);
        }
        if (!blank(ctx.formParam("g_source")) || !blank(ctx.formParam("g_intelligence"))
                || !blank(ctx.formParam("g_handling"))) {
            ObjectNode g = c.putObject("grading");
            put(g, "source", ctx.formParam("g_source"));
            put(g, "intelligence", ctx.formParam("g_intelligence"));
            put(g, "handling", ctx.formParam("g_handling"));
        }
        put(c, "narrative", ctx.formParam("narrative"));
        // The spec lets a file's concern name no one; a form sent with nothing filled in is a slip, not a concern, and
        // once stored and logged it could never be taken back.
        if (subjects.isEmpty() && !placeGiven && !c.has("indicators") && !c.has("offences") && !c.has("narrative")) {
            throw WebException.badRequest("the form is empty: name a person, a place, an indicator or an offence, or"
                    + " say what happened");
        }
        try {
            return Web.JSON.writeValueAsString(c).getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the concern", e);
        }
    }

    private static String agency(Context ctx, Account account) {
        return account.agency() != null ? account.agency() : Web.required(ctx.formParam("agency"), "agency");
    }

    /**
     * The concern's id: the reference typed, or else one made from the form's draft number, given when the form was
     * shown, so that the same form sent twice (a double click, a refresh) names the same concern twice.
     */
    static String id(Context ctx, Account account, Instant now) {
        String typed = ctx.formParam("id");
        if (typed != null && !typed.isBlank()) {
            return typed.strip();
        }
        String digits = idFromDraft(ctx) ? ctx.formParam("draft") : Drafts.next();
        return initials(agency(ctx, account)) + "-" + now.atOffset(ZoneOffset.UTC).getYear() + "-W" + digits;
    }

    /** Whether the form's id is made from its draft number: no reference was typed, and the form has one. */
    static boolean idFromDraft(Context ctx) {
        String typed = ctx.formParam("id");
        String draft = ctx.formParam("draft");
        return (typed == null || typed.isBlank()) && Drafts.is(draft);
    }

    /** The agency's initials, as its ids begin: "Youth Project" gives "YP". */
    private static String initials(String agency) {
        StringBuilder initials = new StringBuilder();
        for (String word : agency.strip().split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        if (initials.isEmpty()) {
            initials.append("C");
        }
        return initials.toString();
    }

    /** The form's local date-time, read as UTC (the form says so), or now. */
    private static String received(String value, Instant now) {
        if (blank(value)) {
            return now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        }
        try {
            return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            return value.strip();
        }
    }

    private static List<String> list(String commaSeparated) {
        if (blank(commaSeparated)) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void put(ObjectNode node, String field, String value) {
        if (!blank(value)) {
            node.put(field, value.strip());
        }
    }

    private static String orDefault(String value, String fallback) {
        return blank(value) ? fallback : value.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
