package org.vigil.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A read, search, export or disclosure to be logged (DPA 2018 s.62): who ({@code actor}), what ({@code action},
 * e.g. "export persons"), of what ({@code target}, an id or empty), why ({@code reason}, required), and what else it
 * showed ({@code shown}: the persons and concerns a page or an export put before its reader beside its target, each
 * once, never the target itself). One access is one log entry however much it showed: its event, which the entry
 * commits to, holds the count and {@linkplain #digestOf digest} of the list, the store keeps the list itself, and finds
 * the access by any of them, so "who knew" about each lists it.
 */
public record Access(String actor, String action, String target, String reason, List<String> shown) {
    /**
     * The target of an access that reads every record stored at the time, as an export or an evaluation from the
     * command line does: it could disclose any person or concern then known, so "who knew" about each of them lists it.
     */
    public static final String EVERY_RECORD = "every record";

    /** An access that showed nothing beyond its target. */
    public Access(String actor, String action, String target, String reason) {
        this(actor, action, target, reason, List.of());
    }

    /**
     * The SHA-256 (hex) an access event commits to for what it showed: of each id in order, each followed by a line
     * feed (no id holds one).
     */
    public static String digestOf(List<String> shown) {
        MessageDigest sha256 = LogAudit.sha256();
        for (String t : shown) {
            sha256.update(t.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    public Access {
        Set<String> distinct = new LinkedHashSet<>();
        for (String t : shown == null ? List.<String>of() : shown) {
            if (t != null && !t.isEmpty() && !t.equals(target)) {
                if (t.chars().anyMatch(Character::isISOControl)) {
                    throw new IllegalArgumentException("what an access showed must be one line each: " + t);
                }
                distinct.add(t);
            }
        }
        shown = List.copyOf(distinct);
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an access must name who made it");
        }
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("an access must name what was done");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an access must give a reason (DPA 2018 s.62): " + action);
        }
        for (String part : new String[] {actor, action, target}) {
            if (part != null && part.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("who, what and of what must be one line each: " + part);
            }
        }
        // PostgreSQL cannot keep a NUL in text: one such reason failed the web app's whole group commit of accesses,
        // and with it the other users' views waiting in it, where the embedded store took it.
        if (reason.indexOf(0) >= 0) {
            throw new IllegalArgumentException("the reason holds a NUL character (\\u0000), which cannot be stored: "
                    + action);
        }
    }
}
