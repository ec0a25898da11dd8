package org.vigil.store;

import java.util.Arrays;
import org.vigil.concern.InvalidRecordException;
import org.vigil.concern.ParsedRecord;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Submission;

/**
 * A record as kept: its log index, the exact bytes received and their SHA-256. {@code parsed} is present when the
 * record is being written (it feeds the projections) and absent when read back for verification.
 */
public record StoredRecord(long leaf, String id, String type, long eventMicros, byte[] sha256, byte[] raw,
                           ParsedRecord parsed) {
    public StoredRecord {
        sha256 = sha256.clone();
        raw = raw.clone();
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    /**
     * The record as received, parsed again with {@code parser}. A stored record that no longer parses was changed
     * behind Vigil's back: {@link IllegalStateException}, naming it.
     */
    public Submission parse(RecordParser parser) {
        try {
            return parser.parse(raw());
        } catch (InvalidRecordException e) {
            throw new IllegalStateException("stored record " + id + " no longer parses: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredRecord r && leaf == r.leaf && id.equals(r.id) && Arrays.equals(raw, r.raw);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(leaf) * 31 + id.hashCode();
    }

    @Override
    public String toString() {
        return "StoredRecord[" + type + " " + id + " at leaf " + leaf + "]";
    }
}
