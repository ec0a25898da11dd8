package org.vigil.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One read, search, export or disclosure (DPA 2018 s.62): who did it, when, why, and to what. {@code body} is the
 * canonical JSON of the event, whose SHA-256 the log entry at {@code leaf} commits to. {@code shown} is what else the
 * access showed beside its target, as the body lists it ({@code org.vigil.ledger.Access#shown}); empty for an event
 * logged before accesses listed them, when each thing shown was an access of its own.
 */
public record AccessEvent(long leaf, long atMicros, String actor, String action, String target, String reason,
                          byte[] body, List<String> shown) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An event as stored: what it showed is read from its body, which its log entry commits to. */
    public AccessEvent(long leaf, long atMicros, String actor, String action, String target, String reason, byte[] body) {
        this(leaf, atMicros, actor, action, target, reason, body, shownIn(body));
    }

    public AccessEvent {
        body = body.clone();
        shown = List.copyOf(shown);
    }

    /** The {@code shown} list of an access event's JSON; empty when it has none or is not JSON (the audit says so). */
    public static List<String> shownIn(byte[] body) {
        try {
            JsonNode list = JSON.readTree(body).path("shown");
            List<String> out = new ArrayList<>(list.size());
            list.forEach(t -> out.add(t.asText()));
            return out;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Whether this access was to {@code id} or showed it. */
    public boolean names(String id) {
        return id.equals(target) || shown.contains(id);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessEvent a && leaf == a.leaf && Arrays.equals(body, a.body);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(leaf) * 31 + Arrays.hashCode(body);
    }
}
