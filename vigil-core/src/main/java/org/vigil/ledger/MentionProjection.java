package org.vigil.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.concern.Concern;
import org.vigil.concern.ParsedRecord;
import org.vigil.concern.Subject;
import org.vigil.store.ConcernStore;
import org.vigil.store.MentionRow;
import org.vigil.store.StoredRecord;

/**
 * Checks that the mentions the store holds for each concern (what persons are exported from) are those of the
 * concern as received: each concern's subjects, re-read from its verified bytes, against its mention rows, as an
 * order-free sum of 64-bit fingerprints of ref, role, name and aliases. So a mention edited, deleted or added behind
 * Vigil's back is named, though the record itself is untouched. Holds one fingerprint per concern.
 */
final class MentionProjection {
    private final MessageDigest sha256;
    private final Map<String, long[]> expected = new HashMap<>();

    MentionProjection(MessageDigest sha256) {
        this.sha256 = sha256;
    }

    /**
     * Notes the mentions of a record whose bytes matched their commitment, as {@code parsed} from them (null if they no
     * longer parse: accepted by an earlier, more lenient version, so there is nothing to compare).
     */
    void expect(StoredRecord record, ParsedRecord parsed) {
        if (!(parsed instanceof Concern concern)) {
            return;
        }
        long sum = 0;
        for (Subject s : concern.subjects()) {
            sum += fingerprint(s.ref(), s.role(), s.name(), s.aliases());
        }
        expected.put(record.id(), new long[] {record.leaf(), sum});
    }

    /** Reads every stored mention and names each concern whose mentions differ from its record's. */
    void compare(ConcernStore store, List<String> problems) {
        Map<String, Long> found = new HashMap<>(expected.size() * 2);
        store.forEachMention((MentionRow m) -> found.merge(m.concernId(),
                fingerprint(m.ref(), m.role(), m.name(), m.aliases()), Long::sum));
        List<Map.Entry<String, long[]>> differing = new ArrayList<>();
        for (Map.Entry<String, long[]> e : expected.entrySet()) {
            if (found.getOrDefault(e.getKey(), 0L) != e.getValue()[1]) {
                differing.add(e);
            }
        }
        differing.sort((a, b) -> Long.compare(a.getValue()[0], b.getValue()[0]));
        for (Map.Entry<String, long[]> e : differing) {
            problems.add("concern " + e.getKey() + " (log entry " + e.getValue()[0] + "): its mentions in the store are"
                    + " not those of the record as received: they were altered after it was logged");
        }
    }

    private long fingerprint(String ref, String role, String name, List<String> aliases) {
        StringBuilder text = new StringBuilder().append(ref).append('\0').append(role).append('\0')
                .append(name == null ? "\u0001" : name);
        for (String alias : aliases) {
            text.append('\0').append(alias);
        }
        byte[] digest = sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8));
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (digest[i] & 0xff);
        }
        return v;
    }
}
