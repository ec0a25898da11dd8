package org.vigil.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.vigil.log.Tile;

/**
 * The SQL both stores share: it is portable between SQLite and PostgreSQL. Subclasses open and tune the connection
 * and migrate the schema.
 */
abstract class JdbcConcernStore implements ConcernStore {
    private static final int LOOKUP_CHUNK = 500;

    protected final Connection connection;
    /** Whether reads are being held in one transaction by {@link #atOneMoment}. */
    private boolean atOneMoment;
    /** How many times this connection holds the writer lease (it is reentrant). */
    private int leases;
    /** Whether this connection, waiting for the lease, holds the queue lock. */
    private boolean queued;

    JdbcConcernStore(Connection connection) {
        this.connection = connection;
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException("cannot start using the store", e);
        }
    }

    @Override
    public void append(StoreBatch batch) {
        if (atOneMoment) {
            throw new IllegalStateException("reads held at one moment must not write");
        }
        try {
            insertEntries(batch);
            insertRecords(batch.records());
            insertAccesses(batch.accesses());
            insertPersons(batch.links(), batch.merges());
            insertSplits(batch.splits());
            upsertTiles(batch.tiles());
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO checkpoint (size, note) VALUES (?, ?)")) {
                ps.setLong(1, batch.checkpointSize());
                ps.setString(2, batch.checkpoint());
                ps.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            throw e instanceof StoreException se ? se : new StoreException("could not store a batch of "
                    + batch.entries().size() + " log entries from index " + batch.firstLeaf(), e);
        }
    }

    private void insertEntries(StoreBatch batch) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO log_entry (idx, entry) VALUES (?, ?)")) {
            long index = batch.firstLeaf();
            for (byte[] entry : batch.entries()) {
                ps.setLong(1, index++);
                ps.setBytes(2, entry);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertRecords(List<StoredRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        Map<Projection.Table, PreparedStatement> tables = new EnumMap<>(Projection.Table.class);
        try (PreparedStatement record = connection.prepareStatement(
                "INSERT INTO record (leaf, id, type, event_us, sha256, raw) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Projection.Table t : Projection.Table.values()) {
                tables.put(t, connection.prepareStatement(t.insert()));
            }
            for (StoredRecord r : records) {
                record.setLong(1, r.leaf());
                record.setString(2, r.id());
                record.setString(3, r.type());
                record.setLong(4, r.eventMicros());
                record.setBytes(5, r.sha256());
                record.setBytes(6, r.raw());
                record.addBatch();
                for (Projection.Row row : Projection.of(r.leaf(), r.eventMicros(), r.parsed())) {
                    bind(tables.get(row.table()), row);
                }
            }
            record.executeBatch();
            for (PreparedStatement table : tables.values()) {
                table.executeBatch();
            }
        } finally {
            for (PreparedStatement table : tables.values()) {
                table.close();
            }
        }
    }

    /** Adds {@code row} to its table's batch; a null goes in as the column's type, as PostgreSQL asks. */
    private static void bind(PreparedStatement insert, Projection.Row row) throws SQLException {
        for (int i = 0; i < row.table().width(); i++) {
            Object v = row.value(i);
            if (v == null) {
                insert.setNull(i + 1, row.table().type(i));
            } else if (v instanceof Long n) {
                insert.setLong(i + 1, n);
            } else {
                insert.setString(i + 1, (String) v);
            }
        }
        insert.addBatch();
    }

    private void insertAccesses(List<AccessEvent> accesses) throws SQLException {
        if (accesses.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO access_event"
                + " (leaf, at_us, actor, action, target, reason, body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (AccessEvent a : accesses) {
                ps.setLong(1, a.leaf());
                ps.setLong(2, a.atMicros());
                ps.setString(3, a.actor());
                ps.setString(4, a.action());
                ps.setString(5, a.target());
                ps.setString(6, a.reason());
                ps.setBytes(7, a.body());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (accesses.stream().anyMatch(a -> !a.shown().isEmpty())) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO access_shown (leaf, pos, target) VALUES (?, ?, ?)")) {
                for (AccessEvent a : accesses) {
                    for (int i = 0; i < a.shown().size(); i++) {
                        ps.setLong(1, a.leaf());
                        ps.setLong(2, i);
                        ps.setString(3, a.shown().get(i));
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        }
    }

    private void insertPersons(List<PersonLink> links, List<PersonMerge> merges) throws SQLException {
        if (!merges.isEmpty()) {
            try (PreparedStatement merge = connection.prepareStatement("INSERT INTO person_merge"
                    + " (leaf, at_us, retired, into_person, trigger_mention, body) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement move = connection.prepareStatement(
                         "UPDATE person_link SET person = ? WHERE person = ?")) {
                for (PersonMerge m : merges) {
                    merge.setLong(1, m.leaf());
                    merge.setLong(2, m.atMicros());
                    merge.setString(3, m.retired());
                    merge.setString(4, m.into());
                    merge.setString(5, m.trigger());
                    merge.setBytes(6, m.body());
                    merge.addBatch();
                    move.setString(1, m.into());
                    move.setString(2, m.retired());
                    move.addBatch();
                }
                merge.executeBatch();
                move.executeBatch();
            }
        }
        if (!links.isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO person_link (mention, person) VALUES (?, ?)"
                    + " ON CONFLICT (mention) DO UPDATE SET person = excluded.person")) {
                for (PersonLink link : links) {
                    ps.setString(1, link.mention());
                    ps.setString(2, link.person());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private void insertSplits(List<PersonSplit> splits) throws SQLException {
        if (splits.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO person_split"
                + " (leaf, at_us, person, new_person, actor, body, revokes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (PersonSplit s : splits) {
                ps.setLong(1, s.leaf());
                ps.setLong(2, s.atMicros());
                ps.setString(3, s.person());
                ps.setString(4, s.newPerson());
                ps.setString(5, s.actor());
                ps.setBytes(6, s.body());
                if (s.isRevocation()) {
                    ps.setLong(7, s.revokes());
                } else {
                    ps.setNull(7, Types.BIGINT);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void upsertTiles(Map<Tile, byte[]> tiles) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO log_tile (level, idx, hashes) VALUES (?, ?, ?)"
                + " ON CONFLICT (level, idx) DO UPDATE SET hashes = excluded.hashes")) {
            for (Map.Entry<Tile, byte[]> t : tiles.entrySet()) {
                ps.setInt(1, t.getKey().level());
                ps.setLong(2, t.getKey().index());
                ps.setBytes(3, t.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public Map<String, byte[]> digestsOf(Collection<String> ids) {
        Map<String, byte[]> found = new HashMap<>();
        lookUpIn("SELECT id, sha256 FROM record WHERE id", new ArrayList<>(ids),
                rs -> found.put(rs.getString(1), rs.getBytes(2)), ids.size() + " record ids");
        return found;
    }

    @Override
    public Optional<StoredRecord> record(String id) {
        return query("SELECT leaf, id, type, event_us, sha256, raw FROM record WHERE id = ?",
                ps -> ps.setString(1, id), rs -> rs.next() ? Optional.of(storedRecord(rs)) : Optional.empty());
    }

    @Override
    public void forEachRecord(Consumer<StoredRecord> visitor) {
        stream("SELECT leaf, id, type, event_us, sha256, raw FROM record ORDER BY leaf",
                rs -> visitor.accept(storedRecord(rs)));
    }

    @Override
    public void forEachRecordFrom(long from, Consumer<StoredRecord> visitor) {
        stream("SELECT leaf, id, type, event_us, sha256, raw FROM record WHERE leaf >= " + from + " ORDER BY leaf",
                rs -> visitor.accept(storedRecord(rs)));
    }

    @Override
    public void forEachRecordByEventTime(long untilMicros, Consumer<StoredRecord> visitor) {
        stream("SELECT leaf, id, type, event_us, sha256, raw FROM record WHERE event_us <= " + untilMicros
                + " ORDER BY event_us, id", rs -> visitor.accept(storedRecord(rs)));
    }

    @Override
    public long recordCount(long untilMicros) {
        return query("SELECT COUNT(*) FROM record WHERE event_us <= ?", ps -> ps.setLong(1, untilMicros), rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    private static StoredRecord storedRecord(ResultSet rs) throws SQLException {
        return new StoredRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getBytes(5),
                rs.getBytes(6), null);
    }

    @Override
    public void forEachAccess(Consumer<AccessEvent> visitor) {
        // Who and to what as the lookups match them: a value stored as another type (a BLOB in SQLite) matches no lookup
        // by text, so it is given as it will not compare equal to the logged event, and the audit names it.
        stream("SELECT leaf, at_us, CASE WHEN CAST(actor AS TEXT) = actor THEN actor ELSE '' END, action,"
                + " CASE WHEN target IS NULL OR CAST(target AS TEXT) = target THEN target ELSE '' END, reason, body"
                + " FROM access_event ORDER BY leaf", rs -> visitor.accept(accessEvent(rs)));
    }

    @Override
    public List<AccessEvent> accessesTo(Collection<String> targets) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(targets));
        // By leaf: an access to one target that showed another, or showed two of them, is found more than once.
        Map<Long, AccessEvent> found = new TreeMap<>();
        Map<Long, List<String>> showed = new HashMap<>();
        lookUpIn("SELECT leaf, at_us, actor, action, target, reason, body FROM access_event WHERE target", all,
                rs -> found.putIfAbsent(rs.getLong(1), accessEvent(rs)), "the accesses to " + targets.size() + " targets");
        lookUpIn("SELECT e.leaf, e.at_us, e.actor, e.action, e.target, e.reason, e.body, s.target FROM access_event e"
                + " JOIN access_shown s ON s.leaf = e.leaf WHERE s.target", all, rs -> {
                    long leaf = rs.getLong(1);
                    if (!found.containsKey(leaf)) {
                        found.put(leaf, accessEvent(rs));
                    }
                    showed.computeIfAbsent(leaf, l -> new ArrayList<>()).add(rs.getString(8));
                }, "the accesses showing " + targets.size() + " targets");
        List<AccessEvent> out = new ArrayList<>(found.size());
        for (AccessEvent a : found.values()) {
            List<String> matched = showed.get(a.leaf());
            out.add(matched == null ? a : new AccessEvent(a.leaf(), a.atMicros(), a.actor(), a.action(), a.target(),
                    a.reason(), a.body(), matched));
        }
        return out;
    }

    @Override
    public void forEachShownList(BiConsumer<Long, List<String>> visitor) {
        long[] leaf = {Long.MIN_VALUE};
        List<String> list = new ArrayList<>();
        stream("SELECT CASE WHEN CAST(leaf AS BIGINT) = leaf THEN leaf ELSE -1 END,"
                + " CASE WHEN CAST(target AS TEXT) = target THEN target END FROM access_shown ORDER BY leaf, pos", rs -> {
                    long l = rs.getLong(1);
                    if (l != leaf[0] && !list.isEmpty()) {
                        visitor.accept(leaf[0], new ArrayList<>(list));
                        list.clear();
                    }
                    leaf[0] = l;
                    list.add(rs.getString(2));
                });
        if (!list.isEmpty()) {
            visitor.accept(leaf[0], new ArrayList<>(list));
        }
    }

    @Override
    public List<AccessEvent> accessesBy(String actor, long beforeLeaf, long untilMicros, int limit) {
        return query("SELECT leaf, at_us, actor, action, target, reason, body FROM access_event WHERE actor = ?"
                + " AND leaf < ? AND at_us <= ? ORDER BY leaf DESC LIMIT ?", ps -> {
                    ps.setString(1, actor);
                    ps.setLong(2, beforeLeaf);
                    ps.setLong(3, untilMicros);
                    ps.setInt(4, limit);
                }, rs -> {
                    List<AccessEvent> found = new ArrayList<>();
                    while (rs.next()) {
                        found.add(accessEvent(rs));
                    }
                    return found;
                });
    }

    private static AccessEvent accessEvent(ResultSet rs) throws SQLException {
        return new AccessEvent(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBytes(7));
    }

    @Override
    public long logSize() {
        return query("SELECT MAX(idx) FROM log_entry", ps -> { }, rs -> {
            rs.next();
            long max = rs.getLong(1);
            return rs.wasNull() ? 0L : max + 1;
        });
    }

    @Override
    public <T> T atOneMoment(Supplier<T> reads) {
        if (atOneMoment) {
            return reads.get();
        }
        try {
            connection.commit();
            int isolation = connection.getTransactionIsolation();
            if (isolation < Connection.TRANSACTION_REPEATABLE_READ) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            atOneMoment = true;
            try {
                return reads.get();
            } finally {
                atOneMoment = false;
                connection.commit();
                connection.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("could not read the store at one moment", e);
        }
    }

    /** Ends a read's transaction, unless it is one of the reads {@link #atOneMoment} holds together. */
    private void endRead() throws SQLException {
        if (!atOneMoment) {
            connection.commit();
        }
    }

    /** One statement, so one snapshot: PostgreSQL's read-committed isolation gives each statement its own. */
    @Override
    public LogHead logHead() {
        return query("SELECT (SELECT MAX(idx) FROM log_entry), (SELECT MAX(size) FROM checkpoint)", ps -> { }, rs -> {
            rs.next();
            long last = rs.getLong(1);
            long entries = rs.wasNull() ? 0L : last + 1;
            return new LogHead(entries, rs.getLong(2));
        });
    }

    @Override
    public Optional<byte[]> entry(long index) {
        return query("SELECT entry FROM log_entry WHERE idx = ?", ps -> ps.setLong(1, index),
                rs -> rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty());
    }

    @Override
    public void forEachEntry(long from, EntryVisitor visitor) {
        stream("SELECT idx, entry FROM log_entry WHERE idx >= " + from + " ORDER BY idx",
                rs -> visitor.visit(rs.getLong(1), rs.getBytes(2)));
    }

    @Override
    public byte[] readTile(int level, long index) {
        return query("SELECT hashes FROM log_tile WHERE level = ? AND idx = ?", ps -> {
            ps.setInt(1, level);
            ps.setLong(2, index);
        }, rs -> rs.next() ? rs.getBytes(1) : null);
    }

    @Override
    public void forEachTile(TileVisitor visitor) {
        stream("SELECT level, idx, hashes FROM log_tile ORDER BY level, idx",
                rs -> visitor.visit(rs.getInt(1), rs.getLong(2), rs.getBytes(3)));
    }

    @Override
    public Map<Long, String> checkpoints() {
        Map<Long, String> all = new TreeMap<>();
        stream("SELECT size, note FROM checkpoint ORDER BY size", rs -> all.put(rs.getLong(1), rs.getString(2)));
        return all;
    }

    @Override
    public Optional<String> latestCheckpoint() {
        return query("SELECT note FROM checkpoint ORDER BY size DESC LIMIT 1", ps -> { },
                rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.empty());
    }

    @Override
    public void forEachSplit(Consumer<PersonSplit> visitor) {
        stream("SELECT leaf, person, body FROM person_split ORDER BY leaf",
                rs -> visitor.accept(PersonSplit.read(rs.getLong(1), rs.getString(2), rs.getBytes(3))));
    }

    @Override
    public void forEachMention(Consumer<MentionRow> visitor) {
        ObjectMapper json = new ObjectMapper();
        stream("SELECT r.id, m.ref, m.role, m.name, m.aliases, p.person FROM mention m JOIN record r ON r.leaf = m.leaf"
                + " LEFT JOIN person_link p ON p.mention = r.id || '/' || m.ref ORDER BY m.leaf, m.ref", rs -> {
                    List<String> aliases;
                    try {
                        aliases = List.of(json.readValue(rs.getString(5), String[].class));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new SQLException("mention aliases are not a JSON list: " + rs.getString(5), e);
                    }
                    visitor.accept(new MentionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            aliases, rs.getString(6)));
                });
    }

    @Override
    public void forEachProjection(ProjectionVisitor visitor) {
        // One cursor per table, each in leaf order by its primary key, merged by leaf: a record's rows come together
        // without sorting the tables.
        List<PreparedStatement> statements = new ArrayList<>();
        try {
            List<TableCursor> cursors = new ArrayList<>();
            for (Projection.Table t : Projection.Table.values()) {
                PreparedStatement ps = connection.prepareStatement(t.selectAll());
                statements.add(ps);
                ps.setFetchSize(1000);
                cursors.add(new TableCursor(t, ps.executeQuery()));
            }
            while (true) {
                long leaf = Long.MAX_VALUE;
                for (TableCursor c : cursors) {
                    if (c.row != null) {
                        leaf = Math.min(leaf, c.row.leaf());
                    }
                }
                if (leaf == Long.MAX_VALUE) {
                    break;
                }
                List<Projection.Row> rows = new ArrayList<>();
                for (TableCursor c : cursors) {
                    while (c.row != null && c.row.leaf() == leaf) {
                        rows.add(c.row);
                        c.next();
                    }
                }
                visitor.visit(leaf, rows);
            }
            for (PreparedStatement ps : statements) {
                ps.close();
            }
            endRead();
        } catch (SQLException e) {
            for (PreparedStatement ps : statements) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // the first failure is the one worth reporting
                }
            }
            rollbackQuietly();
            throw new StoreException("query of the projection tables failed", e);
        }
    }

    /** A table's rows in leaf order, one ahead. */
    private static final class TableCursor {
        private final Projection.Table table;
        private final ResultSet rs;
        private Projection.Row row;

        TableCursor(Projection.Table table, ResultSet rs) throws SQLException {
            this.table = table;
            this.rs = rs;
            next();
        }

        void next() throws SQLException {
            if (!rs.next()) {
                row = null;
                rs.close();
                return;
            }
            Object[] values = new Object[table.width()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getObject(i + 1);
            }
            row = new Projection.Row(table, values);
        }
    }

    @Override
    public void forEachPersonLink(Consumer<PersonLink> visitor) {
        stream("SELECT mention, person FROM person_link ORDER BY mention",
                rs -> visitor.accept(new PersonLink(rs.getString(1), rs.getString(2))));
    }

    @Override
    public void forEachMerge(Consumer<PersonMerge> visitor) {
        stream("SELECT leaf, at_us, retired, into_person, trigger_mention, body FROM person_merge ORDER BY leaf",
                rs -> visitor.accept(new PersonMerge(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBytes(6))));
    }

    @Override
    public Optional<WriterLease> lease(Duration wait) {
        try {
            return WriterLease.poll(wait, () -> {
                Optional<WriterLease> lease = tryLease();
                if (lease.isEmpty() && !queued) {
                    queued = tryLock(Lock.QUEUE);
                }
                return lease;
            });
        } finally {
            if (queued) {
                queued = false;
                unlock(Lock.QUEUE);
            }
        }
    }

    @Override
    public boolean othersWaiting() {
        if (queued) {
            return false;
        }
        if (!tryLock(Lock.QUEUE)) {
            return true;
        }
        unlock(Lock.QUEUE);
        return false;
    }

    private Optional<WriterLease> tryLease() {
        if (leases == 0 && !tryLock(Lock.LEASE)) {
            return Optional.empty();
        }
        leases++;
        AtomicBoolean held = new AtomicBoolean(true);
        return Optional.of(() -> {
            // A lease closed after its store was closed has nothing left to give back.
            if (held.getAndSet(false) && leases > 0 && --leases == 0) {
                unlock(Lock.LEASE);
            }
        });
    }

    /**
     * The two locks between processes: the {@link WriterLease} itself, and the queue, which one process waiting for
     * the lease holds so that the holder can see it waits ({@link #othersWaiting()}).
     */
    protected enum Lock { LEASE, QUEUE }

    /** Takes the lock if no other process or connection holds it; does not wait. */
    protected abstract boolean tryLock(Lock lock);

    /** Gives the lock back. */
    protected abstract void unlock(Lock lock);

    /** Closes the connection, giving back the writer lease if held; closing again does nothing. */
    @Override
    public void close() {
        try {
            if (leases > 0) {
                leases = 0;
                unlock(Lock.LEASE);
            }
        } catch (RuntimeException e) {
            // Closing the connection below gives it back all the same.
        }
        try {
            if (connection.isClosed()) {
                return;
            }
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("could not close the store", e);
        }
    }

    /** Runs a query in its own read transaction and maps its result. */
    protected <T> T query(String sql, Binder binder, Mapper<T> mapper) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            T result;
            try (ResultSet rs = ps.executeQuery()) {
                result = mapper.map(rs);
            }
            endRead();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("query failed: " + sql, e);
        }
    }

    /** Streams a large result row by row, without holding it in memory. */
    protected void stream(String sql, RowVisitor visitor) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setFetchSize(1000);
            visitRows(ps, visitor);
            endRead();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("query failed: " + sql, e);
        }
    }

    /**
     * Runs {@code select} (ending with the column to match) with {@code IN (?, …)} over {@code keys}, at most
     * {@link #LOOKUP_CHUNK} at a time, in one transaction, handing each row to {@code visitor}; {@code what} names
     * what was looked up if it fails.
     */
    private void lookUpIn(String select, List<String> keys, RowVisitor visitor, String what) {
        try {
            for (int from = 0; from < keys.size(); from += LOOKUP_CHUNK) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + LOOKUP_CHUNK));
                String sql = select + " IN (" + "?,".repeat(chunk.size() - 1) + "?)";
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    visitRows(ps, visitor);
                }
            }
            endRead();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("could not look up " + what, e);
        }
    }

    /** Runs the prepared query and hands each row to {@code visitor}. */
    private static void visitRows(PreparedStatement ps, RowVisitor visitor) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                visitor.visit(rs);
            }
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is the one worth reporting.
        }
    }

    /** Sets a statement's parameters. */
    @FunctionalInterface
    protected interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Maps a whole result set. */
    @FunctionalInterface
    protected interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Receives one row of a streamed result. */
    @FunctionalInterface
    protected interface RowVisitor {
        void visit(ResultSet rs) throws SQLException;
    }
}
