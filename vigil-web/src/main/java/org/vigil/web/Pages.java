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
        ctx.contentType("text/html; charset=utf-8").result(withBidiControlsShown(out.toString()));
    }

    /**
     * {@code html} with each Unicode bidirectional embedding, override and isolate control (U+202A–U+202E,
     * U+2066–U+2069) written out as {@code [U+202E]}. A partner's record is shown as received, and such a control in a
     * name or an id reverses the text after it on screen ("Ash" and an override can show another name, or an id
     * another id), so an analyst must see that it is there. Hebrew and Arabic names need none of them. The templates
     * hold none, so only what records and users wrote is changed.
     */
    static String withBidiControlsShown(String html) {
        int i = 0;
        while (i < html.length() && !isBidiControl(html.charAt(i))) {
            i++;
        }
        if (i == html.length()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 16).append(html, 0, i);
        for (; i < html.length(); i++) {
            char c = html.charAt(i);
            if (isBidiControl(c)) {
                out.append("[U+").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append(']');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
