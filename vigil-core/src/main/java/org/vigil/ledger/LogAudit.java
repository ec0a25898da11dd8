package org.vigil.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigil.concern.InvalidRecordException;
import org.vigil.concern.ParsedRecord;
import org.vigil.concern.RecordParser;
import org.vigil.concurrent.InOrder;
import org.vigil.log.Checkpoint;
import org.vigil.log.Hash;
import org.vigil.log.InMemoryTiles;
import org.vigil.log.LogAppender;
import org.vigil.log.NoteVerificationException;
import org.vigil.log.NoteVerifier;
import org.vigil.log.Rfc6962;
import org.vigil.log.Tile;
import org.vigil.store.AccessEvent;
import org.vigil.store.ConcernStore;
import org.vigil.store.StoredRecord;

/**
 * Checks the whole store against its log, and the log against every checkpoint it ever signed. It rebuilds the
 * Merkle tree from the stored entries (never trusting the stored tiles), then reports:
 * <ul>
 *   <li>a missing, altered or extra log entry;</li>
 *   <li>a record or access event that no longer matches the SHA-256 its entry commits to, or has no entry, or has
 *   gone from the store;</li>
 *   <li>a concern or decision whose rows in the query tables (its own row, and a concern's mentions and places: what
 *   SQL queries and persons read) are not those of its record, and rows there that are no stored record's;</li>
 *   <li>a stored hash tile that differs from the rebuilt one;</li>
 *   <li>a checkpoint with a bad signature, or whose root is not the rebuilt tree's root at its size: that is, any
 *   checkpoint ever issued that is not consistent with today's tree.</li>
 * </ul>
 */
public final class LogAudit {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String REBUILDING = "rebuilding the tree";
    static final String QUERY_TABLES = "reading the query tables";
    static final String RECORDS = "checking the records";

    private final ConcernStore store;
    private final NoteVerifier verifier;
    private final String origin;

    public LogAudit(ConcernStore store, NoteVerifier verifier, String origin) {
        this.store = store;
        this.verifier = verifier;
        this.origin = origin;
    }

    /** Audits the store as it is at one moment, so that commits made meanwhile by another process are not mistaken for damage. */
    public AuditReport run() {
        return run(AuditListener.NONE);
    }

    /** As {@link #run()}, telling {@code progress} how far each pass is. */
    public AuditReport run(AuditListener progress) {
        return store.atOneMoment(() -> audit(progress));
    }

    private AuditReport audit(AuditListener progress) {
        List<String> problems = new ArrayList<>();
        Map<Long, String> stored = store.checkpoints();
        Map<Long, Checkpoint> checkpoints = readCheckpoints(stored, problems);
        long signedSize = stored.keySet().stream().mapToLong(Long::longValue).max().orElse(0);

        Map<Long, Committed> committed = new HashMap<>();
        LogAppender tree = rebuildTree(checkpoints, signedSize, committed, problems, progress);
        long[] counts = checkStored(committed, tree.size(), problems, progress);
        if (tree.size() > signedSize) {
            problems.add("log entries " + signedSize + " to " + (tree.size() - 1) + " are beyond the latest checkpoint"
                    + " (tree size " + signedSize + "): they were added without being signed");
        }
        return new AuditReport(tree.size(), counts[0], counts[1], checkpoints.size(), problems);
    }

    /**
     * Pass 1: rebuilds the tree from the entries, checking it against each checkpoint as it reaches its size and the
     * stored tiles against it, and notes what each entry commits to in {@code committed}.
     */
    private LogAppender rebuildTree(Map<Long, Checkpoint> checkpoints, long signedSize, Map<Long, Committed> committed,
            List<String> problems, AuditListener progress) {
        InMemoryTiles rebuilt = new InMemoryTiles();
        LogAppender tree = LogAppender.empty();
        Iterator<Map.Entry<Long, Checkpoint>> nextCheckpoint = checkpoints.entrySet().iterator();
        Map.Entry<Long, Checkpoint>[] pending = pendingHolder(nextCheckpoint);
        long[] expected = {0};
        long entries = store.logSize();
        store.forEachEntry(0, (index, bytes) -> {
            if (index % AuditListener.EVERY == 0) {
                progress.checked(REBUILDING, index, entries);
            }
            if (expected[0] < index) {
                problems.add(expected[0] == index - 1 ? "log entry " + expected[0] + " is missing from the store"
                        : "log entries " + expected[0] + " to " + (index - 1) + " are missing from the store");
                // The stored tiles stand in for the missing leaves as far as a signed checkpoint can check them; a gap
                // beyond the latest one (an entry moved far out of place) has nothing to be checked against.
                while (expected[0] < Math.min(index, signedSize)) {
                    tree.append(storedLeafHash(expected[0]));
                    expected[0]++;
                    checkAt(tree, pending, nextCheckpoint, problems);
                }
                expected[0] = index;
            }
            tree.append(Rfc6962.leafHash(bytes));
            expected[0]++;
            try {
                Entry entry = Entry.parse(bytes);
                String name = switch (entry.kind()) {
                    case Entry.RECORD -> entry.get("id");
                    case Entry.LINK -> entry.get("person");
                    default -> entry.get("action");
                };
                committed.put(index, new Committed(entry.kind(), name, entry.sha256()));
            } catch (IllegalArgumentException e) {
                problems.add("log entry " + index + " is not a Vigil entry: " + e.getMessage());
            }
            checkAt(tree, pending, nextCheckpoint, problems);
        });
        while (pending[0] != null) {
            problems.add("checkpoint for tree size " + pending[0].getKey() + " is beyond the log, which has "
                    + tree.size() + (tree.size() == 1 ? " entry" : " entries") + ": entries were removed");
            pending[0] = nextCheckpoint.hasNext() ? nextCheckpoint.next() : null;
        }
        progress.checked(REBUILDING, tree.size(), tree.size());
        rebuilt.putAll(tree.dirtyTiles());
        compareTiles(rebuilt, tree.size(), problems);

        return tree;
    }

    /**
     * Pass 2: every stored record, access event, merge and split against the commitment in its entry (taken out of
     * {@code committed}, so that what is left was logged and is missing from the store). Returns the records and
     * access events read.
     */
    private long[] checkStored(Map<Long, Committed> committed, long size, List<String> problems,
            AuditListener progress) {
        MessageDigest sha256 = sha256();
        ProjectionCheck projections = new ProjectionCheck(store, size, problems, progress);
        long[] counts = {0, 0};
        long records = store.recordCount(Long.MAX_VALUE);
        // Parsing each record is most of an audit's work: records are checked in chunks on a thread per processor
        // while this one reads on, and their problems come back in the order read.
        ThreadLocal<Checker> checkers = ThreadLocal.withInitial(Checker::new);
        try (InOrder<Read, List<String>> checks = new InOrder<>("vigil-audit", Runtime.getRuntime().availableProcessors(),
                512, chunk -> {
                    Checker checker = checkers.get();
                    List<String> found = new ArrayList<>(0);
                    for (Read r : chunk) {
                        found.addAll(check(r.record(), r.entry(), checker, projections));
                    }
                    return found;
                }, problems::addAll)) {
            store.forEachRecord(record -> {
                if (counts[0] % AuditListener.EVERY == 0) {
                    progress.checked(RECORDS, counts[0], records);
                }
                counts[0]++;
                projections.claim(record.leaf());
                checks.add(new Read(record, committed.remove(record.leaf())));
            });
            checks.finish();
        }
        progress.checked(RECORDS, counts[0], Math.max(counts[0], records));
        ShownIndex shown = new ShownIndex(problems);
        store.forEachAccess(access -> {
            counts[1]++;
            JsonNode body = parsed(access);
            Committed entry = committed.remove(access.leaf());
            if (entry == null || !Entry.ACCESS.equals(entry.kind())) {
                problems.add("access event at log entry " + access.leaf() + " does not match its entry");
            } else if (!Arrays.equals(sha256.digest(access.body()), entry.sha256())) {
                problems.add("access event at log entry " + access.leaf() + " (" + access.action() + " by "
                        + access.actor() + ") was altered after it was logged");
            } else if (!describedBy(access, body)) {
                problems.add("access event at log entry " + access.leaf() + ": who, what, of what, why or when as stored"
                        + " (" + access.action() + " by " + access.actor() + ") is not what was logged: altered after it"
                        + " was logged");
            }
            // Against what the stored event says: an event altered since it was logged is named above.
            shown.expect(access.leaf(), body);
        });
        store.forEachShownList(shown::found);
        shown.finish();
        store.forEachMerge(merge -> {
            Committed entry = committed.remove(merge.leaf());
            if (entry == null || !Entry.LINK.equals(entry.kind())) {
                problems.add("merge of " + merge.retired() + " into " + merge.into() + " at log entry " + merge.leaf()
                        + " does not match its entry");
            } else if (!Arrays.equals(sha256.digest(merge.body()), entry.sha256())) {
                problems.add("merge of " + merge.retired() + " into " + merge.into() + " (log entry " + merge.leaf()
                        + ") was altered after it was logged");
            }
        });
        store.forEachSplit(split -> {
            Committed entry = committed.remove(split.leaf());
            if (entry == null || !Entry.LINK.equals(entry.kind())) {
                problems.add("split of " + split.person() + " at log entry " + split.leaf() + " does not match its entry");
            } else if (!Arrays.equals(sha256.digest(split.body()), entry.sha256())) {
                problems.add("split of " + split.person() + " (log entry " + split.leaf()
                        + ") was altered after it was logged");
            }
        });
        projections.checkUnclaimed(leaf -> committed.containsKey(leaf)
                && Entry.RECORD.equals(committed.get(leaf).kind()), problems);
        committed.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String what = switch (e.getValue().kind()) {
                case Entry.RECORD -> "record " + e.getValue().name();
                case Entry.LINK -> "person change of " + e.getValue().name();
                default -> "access event (" + e.getValue().name() + ")";
            };
            problems.add(what + " logged at entry " + e.getKey() + " is missing from the store");
        });
        return counts;
    }

    /**
     * The index of what accesses showed ({@code access_shown}), which "who knew" finds an access by, against what each
     * access event commits to: the count and SHA-256 of its list ({@link Access#digestOf}). A row removed would hide an
     * access from "who knew", one added or changed would name a reader who never saw it.
     */
    private static final class ShownIndex {
        /** Each access event that listed what it showed, by leaf: the count and digest its body commits to. */
        private final Map<Long, String> expected = new HashMap<>();
        private final List<String> problems;

        ShownIndex(List<String> problems) {
            this.problems = problems;
        }

        /** An event's {@code body} as parsed, or null if it no longer parses (its commitment fails, which is said). */
        void expect(long leaf, JsonNode body) {
            JsonNode shown = body == null ? null : body.path("shown");
            if (shown != null && !shown.isMissingNode()) {
                expected.put(leaf, shown.path("count").asLong() + " " + shown.path("sha256").asText());
            }
        }

        void found(long leaf, List<String> targets) {
            String want = expected.remove(leaf);
            if (leaf < 0 || targets.contains(null)) {
                problems.add("the index of what accesses showed holds rows" + (leaf < 0 ? "" : " of log entry " + leaf)
                        + " that are not an entry's number and an id as text: altered after they were logged, so \"who"
                        + " knew\" would not find them");
            } else if (want == null) {
                problems.add("the index of what accesses showed holds " + targets.size() + " rows for log entry " + leaf
                        + ", whose access event lists nothing: added after it was logged");
            } else if (!want.equals(targets.size() + " " + Access.digestOf(targets))) {
                problems.add("the index of what the access at log entry " + leaf + " showed is not the list its event"
                        + " commits to: rows were added, removed or changed after it was logged, so \"who knew\" would"
                        + " miss or misattribute it");
            }
        }

        void finish() {
            expected.keySet().stream().sorted().forEach(leaf -> problems.add("the index of what the access at log entry "
                    + leaf + " showed has no rows where its event lists some: removed after it was logged, so \"who"
                    + " knew\" would miss it"));
        }
    }

    /** Whether the stored columns of {@code access}, which the web app's "who knew" shows, say what its logged body does. */
    private static boolean describedBy(AccessEvent access, JsonNode body) {
        if (body == null) {
            return false;
        }
        try {
            return body.path("actor").asText().equals(access.actor()) && body.path("action").asText().equals(access.action())
                    && Objects.equals(body.path("target").isNull() ? null : body.path("target").asText(null), access.target())
                    && body.path("reason").asText().equals(access.reason())
                    && Ledger.micros(Instant.parse(body.path("at").asText())) == access.atMicros();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** An access event's body as JSON, or null if it is no longer JSON. */
    private static JsonNode parsed(AccessEvent access) {
        try {
            return JSON.readTree(access.body());
        } catch (IOException e) {
            return null;
        }
    }

    /** The record parsed from its bytes, or null if they no longer parse (accepted by an earlier, more lenient version). */
    /**
     * What is wrong with one stored record, given the entry at its leaf ({@code entry}, null if none): an entry that
     * does not record it, bytes or a stored digest that no longer match the commitment, a stored type or event time
     * that is not the record's, and rows in the query tables that are not those it projects.
     */
    private static List<String> check(StoredRecord record, Committed entry, Checker checker, ProjectionCheck projections) {
        List<String> problems = new ArrayList<>(0);
        if (entry == null || !Entry.RECORD.equals(entry.kind()) || !record.id().equals(entry.name())) {
            problems.add("record " + record.id() + " claims log entry " + record.leaf() + ", which does not record it");
            return problems;
        }
        byte[] actual = checker.sha256.digest(record.raw());
        if (!Arrays.equals(actual, entry.sha256())) {
            problems.add("record " + record.id() + " (log entry " + record.leaf()
                    + ") no longer matches its commitment: it was altered after it was logged");
        } else if (!Arrays.equals(actual, record.sha256())) {
            problems.add("record " + record.id() + " (log entry " + record.leaf() + ") has a stored digest that was altered");
        } else {
            ParsedRecord parsed = checker.parsedOrNull(record);
            if (parsed == null) {
                return problems; // accepted by an earlier, more lenient version: nothing to compare
            }
            if (!parsed.type().equals(record.type()) || Ledger.micros(parsed.eventTime()) != record.eventMicros()) {
                problems.add("record " + record.id() + " (log entry " + record.leaf() + "): its stored type or event"
                        + " time is not the record's: they were altered after it was logged");
            }
            projections.check(record, parsed, problems, checker.fingerprints);
        }
        return problems;
    }

    /** One checking thread's own digest, parser and fingerprints. */
    private static final class Checker {
        private final MessageDigest sha256 = sha256();
        private final RecordParser parser = new RecordParser();
        private final ProjectionCheck.Fingerprints fingerprints = new ProjectionCheck.Fingerprints();

        /** The record as parsed from its bytes; null if they no longer parse (an earlier, more lenient version took them). */
        ParsedRecord parsedOrNull(StoredRecord record) {
            try {
                return parser.parse(record.raw()).record();
            } catch (InvalidRecordException e) {
                return null;
            }
        }
    }

    /** A stored record as read, with the entry at its leaf (null if none). */
    private record Read(StoredRecord record, Committed entry) {
    }

    /** What an entry commits to, kept compactly while the records are checked: a record's id or an action. */
    private record Committed(String kind, String name, byte[] sha256) {
    }

    private Map<Long, Checkpoint> readCheckpoints(Map<Long, String> stored, List<String> problems) {
        Map<Long, Checkpoint> valid = new java.util.TreeMap<>();
        int first = problems.size();
        int unsigned = 0;
        java.util.Set<String> unsignedOrigins = new java.util.TreeSet<>();
        for (Map.Entry<Long, String> e : stored.entrySet()) {
            long size = e.getKey();
            String note = e.getValue();
            try {
                Checkpoint checkpoint = Checkpoint.parse(verifier.verify(note));
                if (!checkpoint.origin().equals(origin)) {
                    problems.add("checkpoint for tree size " + size + " names another log: " + checkpoint.origin());
                } else if (checkpoint.size() != size) {
                    problems.add("checkpoint stored for tree size " + size + " is for size " + checkpoint.size());
                } else {
                    valid.put(size, checkpoint);
                }
            } catch (NoteVerificationException | IllegalArgumentException failed) {
                unsigned++;
                unsignedOrigins.add(Ledger.originLine(note));
                problems.add("checkpoint for tree size " + size + " does not verify with the log's key: "
                        + failed.getMessage());
            }
        }
        if (unsigned > 0 && unsigned == stored.size() && !unsignedOrigins.contains(origin)) {
            // Not one checkpoint verifies, and they name another log: more likely the wrong key than tampering.
            problems.add(first, "no checkpoint verifies with this data directory's key (origin " + origin + "): they"
                    + " are signed as " + String.join(", ", unsignedOrigins) + ". If that is this store's log, give"
                    + " verify the data directory that holds its log.key (on a shared PostgreSQL store each process"
                    + " keeps the key in its own --data); if not, its checkpoints were replaced");
        }
        return valid;
    }

    @SuppressWarnings("unchecked")
    private static Map.Entry<Long, Checkpoint>[] pendingHolder(Iterator<Map.Entry<Long, Checkpoint>> it) {
        Map.Entry<Long, Checkpoint>[] holder = new Map.Entry[1];
        holder[0] = it.hasNext() ? it.next() : null;
        return holder;
    }

    private static void checkAt(LogAppender tree, Map.Entry<Long, Checkpoint>[] pending,
                                Iterator<Map.Entry<Long, Checkpoint>> next, List<String> problems) {
        while (pending[0] != null && pending[0].getKey() <= tree.size()) {
            if (pending[0].getKey() == tree.size() || pending[0].getKey() == 0) {
                Hash root = pending[0].getKey() == 0 ? Rfc6962.emptyRoot() : tree.root();
                if (!root.equals(pending[0].getValue().root())) {
                    problems.add("checkpoint for tree size " + pending[0].getKey()
                            + " is not consistent with today's tree: it signed root " + pending[0].getValue().root()
                            + ", the entries now give " + root);
                }
            }
            pending[0] = next.hasNext() ? next.next() : null;
        }
    }

    /** The leaf hash the stored tree holds for a missing entry, so the rest of the audit can go on. */
    private Hash storedLeafHash(long index) {
        byte[] tile = store.readTile(0, index / Tile.FULL_WIDTH);
        int offset = (int) (index % Tile.FULL_WIDTH) * Hash.SIZE;
        if (tile == null || tile.length < offset + Hash.SIZE) {
            return Rfc6962.emptyRoot();
        }
        return Hash.of(Arrays.copyOfRange(tile, offset, offset + Hash.SIZE));
    }

    private void compareTiles(InMemoryTiles rebuilt, long size, List<String> problems) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        store.forEachTile((level, index, hashes) -> {
            seen.add(level + "/" + index);
            byte[] expected = rebuilt.readTile(level, index);
            if (expected == null) {
                problems.add("stored hash tile " + level + "/" + index + " is beyond the tree of " + size + (size == 1 ? " entry" : " entries"));
            } else if (!Arrays.equals(expected, hashes)) {
                problems.add("stored hash tile " + level + "/" + index + " differs from the tree rebuilt from the"
                        + " entries" + firstDifference(expected, hashes, level, index));
            }
        });
        for (Tile tile : Tile.covering(size)) {
            if (!seen.contains(tile.level() + "/" + tile.index())) {
                problems.add("stored hash tile " + tile.level() + "/" + tile.index() + " is missing");
            }
        }
    }

    private static String firstDifference(byte[] expected, byte[] stored, int level, long index) {
        int n = Math.min(expected.length, stored.length) / Hash.SIZE;
        for (int i = 0; i < n; i++) {
            if (!Arrays.equals(expected, i * Hash.SIZE, (i + 1) * Hash.SIZE, stored, i * Hash.SIZE, (i + 1) * Hash.SIZE)) {
                long node = index * Tile.FULL_WIDTH + i;
                return level == 0 ? ": log entry " + node + " was altered after it was logged"
                        : " at node " + node + " of level " + level * Tile.HEIGHT;
            }
        }
        return ": it holds " + stored.length / Hash.SIZE + " hashes where the entries give " + expected.length / Hash.SIZE;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
