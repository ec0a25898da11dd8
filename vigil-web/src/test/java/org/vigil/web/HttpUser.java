package org.vigil.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain HTTP client with its own cookie jar, for the API and security tests and the load benchmark. */
public final class HttpUser {
    private final String base;
    private final HttpClient client;
    private String csrf = "";

    public HttpUser(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Logs in through the API; returns this user, holding the session cookie and CSRF token. */
    public HttpUser login(String username, String password) {
        HttpResponse<String> r = postJson("/api/session", "{\"username\":\"" + username + "\",\"password\":\""
                + password + "\"}");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login as " + username + " failed: " + r.statusCode() + " " + r.body());
        }
        csrf = json(r).get("csrfToken").asText();
        return this;
    }

    public String csrf() {
        return csrf;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public HttpResponse<String> postJson(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts {@code body} as given, with the session's CSRF token and these headers (name, value, ...). */
    public HttpResponse<String> postBytes(String path, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** Posts a form; the CSRF field is added unless {@code withCsrf} is false. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields, boolean withCsrf) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (withCsrf) {
            all.put("_csrf", csrf);
        }
        String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> r) {
        try {
            return Web.JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + r.body(), e);
        }
    }

    public static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
