package org.vigil.linkage.blocking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.RecordTable;

/**
 * A conjunction of {@link BlockingKey}s: two records are in one block when they agree on every part.
 * Written {@code surname_metaphone&given_initial}; {@link #parse} reads that form.
 */
public record BlockingRule(List<BlockingKey> parts) {

    public BlockingRule {
        if (parts == null || parts.isEmpty()) {
            throw new IllegalArgumentException("a blocking rule needs at least one key");
        }
        parts = List.copyOf(parts);
    }

    public static BlockingRule on(BlockingKey... parts) {
        return new BlockingRule(Arrays.asList(parts));
    }

    /** The rule written as keys joined by {@code &}: {@code "dob"}, {@code "surname_metaphone&given_initial"}. */
    public static BlockingRule parse(String text) {
        List<BlockingKey> parts = new ArrayList<>();
        for (String p : text.split("&")) {
            parts.add(BlockingKey.fromKey(p));
        }
        return new BlockingRule(parts);
    }

    public String name() {
        return parts.stream().map(BlockingKey::key).collect(Collectors.joining("&"));
    }

    /** The fields this rule reads: comparisons of these fields are not estimated from its blocks. */
    public Set<Field> fields() {
        Set<Field> s = EnumSet.noneOf(Field.class);
        parts.forEach(p -> s.addAll(p.fields()));
        return s;
    }

    /** Whether every part can have a value in {@code fields}. */
    public boolean isAvailable(Set<Field> fields) {
        return fields.containsAll(fields());
    }

    /** The keys of {@code record}: one per combination of its parts' values; empty if any part has none. */
    public long[] keys(RecordTable t, int record) {
        long key = singleKey(t, record);
        if (key == BlockingKey.SEVERAL) {
            return severalKeys(t, record);
        }
        return key == BlockingKey.NO_VALUE ? BlockingKey.NONE : new long[] {key};
    }

    /**
     * The one key of {@code record} without allocating: {@link BlockingKey#NO_VALUE} if some part has no value,
     * {@link BlockingKey#SEVERAL} if some part has several (then {@link #keys} lists them). A key that happens to
     * hash to one of those two values (a chance of 2⁻⁶³) is taken as no key.
     */
    long singleKey(RecordTable t, int record) {
        long h = 0;
        for (int p = 0; p < parts.size(); p++) {
            long v = parts.get(p).single(t, record);
            if (v == BlockingKey.NO_VALUE || v == BlockingKey.SEVERAL) {
                return v;
            }
            h = Hashing.combine(h, v, p);
        }
        return h == BlockingKey.SEVERAL ? BlockingKey.NO_VALUE : h;
    }

    /** The key of a one-part rule for the value {@code value} of its part (as {@link #keys} gives it). */
    public long keyOfValue(long value) {
        if (parts.size() != 1) {
            throw new IllegalStateException("not a one-part rule: " + name());
        }
        return Hashing.combine(0, value, 0);
    }

    /** {@link #keys} the long way, for records with several values of some part. */
    private long[] severalKeys(RecordTable t, int record) {
        long[] acc = {0};
        for (int p = 0; p < parts.size(); p++) {
            long[] v = parts.get(p).values(t, record);
            if (v.length == 0) {
                return BlockingKey.NONE;
            }
            long[] next = new long[acc.length * v.length];
            int n = 0;
            for (long a : acc) {
                for (long x : v) {
                    next[n++] = Hashing.combine(a, x, p);
                }
            }
            acc = next;
        }
        return acc;
    }

    @Override
    public String toString() {
        return name();
    }
}
