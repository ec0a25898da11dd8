package org.vigil.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.vigil.web.auth.Viewer;

/** Renders the precompiled jte templates (src/main/jte), which escape every value for HTML by default. */
public final class Pages {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code template} with the page frame and these parameters, as the response. */
    public void render(Context ctx, String template, String title, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("page", new Page(title, ctx.attribute(Web.VIEWER) instanceof Viewer v ? v : null));
        StringOutput out = new StringOutput();
        engine.render(template, all, out);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }
}
