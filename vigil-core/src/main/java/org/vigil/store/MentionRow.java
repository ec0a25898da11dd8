package org.vigil.store;

/** One stored mention, as the projection holds it: the concern's id, the subject's ref, role and name. */
public record MentionRow(String concernId, String ref, String role, String name) {
    /** The mention key of spec §2. */
    public String key() {
        return concernId + "/" + ref;
    }
}
