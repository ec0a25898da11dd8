package org.vigil.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.vigil.web.RouteTable;
import org.vigil.web.auth.Role;

/** Serves the OpenAPI description of the JSON API. */
public final class ApiRoutes {
    private final byte[] openapi;

    public ApiRoutes() {
        try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing from the web module");
            }
            openapi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void install(RouteTable routes) {
        routes.get("/api/openapi.yaml", ctx -> ctx.contentType("application/yaml; charset=utf-8").result(openapi),
                Role.SUBMITTER, Role.ANALYST, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN);
    }
}
