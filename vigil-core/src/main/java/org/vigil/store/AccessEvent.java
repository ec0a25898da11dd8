package org.vigil.store;

import java.util.Arrays;
import java.util.List;

/**
 * One read, search, export or disclosure (DPA 2018 s.62): who did it, when, why, and to what. {@code body} is the
 * canonical JSON of the event, whose SHA-256 the log entry at {@code leaf} commits to. {@code shown} is what else it
 * showed beside its target: the whole list as logged ({@code org.vigil.ledger.Access#shown}); as found by
 * {@link ConcernStore#accessesTo}, those of the targets asked for that it showed; otherwise empty, the store's index
 * ({@link ConcernStore#forEachShownList}) holding the rest. The body commits to the whole list by its count and digest.
 */
public record AccessEvent(long leaf, long atMicros, String actor, String action, String target, String reason,
                          byte[] body, List<String> shown) {
    /** An event as read from the store, without what it showed. */
    public AccessEvent(long leaf, long atMicros, String actor, String action, String target, String reason, byte[] body) {
        this(leaf, atMicros, actor, action, target, reason, body, List.of());
    }

    public AccessEvent {
        body = body.clone();
        shown = List.copyOf(shown);
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
