package org.vigil.alerts.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mention keys {@code "<concern>/<ref>"} packed into a long: the concern's index and the index of its ref among all
 * refs seen (refs repeat: {@code s1}, {@code s2}, …), so a million concerns' mentions cost 8 bytes each.
 */
public final class MentionKeys {
    private final Map<String, Integer> refIndex = new HashMap<>();
    private final List<String> refs = new ArrayList<>();

    public long pack(int concern, String ref) {
        Integer r = refIndex.get(ref);
        if (r == null) {
            r = refs.size();
            refs.add(ref);
            refIndex.put(ref, r);
        }
        return ((long) concern << 32) | r;
    }

    public static int concern(long packed) {
        return (int) (packed >>> 32);
    }

    public String ref(long packed) {
        return refs.get((int) packed);
    }
}
