package org.vigil.web.person;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.ledger.Access;
import org.vigil.people.PersonSplits;
import org.vigil.store.PersonSplit;
import org.vigil.web.Pages;
import org.vigil.web.RouteTable;
import org.vigil.web.Web;
import org.vigil.web.WebException;
import org.vigil.web.access.NeedToKnow;
import org.vigil.web.alert.Alert;
import org.vigil.web.auth.Role;
import org.vigil.web.auth.Viewer;
import org.vigil.web.cases.CaseIndex;
import org.vigil.web.cases.MentionCard;
import org.vigil.web.intake.Intake;
import org.vigil.web.ledger.AccessLog;

/** The person page and its JSON, the network graph, and the persons export. Every one is logged with its purpose. */
public final class PersonRoutes {
    private static final int GRAPH_LIMIT = 150;

    private final PersonFile files;
    private final NetworkGraph graph;
    private final PersonDirectory persons;
    private final CaseIndex cases;
    private final NeedToKnow needToKnow;
    private final AccessLog log;
    private final Pages pages;
    private final Intake intake;

    public PersonRoutes(PersonFile files, NetworkGraph graph, PersonDirectory persons, CaseIndex cases,
                        NeedToKnow needToKnow, AccessLog log, Pages pages, Intake intake) {
        this.intake = intake;
        this.files = files;
        this.graph = graph;
        this.persons = persons;
        this.cases = cases;
        this.needToKnow = needToKnow;
        this.log = log;
        this.pages = pages;
    }

    public void install(RouteTable routes) {
        routes.get("/persons/{id}", this::page, Role.ANALYST, Role.SUPERVISOR);
        routes.post("/persons/{id}/split", this::split, Role.SUPERVISOR);
        routes.post("/api/persons/{id}/split", this::splitJson, Role.SUPERVISOR);
        routes.post("/persons/{id}/unsplit", this::unsplit, Role.SUPERVISOR);
        routes.post("/api/persons/{id}/unsplit", this::unsplitJson, Role.SUPERVISOR);
        routes.get("/api/persons/{id}", this::json, Role.ANALYST, Role.SUPERVISOR);
        routes.get("/api/persons/{id}/graph", this::graphJson, Role.ANALYST, Role.SUPERVISOR);
        routes.get("/api/export/persons", this::export, Role.ANALYST, Role.SUPERVISOR);
    }

    /** The file of the person in the path, as this viewer may see it, not yet logged or shown. */
    private PersonFile.View file(Context ctx) {
        String id = ctx.pathParam("id");
        return files.open(id, Web.viewer(ctx).account(), graph)
                .orElseThrow(() -> WebException.notFound("no person " + id + " that you may see"));
    }

    private NetworkGraph.Graph graphOf(Context ctx, PersonFile.View view) {
        return graph.around(view.personId(), c -> needToKnow.mayRead(Web.viewer(ctx).account(), c), GRAPH_LIMIT);
    }

    /**
     * Logs the view of a person before it is shown (DPA 2018 s.62): one access to the person listing each concern,
     * person and alert-quoted concern the response shows with them ({@code shown}), so "who knew" about any of those
     * lists it too (a concern's narrative and a graph's labels disclose the people named in them).
     */
    private void logShowing(Context ctx, PersonFile.View view, String action, List<String> shown) {
        String id = ctx.pathParam("id");
        log.logShowing(new Access(Web.viewer(ctx).username(), action + (view.anyBreakGlass() ? " (break glass)" : ""),
                id, Web.purpose(ctx, "person " + id)), shown);
    }

    /** What a person's file shows besides the person: the concerns of its evidence, and what its alerts quote. */
    private List<String> shownBy(PersonFile.View view) {
        List<String> shown = new ArrayList<>(view.concernIds());
        for (Alert a : view.alerts()) {
            a.persons().forEach(p -> shown.add(p.person()));
            shown.add(a.trigger());
            a.mentions().forEach(m -> cases.mention(m).ifPresent(card -> shown.add(card.concernId())));
        }
        return shown;
    }

    /** The persons and concerns a network graph shows (phones, vehicles and places name no one). */
    private static List<String> shownBy(NetworkGraph.Graph g) {
        List<String> shown = new ArrayList<>();
        for (NetworkGraph.Node n : g.nodes()) {
            if (n.kind().equals("person")) {
                shown.add(n.id());
            } else if (n.kind().equals("concern")) {
                shown.add(n.label());
            }
        }
        return shown;
    }

    private void page(Context ctx) {
        if (sentOnToTheCurrentPerson(ctx)) {
            return;
        }
        String split = ctx.queryParam("split");
        render(ctx, "", split != null && split.matches("P-\\d{6,}") ? split : "");
    }

    /**
     * A person id that a merge retired (an alert names its persons as they were when it was raised, spec §2.2) is sent
     * on to the person its mentions make up now, with the same purpose and {@code merged=} naming the id asked for,
     * which the page says; nothing is logged or shown until that page. True when the request was sent on.
     */
    private boolean sentOnToTheCurrentPerson(Context ctx) {
        String id = ctx.pathParam("id");
        String now = persons.current(id).orElse(id);
        if (now.equals(id)) {
            return false;
        }
        String prefix = ctx.path().substring(0, ctx.path().indexOf("/persons/") + "/persons/".length());
        String rest = ctx.path().substring(prefix.length() + id.length());
        String query = ctx.queryString() == null ? "" : ctx.queryString().replaceAll("(^|&)merged=[^&]*", "");
        ctx.redirect(prefix + Web.path(now) + rest + "?" + (query.isEmpty() ? "" : query.replaceFirst("^&", "") + "&")
                + "merged=" + Web.encode(id));
        return true;
    }

    /** The retired id the request was sent on from, when it is one that now stands for this person; else empty. */
    private String mergedInto(Context ctx, String personId) {
        String merged = ctx.queryParam("merged");
        return merged != null && !merged.equals(personId) && persons.current(merged).filter(personId::equals).isPresent()
                ? merged : "";
    }

    /**
     * Shows the person's file, with {@code error} (a split that could not be made) or {@code splitOff} (the person the
     * mentions just split off went to) when not empty.
     */
    private void render(Context ctx, String error, String splitOff) {
        PersonFile.View view = file(ctx);
        NetworkGraph.Graph g = graphOf(ctx, view);
        List<String> shown = shownBy(view);
        shown.addAll(shownBy(g));
        List<SplitShown> splits = new ArrayList<>();
        for (PersonSplit split : intake.splitsOf(view.personId())) {
            // The page names each split's new person and the mentions it took that the viewer may read, whose keys
            // name their concerns; the others it counts.
            List<String> readable = split.splitOff().stream()
                    .filter(m -> cases.mention(m).map(card -> mayRead(ctx, card)).orElse(false)).toList();
            splits.add(new SplitShown(split, readable, split.splitOff().size() - readable.size()));
            shown.add(split.newPerson());
            readable.forEach(m -> cases.mention(m).ifPresent(card -> shown.add(card.concernId())));
        }
        // The notices name the retired id the request came from and the person a split just made.
        String merged = mergedInto(ctx, view.personId());
        for (String named : List.of(merged, splitOff)) {
            if (!named.isEmpty()) {
                shown.add(named);
            }
        }
        logShowing(ctx, view, "view person", shown);
        String elements;
        try {
            elements = Web.JSON.writeValueAsString(g.elements());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        pages.render(ctx, "person.jte", view.label(), Map.of("view", view, "graph", g, "elements", elements,
                "purpose", Web.purpose(ctx, view.personId()), "error", error, "splitOff", splitOff,
                "splits", splits, "merged", merged));
    }

    /**
     * A split as the person's page shows it: {@code readable}, the mentions it split off that the viewer may read, and
     * how many more it took from concerns restricted from them.
     */
    public record SplitShown(PersonSplit split, List<String> readable, int withheld) {
    }

    /** Whether the viewer may read the concern {@code mention} is in. */
    private boolean mayRead(Context ctx, MentionCard mention) {
        return cases.concern(mention.concernId()).map(c -> needToKnow.mayRead(Web.viewer(ctx).account(), c)).orElse(false);
    }

    /**
     * A supervisor's decision that the mentions ticked on the person's page are someone else: stored and logged with
     * its reason (DPA 2018 ss.49-50), and the person, its graph and the alerts worked out again. Only mentions the
     * supervisor may read can be ticked; a mention in a concern restricted from them stays with the side that keeps
     * the id.
     */
    private void split(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        PersonFile.View view = file(ctx);
        String purpose = Web.purpose(ctx, view.personId());
        List<String> chosen = ctx.formParams("mention");
        requireReadable(view, chosen);
        PersonSplits.Outcome outcome;
        try {
            outcome = intake.split(viewer.account(), chosen, ctx.formParam("reason"));
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            render(ctx, e.getMessage(), "");
            return;
        }
        PersonSplit s = outcome.split();
        boolean keptHere = s.person().equals(view.personId());
        ctx.redirect("/persons/" + Web.path(keptHere ? s.person() : s.newPerson()) + "?purpose=" + Web.encode(purpose)
                + "&split=" + Web.encode(s.newPerson()));
    }

    /** The same decision as {@link #split}, as JSON: {@code {"mentions": [...], "reason": "..."}}. */
    private void splitJson(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        PersonFile.View view = file(ctx);
        JsonNode body = jsonBody(ctx);
        List<String> chosen = new ArrayList<>();
        body.path("mentions").forEach(m -> chosen.add(m.asText()));
        requireReadable(view, chosen);
        PersonSplits.Outcome outcome;
        try {
            outcome = intake.split(viewer.account(), chosen, body.path("reason").asText(null));
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest(e.getMessage());
        }
        PersonSplit s = outcome.split();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("leaf", s.leaf());
        out.put("person", s.person());
        out.put("new_person", s.newPerson());
        out.put("split_off", s.splitOff());
        out.put("rest", s.rest());
        out.put("moved", outcome.moved().stream().map(l -> Map.of("mention", l.mention(), "person", l.person())).toList());
        ctx.status(201);
        Web.json(ctx, out);
    }

    /**
     * A supervisor's decision that a split of this person was wrong: logged with its reason, and the persons, graph and
     * alerts worked out again with the two sides linked on their evidence.
     */
    private void unsplit(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        PersonFile.View view = file(ctx);
        String purpose = Web.purpose(ctx, view.personId());
        PersonSplits.Outcome outcome;
        try {
            outcome = intake.revoke(viewer.account(), splitOf(view, ctx.formParam("split")), ctx.formParam("reason"));
        } catch (IllegalArgumentException e) {
            ctx.status(400);
            render(ctx, e.getMessage(), "");
            return;
        }
        // The split-off person's page is gone once its mentions have rejoined the person they were split from.
        String stays = persons.mentionsOf(view.personId()).isEmpty() ? outcome.split().person() : view.personId();
        ctx.redirect("/persons/" + Web.path(stays) + "?purpose=" + Web.encode(purpose));
    }

    /** The same decision as {@link #unsplit}, as JSON: {@code {"split": LEAF, "reason": "..."}}. */
    private void unsplitJson(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        PersonFile.View view = file(ctx);
        JsonNode body = jsonBody(ctx);
        PersonSplits.Outcome outcome;
        try {
            outcome = intake.revoke(viewer.account(), splitOf(view, body.path("split").asText(null)),
                    body.path("reason").asText(null));
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest(e.getMessage());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("leaf", outcome.split().leaf());
        out.put("revokes", outcome.split().revokes());
        out.put("moved", outcome.moved().stream().map(l -> Map.of("mention", l.mention(), "person", l.person())).toList());
        ctx.status(201);
        Web.json(ctx, out);
    }

    private static JsonNode jsonBody(Context ctx) {
        try {
            return Web.JSON.readTree(ctx.bodyAsBytes());
        } catch (java.io.IOException e) {
            throw WebException.badRequest("the body is not JSON");
        }
    }

    /** The log entry of a split in force of this person, as the request gives it; a 400 for any other. */
    private long splitOf(PersonFile.View view, String given) {
        long leaf;
        try {
            leaf = Long.parseLong(Web.required(given, "split"));
        } catch (NumberFormatException e) {
            throw WebException.badRequest("\"split\" is the log entry of a split: " + given);
        }
        if (intake.splitsOf(view.personId()).stream().noneMatch(s -> s.leaf() == leaf)) {
            throw WebException.badRequest("no split of " + view.personId() + " in force at log entry " + leaf);
        }
        return leaf;
    }

    /** Only mentions the viewer may read on this person's page can be split off. */
    private static void requireReadable(PersonFile.View view, List<String> chosen) {
        Set<String> readable = new HashSet<>(view.evidence().stream().map(Evidence::mentionKey).toList());
        for (String m : chosen) {
            if (!readable.contains(m)) {
                throw WebException.forbidden("mention " + m + " is not one of " + view.personId() + "'s that you may read");
            }
        }
    }

    private void json(Context ctx) {
        if (sentOnToTheCurrentPerson(ctx)) {
            return;
        }
        PersonFile.View view = file(ctx);
        logShowing(ctx, view, "view person", shownBy(view));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("person", view.personId());
        out.put("mentions", view.evidence().stream().map(Evidence::mentionKey).toList());
        out.put("withheld", view.withheld());
        out.put("evidence", view.evidence().stream().map(e -> Map.of("mention", e.mentionKey(),
                "concern", e.concern().id(), "agency", e.concern().agency(), "received", e.concern().received(),
                "subject", e.subject(), "narrative", e.concern().narrative() == null ? "" : e.concern().narrative()))
                .toList());
        out.put("explanations", view.explanations());
        out.put("timeline", view.timeline());
        Web.json(ctx, out);
    }

    private void graphJson(Context ctx) {
        if (sentOnToTheCurrentPerson(ctx)) {
            return;
        }
        PersonFile.View view = file(ctx);
        NetworkGraph.Graph g = graphOf(ctx, view);
        logShowing(ctx, view, "view network graph", shownBy(g));
        Web.json(ctx, Map.of("elements", g.elements(), "truncated", g.truncated()));
    }

    /**
     * Persons as spec §2.1 JSON Lines, leaving out mentions in concerns the viewer may not read. Logged, before it is
     * sent, as one export listing each person in it, so "who knew" about a person lists the exports too.
     */
    private void export(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        String purpose = Web.purpose(ctx, "a persons export");
        List<String> shown = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        Set<String> done = new HashSet<>();
        for (var concern : cases.concernsInLogOrder()) {
            if (!needToKnow.mayRead(viewer.account(), concern)) {
                continue;
            }
            for (MentionCard m : concern.mentions()) {
                String person = persons.personOf(m.key()).orElse(null);
                if (person == null || !done.add(person)) {
                    continue;
                }
                List<String> keys = new ArrayList<>();
                List<String> names = new ArrayList<>();
                Map<String, Integer> roles = new LinkedHashMap<>();
                for (String key : persons.mentionsOf(person)) {
                    MentionCard pm = cases.mention(key).orElse(null);
                    if (pm == null || !mayRead(ctx, pm)) {
                        continue;
                    }
                    keys.add(key);
                    if (pm.name() != null && !names.contains(pm.name())) {
                        names.add(pm.name());
                    }
                    roles.merge(pm.role(), 1, Integer::sum);
                }
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("person", person);
                line.put("mentions", keys);
                line.put("names", names);
                line.put("roles", roles);
                shown.add(person);
                try {
                    out.append(Web.JSON.writeValueAsString(line)).append('\n');
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        log.logShowing(new Access(viewer.username(), "export persons", null, purpose), shown);
        ctx.contentType("application/x-ndjson; charset=utf-8").result(out.toString());
    }
}
