package org.vigil.store;

import java.util.Arrays;

/**
 * Two persons found to be one: {@code retired} ends and its mentions join {@code into}, because of
 * {@code trigger}, the mention that linked them, at its event time. {@code body} is the merge as JSON, whose
 * SHA-256 the log entry at {@code leaf} commits to.
 */
public record PersonMerge(long leaf, long atMicros, String retired, String into, String trigger, byte[] body) {
    public PersonMerge {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonMerge m && leaf == m.leaf && Arrays.equals(body, m.body);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(leaf) * 31 + Arrays.hashCode(body);
    }
}
