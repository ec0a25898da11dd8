package org.vigil.web.priority;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.ledger.Access;
import org.vigil.web.Pages;
import org.vigil.web.Paging;
import org.vigil.web.RouteTable;
import org.vigil.web.Web;
import org.vigil.web.access.ConcernReach;
import org.vigil.web.auth.Account;
import org.vigil.web.auth.Role;
import org.vigil.web.auth.Viewer;
import org.vigil.web.ledger.AccessLog;
import org.vigil.web.person.PersonLabels;

/**
 * The work list, ranked by harm or by volume, {@link Paging#PAGE_SIZE} lines a page, and its export. Both are logged
 * before they are shown, as one access listing each person listed and each concern whose reasons are shown. A line
 * whose mentions include one in a concern the viewer may not read keeps its place, person and mentions (as a person
 * page lists withheld mentions, for break-glass), but not its reasons, which quote those concerns; so only its person
 * is logged as disclosed.
 */
public final class PriorityRoutes {
    private final PriorityFeed feed;
    private final ConcernReach reach;
    private final AccessLog log;
    private final PersonLabels labels;
    private final Pages pages;

    public PriorityRoutes(PriorityFeed feed, ConcernReach reach, AccessLog log, PersonLabels labels, Pages pages) {
        this.feed = feed;
        this.reach = reach;
        this.log = log;
        this.labels = labels;
        this.pages = pages;
    }

    /**
     * {@code lines} of the list as this viewer may see them, logged as {@code action} of the list and of each person and
     * concern they show.
     */
    private List<Priority> shown(Viewer viewer, String action, String purpose, List<Priority> lines) {
        Account account = viewer.account();
        List<Priority> out = new ArrayList<>();
        List<String> disclosed = new ArrayList<>();
        for (Priority p : lines) {
            Set<String> concerns = reach.drawnOn(null, p.mentions());
            int restricted = reach.unreadable(account, concerns);
            disclosed.add(p.person());
            if (restricted == 0) {
                out.add(p);
                disclosed.addAll(concerns);
            } else {
                out.add(new Priority(p.rank(), p.person(), p.harm(), p.mentions(), List.of(
                        "reasons withheld: they draw on " + restricted + " concern" + (restricted == 1 ? "" : "s")
                                + " restricted to another team (break glass from the person's page to see them)")));
            }
        }
        log.logShowing(new Access(viewer.username(), action, null, purpose), disclosed);
        return out;
    }

    public void install(RouteTable routes) {
        routes.get("/priorities", this::page, Role.ANALYST, Role.SUPERVISOR);
        routes.get("/api/export/priorities", this::export, Role.ANALYST, Role.SUPERVISOR);
    }

    /** The list ranked by harm (the engine's order) or by volume (mentions), largest first. */
    static List<Priority> ranked(List<Priority> list, boolean byVolume) {
        List<Priority> out = new ArrayList<>(list);
        out.sort(byVolume ? Comparator.comparingInt(Priority::volume).reversed().thenComparing(Priority::rank)
                : Comparator.comparingDouble(Priority::harm).reversed().thenComparing(Priority::rank));
        return out;
    }

    private static boolean byVolume(Context ctx) {
        return "volume".equals(Web.oneOf(ctx, "by", "harm", "harm", "volume"));
    }

    private void page(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        boolean byVolume = byVolume(ctx);
        List<Priority> all = ranked(feed.priorities(), byVolume);
        int pageNo = Paging.pageNumber(ctx.queryParam("page"));
        List<Priority> list = shown(viewer, "view priorities", "work list review", Paging.page(all, pageNo));
        Map<String, String> names = labels.ofAll(viewer.account(), list.stream().map(Priority::person));
        double maxHarm = all.stream().mapToDouble(Priority::harm).max().orElse(1);
        int maxVolume = all.stream().mapToInt(Priority::volume).max().orElse(1);
        // Each line's place in the other ranking beside it, so the two regimes' difference shows line by line.
        Map<String, Integer> otherRank = new java.util.HashMap<>();
        List<Priority> other = ranked(all, !byVolume);
        for (int i = 0; i < other.size(); i++) {
            otherRank.putIfAbsent(other.get(i).person(), i + 1);
        }
        pages.render(ctx, "priorities.jte", "Priorities", Map.of("list", list, "labels", names, "byVolume", byVolume,
                "otherRank", otherRank,
                "maxHarm", maxHarm <= 0 ? 1 : maxHarm, "maxVolume", Math.max(1, maxVolume),
                "pageNo", Paging.shown(pageNo, all.size()), "pageCount", Paging.pageCount(all.size()),
                "total", all.size()));
    }

    private void export(Context ctx) {
        Viewer viewer = Web.viewer(ctx);
        String purpose = Web.purpose(ctx, "a priorities export");
        List<Priority> list = shown(viewer, "export priorities", purpose,
                ranked(feed.priorities(), byVolume(ctx)));
        StringBuilder out = new StringBuilder();
        int rank = 0;
        for (Priority p : list) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("rank", ++rank);
            line.put("person", p.person());
            line.put("harm", p.harm());
            line.put("mentions", p.mentions());
            line.put("reasons", p.reasons());
            try {
                out.append(Web.JSON.writeValueAsString(line)).append('\n');
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        ctx.contentType("application/x-ndjson; charset=utf-8").result(out.toString());
    }
}
