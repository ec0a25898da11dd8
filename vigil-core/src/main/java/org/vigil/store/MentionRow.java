package org.vigil.store;

import java.util.List;

/**
 * One stored mention as the projection holds it: the concern's id, the subject's ref, role, name and aliases as
 * written, and the person it was linked to (null if it was never linked).
 */
public record MentionRow(String concernId, String ref, String role, String name, List<String> aliases, String person) {
    public MentionRow {
        aliases = List.copyOf(aliases);
    }

    /** The mention key of spec §2. */
    public String key() {
        return concernId + "/" + ref;
    }
}
