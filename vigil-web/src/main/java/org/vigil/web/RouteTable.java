package org.vigil.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import org.vigil.web.auth.Role;

/**
 * Registers routes with the roles allowed on each, and remembers them, so the security tests can ask every route
 * whether it answers without login. A route with no roles is refused to everyone: access is granted, never assumed.
 */
public final class RouteTable {
    /** One registered route. */
    public record Route(String method, String path, List<Role> roles) {
    }

    private final RoutesConfig routes;
    private final List<Route> all = new ArrayList<>();

    RouteTable(RoutesConfig routes) {
        this.routes = routes;
    }

    public void get(String path, Handler handler, Role... roles) {
        all.add(new Route("GET", path, List.of(roles)));
        routes.get(path, handler, roles);
    }

    public void post(String path, Handler handler, Role... roles) {
        all.add(new Route("POST", path, List.of(roles)));
        routes.post(path, handler, roles);
    }

    public void delete(String path, Handler handler, Role... roles) {
        all.add(new Route("DELETE", path, List.of(roles)));
        routes.delete(path, handler, roles);
    }

    List<Route> all() {
        return List.copyOf(all);
    }
}
