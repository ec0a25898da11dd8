package org.vigil.web.search;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.vigil.ledger.Access;
import org.vigil.web.Pages;
import org.vigil.web.RouteTable;
import org.vigil.web.Web;
import org.vigil.web.access.NeedToKnow;
import org.vigil.web.auth.Role;
import org.vigil.web.auth.Viewer;
import org.vigil.web.cases.CaseIndex;
import org.vigil.web.cases.ConcernCard;
import org.vigil.web.person.PersonDirectory;
import org.vigil.web.ledger.AccessLog;

/**
 * Search, in the page and as JSON. Each search is logged with the SHA-256 of its text and mode, never the text
 * itself, and with its purpose, and so is each person it shows. Hits in concerns the viewer may not read are counted, not shown.
 */
public final class SearchRoutes {
    private static final int LIMIT = 50;

    private final SearchIndex index;
    private final CaseIndex cases;
    private final PersonDirectory persons;
    private final NeedToKnow needToKnow;
    private final AccessLog log;
    private final UnaryOperator<String> termDigest;
    private final Pages pages;

    /**
     * {@code termDigest} names a search's terms in the log ({@link org.vigil.web.ledger.Vault#searchDigest}): never the
     * terms themselves, nor a digest that a guessed name could be tested against.
     */
    public SearchRoutes(SearchIndex index, CaseIndex cases, PersonDirectory persons, NeedToKnow needToKnow,
                        AccessLog log, UnaryOperator<String> termDigest, Pages pages) {
        this.termDigest = termDigest;
        this.index = index;
        this.cases = cases;
        this.persons = persons;
        this.needToKnow = needToKnow;
        this.log = log;
        this.pages = pages;
    }

    public void install(RouteTable routes) {
        routes.get("/search", this::page, Role.ANALYST, Role.SUPERVISOR);
        routes.get("/api/search", this::json, Role.ANALYST, Role.SUPERVISOR);
    }

    /** A hit the viewer may see, with the person it belongs to. */
    public record Shown(SearchHit hit, String person, ConcernCard concern) {
    }

    /** What a search shows, what it withholds, and whether it found more than {@link #LIMIT}. */
    private record Results(List<Shown> shown, int withheld, String kind, boolean more) {
    }

    /**
     * Runs the search, then logs it (by keyed digest) with each person it shows (or the mention, if it has no person), so
     * "who knew" about a person lists the searches that showed them; only then are the hits returned.
     */
    private Results run(Context ctx, String q, SearchIndex.Mode mode) {
        Viewer viewer = Web.viewer(ctx);
        String purpose = Web.purpose(ctx, "a search");
        List<Shown> shown = new ArrayList<>();
        int withheld = 0;
        String kind = "";
        List<SearchHit> hits = index.search(q, mode, LIMIT + 1);
        boolean more = hits.size() > LIMIT;
        for (SearchHit hit : more ? hits.subList(0, LIMIT) : hits) {
            kind = hit.matchedOn();
            ConcernCard concern = cases.concern(hit.concernId()).orElse(null);
            if (concern == null || !needToKnow.mayRead(viewer.account(), concern)) {
                withheld++;
                continue;
            }
            shown.add(new Shown(hit, persons.personOf(hit.mentionKey()).orElse(""), concern));
        }
        log.logShowing(new Access(viewer.username(), "search", termDigest.apply(mode + " " + q.strip()), purpose),
                shown.stream().map(h -> h.person().isEmpty() ? h.hit().mentionKey() : h.person()).toList());
        return new Results(shown, withheld, kind, more);
    }

    private void page(Context ctx) {
        String q = ctx.queryParam("q");
        SearchIndex.Mode mode = mode(ctx);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", q == null ? "" : q);
        params.put("mode", mode.name().toLowerCase(java.util.Locale.ROOT));
        String purpose = ctx.queryParam("purpose");
        params.put("purpose", purpose == null ? "" : purpose);
        if (q == null || q.isBlank()) {
            params.put("searched", false);
            params.put("shown", List.of());
            params.put("withheld", 0);
            params.put("kind", "");
            params.put("more", false);
        } else {
            Results r = run(ctx, q, mode);
            params.put("searched", true);
            params.put("shown", r.shown());
            params.put("withheld", r.withheld());
            params.put("kind", r.kind());
            params.put("more", r.more());
        }
        pages.render(ctx, "search.jte", "Search", params);
    }

    private void json(Context ctx) {
        String q = Web.required(ctx.queryParam("q"), "q");
        Results r = run(ctx, q, mode(ctx));
        Web.json(ctx, Map.of("hits", r.shown().stream().map(s -> Map.of("mention", s.hit().mentionKey(),
                "concern", s.hit().concernId(), "person", s.person(), "name", s.hit().name() == null ? "" : s.hit().name(),
                "role", s.hit().role(), "score", s.hit().score())).toList(), "withheld", r.withheld(),
                "matchedOn", r.kind(), "more", r.more()));
    }

    private static SearchIndex.Mode mode(Context ctx) {
        return "narrative".equals(Web.oneOf(ctx, "mode", "names", "names", "narrative")) ? SearchIndex.Mode.NARRATIVE
                : SearchIndex.Mode.NAMES;
    }
}
