package org.vigil.store;

import java.util.Arrays;

/**
 * One read, search, export or disclosure (DPA 2018 s.62): who did it, when, why, and to what. {@code body} is the
 * canonical JSON of the event, whose SHA-256 the log entry at {@code leaf} commits to.
 */
public record AccessEvent(long leaf, long atMicros, String actor, String action, String target, String reason,
                          byte[] body) {
    public AccessEvent {
        body = body.clone();
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
