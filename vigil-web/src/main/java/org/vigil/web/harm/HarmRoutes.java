package org.vigil.web.harm;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.harm.report.Grouping;
import org.vigil.harm.report.HarmReport;
import org.vigil.harm.report.HarmVolumeReport;
import org.vigil.harm.report.HarmVolumeRow;
import org.vigil.harm.report.HarmVolumeTable;
import org.vigil.web.Pages;
import org.vigil.web.RouteTable;
import org.vigil.web.Web;
import org.vigil.web.auth.Role;

/** The harm-versus-volume chart (chart.js) and its rows as JSON; built once from the configured files. */
public final class HarmRoutes {
    private final List<Path> files;
    private final Pages pages;
    private volatile Map<Grouping, HarmVolumeReport> reports = Map.of();

    public HarmRoutes(List<Path> files, Pages pages) {
        this.files = List.copyOf(files);
        this.pages = pages;
    }

    public void install(RouteTable routes) {
        routes.get("/harm", this::page, Role.ANALYST, Role.SUPERVISOR);
        routes.get("/api/harm", ctx -> Web.json(ctx, rows(report(grouping(ctx)))), Role.ANALYST, Role.SUPERVISOR);
    }

    private synchronized HarmVolumeReport report(Grouping by) {
        if (files.isEmpty()) {
            return null;
        }
        HarmVolumeReport r = reports.get(by);
        if (r == null) {
            r = HarmReport.build(files, by);
            if (by == Grouping.AREA) {
                r = r.foldedBelow(HarmReport.AREA_FOLD_SHARE);
            }
            Map<Grouping, HarmVolumeReport> next = new java.util.EnumMap<>(Grouping.class);
            next.putAll(reports);
            next.put(by, r);
            reports = next;
        }
        return r;
    }

    private static Grouping grouping(Context ctx) {
        return "area".equals(Web.oneOf(ctx, "by", "category", "category", "area")) ? Grouping.AREA : Grouping.CATEGORY;
    }

    private void page(Context ctx) {
        Grouping by = grouping(ctx);
        HarmVolumeReport report = report(by);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("configured", report != null);
        params.put("byArea", by == Grouping.AREA);
        if (report != null) {
            params.put("title", HarmVolumeTable.title(report));
            params.put("notes", HarmVolumeTable.notes(report));
            params.put("rows", report.rows());
            try {
                params.put("data", Web.JSON.writeValueAsString(rows(report)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            params.put("title", "");
            params.put("notes", List.of());
            params.put("rows", List.of());
            params.put("data", "[]");
        }
        pages.render(ctx, "harm.jte", "Force harm versus volume", params);
    }

    private static List<Map<String, Object>> rows(HarmVolumeReport report) {
        if (report == null) {
            return List.of();
        }
        return report.rows().stream().map(HarmRoutes::row).toList();
    }

    private static Map<String, Object> row(HarmVolumeRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group", r.group());
        m.put("crimes", r.crimes());
        m.put("volumeShare", r.volumeShare());
        m.put("harmShare", r.harmShare());
        m.put("ratio", r.ratio());
        m.put("note", r.note());
        return m;
    }
}
