package org.vigil.linkage.incremental;

import java.util.Arrays;
import org.vigil.collections.IdIndex;
import org.vigil.linkage.clustering.IncrementalClustering;
import org.vigil.linkage.table.CodeSetColumn;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.RecordTable;

/**
 * Companions as the persons they are now, not as the records they were when named. A companion value is the id
 * of a record in the index (for mentions: the person the other subject of the report was linked to). Two
 * mentions named alongside a child share a companion when the two ids are in one cluster today, although the
 * child's mentions were two persons when the first was linked. Comparisons see that through
 * {@link CodeSetColumn#canonicalise}; the companion block is searched under every id of the companion's cluster.
 * Each companion code keeps the root of its record's cluster, moved on every join, so that a comparison reads one
 * array entry instead of walking the union–find. A companion may be named before its record is added (a caller that
 * adds a report's subjects one by one, each naming all the others): its code resolves when a record with that id is.
 */
final class Companions {
    /** At most this many of the companion codes of a companion's cluster, the latest held, are searched as block keys. */
    static final int MAX_CODES = 64;
    private static final int UNKNOWN = -2;

    private final CodeSetColumn column;
    private final RecordTable table;
    private final IdIndex byId;
    private final IncrementalClustering clustering;
    /** For each companion code, the record with that id (-1: none; {@link #UNKNOWN}: not looked up yet). */
    private int[] records = new int[16];
    /** For each companion code, its record's cluster root now, or {@code -1 - code} when no record has that id. */
    private int[] roots = new int[16];
    /** For each cluster root, the companion codes whose records are in it (null when none). */
    private int[][] codesOf = new int[16][];
    private int[] codeCounts = new int[16];
    /** Companion codes below this have an entry in {@link #roots}. */
    private int known;

    Companions(RecordTable table, IdIndex byId, IncrementalClustering clustering) {
        this.column = table.codeSets(Field.COMPANION);
        this.table = table;
        this.byId = byId;
        this.clustering = clustering;
        Arrays.fill(records, UNKNOWN);
        column.canonicalise(code -> code < known ? roots[code] : -1 - code);
    }

    /**
     * Record {@code record} was just added to the table: gives the companion codes it introduced their roots, and
     * its own id, if an earlier record named it as a companion, its own cluster.
     */
    void added(int record) {
        for (int code : column.codes(record)) {
            while (known <= code) {
                int c = known++;
                if (c >= roots.length) {
                    roots = Arrays.copyOf(roots, Math.max(c + 1, roots.length * 2));
                }
                int r = recordOf(c);
                int root = r < 0 ? -1 - c : clustering.clusterOf(r);
                roots[c] = root;
                if (root >= 0) {
                    hold(root, c);
                }
            }
        }
        int self = column.vocabulary().code(table.id(record));
        if (self >= 0 && self < known && roots[self] < 0) {
            recordOf(self); // grows the records table to the code; the id is not in the id index yet
            records[self] = record;
            roots[self] = record;
            hold(record, self);
        }
    }

    /** Record {@code record}'s add ended with it in the cluster rooted at {@code root}, which absorbed {@code merged}. */
    void joined(int record, int root, java.util.List<Integer> merged) {
        if (record != root) {
            move(record, root);
        }
        for (int gone : merged) {
            move(gone, root);
        }
    }

    private void move(int from, int to) {
        if (from >= codesOf.length || codesOf[from] == null) {
            return;
        }
        int[] codes = codesOf[from];
        for (int i = 0; i < codeCounts[from]; i++) {
            roots[codes[i]] = to;
            hold(to, codes[i]);
        }
        codesOf[from] = null;
        codeCounts[from] = 0;
    }

    private void hold(int root, int code) {
        if (root >= codesOf.length) {
            int n = Math.max(root + 1, codesOf.length * 2);
            codesOf = Arrays.copyOf(codesOf, n);
            codeCounts = Arrays.copyOf(codeCounts, n);
        }
        int[] codes = codesOf[root];
        int n = codeCounts[root];
        if (codes == null) {
            codes = new int[2];
        } else if (n == codes.length) {
            codes = Arrays.copyOf(codes, n * 2);
        }
        codes[n] = code;
        codesOf[root] = codes;
        codeCounts[root] = n + 1;
    }

    /**
     * Reads the companion codes of {@code records[0..n)} and their roots now, before the records are scored: one
     * loop lets the reads of many candidates overlap, where scoring reads them one candidate at a time. Returns what
     * it read, so that the reads happen.
     */
    int fetch(int[] records, int n) {
        int x = 0;
        for (int i = 0; i < n; i++) {
            for (int code : column.codes(records[i])) {
                x += code < known ? roots[code] : code;
            }
        }
        return x;
    }

    /** The record whose id is companion code {@code code}, or -1. */
    int recordOf(int code) {
        if (code >= records.length) {
            int old = records.length;
            records = Arrays.copyOf(records, Math.max(code + 1, old * 2));
            Arrays.fill(records, old, records.length, UNKNOWN);
        }
        int r = records[code];
        if (r == UNKNOWN) {
            r = byId.get(column.vocabulary().value(code));
            if (r >= 0) {
                records[code] = r;
            }
        }
        return r;
    }

    /**
     * The companion codes to search the companion block under for {@code record}: its own and, for each, the
     * codes of the other ids in that companion's cluster that were ever named as companions.
     */
    int[] searchCodes(int record) {
        int[] own = column.codes(record);
        int[] out = own;
        int n = own.length;
        for (int c : own) {
            int root = c < known ? roots[c] : -1;
            if (root < 0 || root >= codesOf.length || codeCounts[root] < 2) {
                continue;
            }
            int[] held = codesOf[root];
            for (int i = Math.max(0, codeCounts[root] - MAX_CODES); i < codeCounts[root]; i++) {
                int code = held[i];
                if (!contains(out, n, code)) {
                    if (out == own) {
                        out = Arrays.copyOf(own, own.length + 8);
                    } else if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = code;
                }
            }
        }
        return out == own ? own : Arrays.copyOf(out, n);
    }

    private static boolean contains(int[] xs, int n, int x) {
        for (int i = 0; i < n; i++) {
            if (xs[i] == x) {
                return true;
            }
        }
        return false;
    }
}
