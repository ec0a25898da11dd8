package org.vigil.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.LongPredicate;
import org.vigil.concern.ParsedRecord;
import org.vigil.store.ConcernStore;
import org.vigil.store.Projection;
import org.vigil.store.StoredRecord;

/**
 * Checks that the store's query tables (concern, mention, place, decision: what SQL queries and persons read) hold
 * exactly the rows each record projects ({@link Projection}), re-read from its verified bytes. So a row edited, deleted
 * or added behind Vigil's back is named, though the record itself is untouched. It reads the tables first, keeping
 * for each log entry a 64-bit fingerprint of each table's rows (sorted, so that neither store's order matters), then
 * compares each record as the audit reads it: 32 bytes per log entry.
 */
final class ProjectionCheck {
    private static final Projection.Table[] TABLES = Projection.Table.values();

    private final long size;
    /** Per log entry, per table: the fingerprint of the rows found there, 0 for none. */
    private final long[] found;
    /** Log entries the tables hold rows for; a record's entry is cleared when the audit reads the record. */
    private final BitSet unclaimed = new BitSet();

    /** Reads every stored projection row of a log of {@code size} entries, naming rows beyond the log at once. */
    ProjectionCheck(ConcernStore store, long size, List<String> problems, AuditListener progress) {
        if (size > Integer.MAX_VALUE / TABLES.length) {
            throw new IllegalStateException("a log of " + size + " entries is too large to check in memory");
        }
        this.size = size;
        Fingerprints fingerprints = new Fingerprints();
        this.found = new long[(int) size * TABLES.length];
        long[] seen = {0};
        store.forEachProjection((leaf, rows) -> {
            if (seen[0]++ % AuditListener.EVERY == 0) {
                progress.checked(LogAudit.QUERY_TABLES, Math.min(Math.max(leaf, 0), size), size);
            }
            if (leaf < 0 || leaf >= size) {
                problems.add("the store's query tables hold rows for log entry " + leaf + ", beyond the log of " + size
                        + " entries: they were added behind its back");
                return;
            }
            unclaimed.set((int) leaf);
            fingerprints.of(rows, found, (int) leaf * TABLES.length);
        });
        progress.checked(LogAudit.QUERY_TABLES, size, size);
    }

    /** Notes that a stored record is at log entry {@code leaf}, so that rows there are not named as no record's. */
    void claim(long leaf) {
        if (leaf >= 0 && leaf < size) {
            unclaimed.clear((int) leaf);
        }
    }

    /**
     * Compares the rows found for {@code record}, whose bytes matched their commitment, with those it projects as
     * {@code parsed} from them, adding what differs to {@code problems}. Any thread may call it, each with
     * {@code fingerprints} of its own, once the check is made.
     */
    void check(StoredRecord record, ParsedRecord parsed, List<String> problems, Fingerprints fingerprints) {
        if (record.leaf() < 0 || record.leaf() >= size) {
            return; // named by the audit already: the record claims an entry the log does not have
        }
        int leaf = (int) record.leaf();
        long[] expected = fingerprints.expected;
        fingerprints.of(Projection.of(record.leaf(), Ledger.micros(parsed.eventTime()), parsed), expected, 0);
        for (Projection.Table t : TABLES) {
            if (found[leaf * TABLES.length + t.ordinal()] != expected[t.ordinal()]) {
                problems.add(record.type() + " " + record.id() + " (log entry " + leaf + "): " + what(t));
            }
        }
    }

    /**
     * Names the log entries the tables hold rows for but no stored record is at, except those {@code named} already (a
     * record logged there and missing from the store): call after every record is claimed.
     */
    void checkUnclaimed(LongPredicate named, List<String> problems) {
        for (int leaf = unclaimed.nextSetBit(0); leaf >= 0; leaf = unclaimed.nextSetBit(leaf + 1)) {
            if (named.test(leaf)) {
                continue;
            }
            problems.add("the store's query tables hold rows for log entry " + leaf + ", which no stored concern or"
                    + " decision is at: they were added behind its back, or its record was deleted");
        }
    }

    private static String what(Projection.Table t) {
        return switch (t) {
            case CONCERN, DECISION -> "its row in the store's " + t.sqlName() + " table is not the record as received:"
                    + " it was altered after it was logged";
            case MENTION, PLACE -> "its " + t.sqlName() + "s in the store are not those of the record as received:"
                    + " they were altered after it was logged";
        };
    }

    /** What fingerprinting rows needs, reused from row to row: one for each thread that checks. */
    static final class Fingerprints {
        private final MessageDigest sha256 = LogAudit.sha256();
        private final ByteBuffer number = ByteBuffer.allocate(Long.BYTES);
        private final List<List<Projection.Row>> byTable = new ArrayList<>();
        private final long[] expected = new long[TABLES.length];

        Fingerprints() {
            for (int t = 0; t < TABLES.length; t++) {
                byTable.add(new ArrayList<>());
            }
        }

        /**
         * Puts the fingerprint of {@code rows}' rows of each table, whatever their order (0 if there are none), in
         * {@code into} from {@code at}, in table order.
         */
        void of(List<Projection.Row> rows, long[] into, int at) {
            for (List<Projection.Row> of : byTable) {
                of.clear();
            }
            for (Projection.Row row : rows) {
                byTable.get(row.table().ordinal()).add(row);
            }
            for (int t = 0; t < TABLES.length; t++) {
                into[at + t] = fingerprint(byTable.get(t));
            }
        }

        private long fingerprint(List<Projection.Row> rows) {
            if (rows.isEmpty()) {
                return 0;
            }
            rows.sort(ProjectionCheck::compare);
            for (Projection.Row row : rows) {
                write(row);
            }
            byte[] digest = sha256.digest();
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (digest[i] & 0xff);
            }
            return v == 0 ? 1 : v;
        }

        /** Digests a row as bytes that no other row shares: each value with its kind and, for text, its length. */
        private void write(Projection.Row row) {
            sha256.update((byte) '|');
            for (int i = 0; i < row.table().width(); i++) {
                Object v = row.value(i);
                if (v == null) {
                    sha256.update((byte) '-');
                } else if (v instanceof Long n) {
                    sha256.update((byte) 'n');
                    digestLong(n);
                } else {
                    byte[] utf8 = ((String) v).getBytes(StandardCharsets.UTF_8);
                    sha256.update((byte) 's');
                    digestLong(utf8.length);
                    sha256.update(utf8);
                }
            }
        }

        private void digestLong(long v) {
            sha256.update(number.clear().putLong(v).array());
        }
    }

    /** Rows in an order of their own (a table's primary key is leaf and ref, so ref alone orders a record's rows). */
    private static int compare(Projection.Row a, Projection.Row b) {
        for (int i = 1; i < a.table().width(); i++) {
            int c = compare(a.value(i), b.value(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return a.toString().compareTo(b.toString());
    }
}
