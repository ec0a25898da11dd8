package org.vigil.web.auth;

import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.Locale;

/** What an account may do. {@link #PUBLIC} marks the few routes open before login; it is never an account's role. */
public enum Role implements RouteRole {
    SUBMITTER("partner submitter"),
    ANALYST("analyst"),
    SUPERVISOR("supervisor"),
    AUDITOR("oversight auditor"),
    ADMIN("admin"),
    PUBLIC("anyone");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label with its article: "an analyst", "a supervisor". */
    public String withArticle() {
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    /** Every role an account can have: a route open to anyone logged in, and to nobody else. */
    public static Role[] anyAccount() {
        return Arrays.stream(values()).filter(r -> r != PUBLIC).toArray(Role[]::new);
    }

    /** The role as stored and typed: "submitter", "analyst", ... */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a stored or typed role; throws naming the value if it is not one. */
    public static Role parse(String text) {
        String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r != PUBLIC && r.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a role: \"" + text
                        + "\" (submitter, analyst, supervisor, auditor or admin)"));
    }

    /** Roles that read case content (persons, concerns, search, graph) under need-to-know. */
    public boolean readsCases() {
        return this == ANALYST || this == SUPERVISOR;
    }
}
