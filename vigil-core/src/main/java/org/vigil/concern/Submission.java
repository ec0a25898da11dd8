package org.vigil.concern;

import java.util.Arrays;

/**
 * One accepted record: what it says, and the exact bytes it arrived as (the line, without its line ending), whose
 * SHA-256 the log commits to.
 */
public record Submission(ParsedRecord record, byte[] raw, byte[] sha256) {
    public Submission {
        raw = raw.clone();
        sha256 = sha256.clone();
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    public String id() {
        return record.id();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Submission s && record.equals(s.record) && Arrays.equals(raw, s.raw);
    }

    @Override
    public int hashCode() {
        return record.hashCode() * 31 + Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "Submission[" + record.type() + " " + record.id() + ", " + raw.length + " bytes]";
    }
}
