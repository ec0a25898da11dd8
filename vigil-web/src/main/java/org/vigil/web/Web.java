package org.vigil.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import org.vigil.web.auth.Viewer;

/** Small helpers every route uses: the viewer, the stated purpose, JSON. */
public final class Web {
    public static final String VIEWER = "vigil.viewer";
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** The fewest characters a stated purpose may have, as the purpose form asks. */
    static final int MIN_PURPOSE = 3;
    private static final int MAX_PURPOSE = 500;

    private Web() {
    }

    /** The logged-in viewer; the route guard has already refused anyone else. */
    public static Viewer viewer(Context ctx) {
        Object v = ctx.attribute(VIEWER);
        if (v instanceof Viewer viewer) {
            return viewer;
        }
        throw WebException.notLoggedIn();
    }

    /**
     * The purpose the request carries ({@code purpose} query or form parameter), required for reading a person or
     * a concern: without one, or with one shorter than {@value #MIN_PURPOSE} characters (the form's own minimum, so
     * that "x" typed into a URL is no purpose either), {@link PurposeRequired} asks for it; one longer than
     * {@value #MAX_PURPOSE} characters is refused (400), never cut short.
     */
    public static String purpose(Context ctx, String what) {
        String purpose = ctx.queryParam("purpose");
        if (purpose == null) {
            purpose = ctx.formParam("purpose");
        }
        if (purpose == null || purpose.strip().length() < MIN_PURPOSE) {
            throw new PurposeRequired(what);
        }
        purpose = purpose.strip().replaceAll("[\\r\\n\\t]+", " ");
        if (purpose.length() > MAX_PURPOSE) {
            // Cutting it short would log words the user never wrote as their reason; the forms stop at the limit.
            throw WebException.badRequest("the purpose is " + purpose.length() + " characters long; say why in at most "
                    + MAX_PURPOSE + " (a case reference will do)");
        }
        return purpose;
    }

    /**
     * The page a form on it goes back to once done: {@code path} with the purpose the page was opened with, which the
     * form carries (its {@code purpose} field), so the view that follows is logged with the user's own purpose; without
     * one, the page asks for it. A purpose is the user's, never made up.
     */
    public static String back(String path, Context ctx) {
        String purpose = ctx.formParam("purpose");
        return purpose == null || purpose.isBlank() ? path : path + "?purpose=" + encode(purpose.strip());
    }

    /**
     * A query parameter that takes one of a few words ({@code by=volume}), in lower case: {@code absent} when it is not
     * given or blank, and a 400 naming the words it takes when it is anything else, rather than showing another view
     * than the one asked for.
     */
    public static String oneOf(Context ctx, String param, String absent, String... words) {
        String value = ctx.queryParam(param);
        if (value == null || value.isBlank()) {
            return absent;
        }
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (!Arrays.asList(words).contains(word)) {
            throw WebException.badRequest("\"" + param + "\" is one of " + String.join(", ", words) + ", not \""
                    + value.strip() + "\"");
        }
        return word;
    }

    /** A required form or JSON field, trimmed; a 400 naming it when missing. */
    public static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw WebException.badRequest("\"" + name + "\" is required");
        }
        return value.strip();
    }

    public static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + ctx.path(), e);
        }
    }

    public static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    /** SHA-256 hex of a text: how searches are logged, so the log never holds what was searched for. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** A URL-encoded query value. */
    public static String encode(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /**
     * A record id as one segment of a URL path ({@code /concerns/CSC%2F2004%2F0327}): UTF-8, every byte but RFC 3986's
     * unreserved characters percent-encoded, its slashes too. A slash left as it is would make the id's parts path
     * segments, and a part {@code ..} or {@code .} a dot segment that a browser removes before it sends the request
     * (RFC 3986 §5.2.4): {@code /concerns/X/../Y} opens Y. An id that is {@code .} or {@code ..} itself cannot be a
     * path segment in any encoding (the URL standard takes {@code %2E} for a dot). The routes that take a record id
     * take the rest of the path ({@code <id>}), so a link written with the slashes as they are reaches it too.
     */
    public static String path(String id) {
        StringBuilder out = new StringBuilder(id.length() + 8);
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
