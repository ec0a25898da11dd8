package org.vigil.store;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.vigil.concern.Concern;
import org.vigil.concern.RecordParser;
import org.vigil.log.TileReader;

/**
 * The store behind Vigil: records exactly as received, their projections, access events and the log (entries,
 * hash tiles and checkpoints). Implemented by {@link SqliteConcernStore} (embedded, the default) and
 * {@link PostgresConcernStore} (shared deployments). Not thread-safe: one writer at a time.
 */
public interface ConcernStore extends TileReader, AutoCloseable {

    /** Appends a batch in one transaction; on any failure nothing of it is stored. */
    void append(StoreBatch batch);

    /** The SHA-256 of each stored record among {@code ids}; ids not stored are absent from the map. */
    Map<String, byte[]> digestsOf(Collection<String> ids);

    /** The record with this id, if stored. */
    Optional<StoredRecord> record(String id);

    /** The stored concern with this id, as parsed; empty if there is none (or the id is a decision's). */
    default Optional<Concern> concern(String id) {
        return record(id).map(r -> r.parse(new RecordParser()).record()).filter(Concern.class::isInstance)
                .map(Concern.class::cast);
    }

    /** Every stored record, in leaf order. */
    void forEachRecord(Consumer<StoredRecord> visitor);

    /** Every stored record in event-time order (ties by id), up to and including {@code untilMicros}. */
    void forEachRecordByEventTime(long untilMicros, Consumer<StoredRecord> visitor);

    /** How many stored records {@link #forEachRecordByEventTime} visits up to {@code untilMicros}: a replay's total. */
    long recordCount(long untilMicros);

    /**
     * As {@link #forEachRecordByEventTime(long, Consumer)}, telling {@code progress} how many records it has visited of
     * how many, every {@link ReplayListener#EVERY} and at the end.
     */
    default void forEachRecordByEventTime(long untilMicros, Consumer<StoredRecord> visitor, ReplayListener progress) {
        if (progress == ReplayListener.NONE) {
            forEachRecordByEventTime(untilMicros, visitor);
            return;
        }
        long total = recordCount(untilMicros);
        long[] visited = {0};
        forEachRecordByEventTime(untilMicros, r -> {
            visitor.accept(r);
            if (++visited[0] % ReplayListener.EVERY == 0) {
                progress.replayed(visited[0], total);
            }
        });
        progress.replayed(visited[0], total);
    }

    /** Every access event, in leaf order. */
    void forEachAccess(Consumer<AccessEvent> visitor);

    /**
     * The access events whose target is any of {@code targets}, or that showed any of them, in leaf order; each once,
     * however often named, with {@link AccessEvent#shown} the ones of {@code targets} it showed.
     */
    List<AccessEvent> accessesTo(Collection<String> targets);

    /**
     * What each access showed, as the store's index holds it: each leaf with its list in the order logged, in leaf
     * order. A row whose leaf is not a whole number comes under leaf -1, and a target that is not text as null, so that
     * the audit, which checks these lists against the counts and digests the events commit to, reads them as the
     * lookups match them.
     */
    void forEachShownList(BiConsumer<Long, List<String>> visitor);

    /** The latest {@code limit} access events made by {@code actor}, newest first. */
    default List<AccessEvent> accessesBy(String actor, int limit) {
        return accessesBy(actor, Long.MAX_VALUE, Long.MAX_VALUE, limit);
    }

    /**
     * The latest {@code limit} access events made by {@code actor} before log entry {@code beforeLeaf} and at or
     * before {@code untilMicros}, newest first: a page of what one person looked at, the next page older than its
     * last entry.
     */
    List<AccessEvent> accessesBy(String actor, long beforeLeaf, long untilMicros, int limit);

    /** The number of entries in the log. */
    long logSize();

    /**
     * The number of entries in the log and the tree size of its latest checkpoint, read together: another process's
     * commit falls wholly before or wholly after the read. Equal in a store that Vigil alone has written.
     */
    LogHead logHead();

    /**
     * Runs {@code reads} against the store as it is at one moment: what other processes commit meanwhile is not seen.
     * An audit of a store that another process is writing to reads entries, tiles and records that agree. The reads
     * must not write.
     */
    <T> T atOneMoment(Supplier<T> reads);

    /** The log's entry count and its latest checkpoint's tree size (0 when there is none), as read at one moment. */
    record LogHead(long entries, long signed) {
    }

    /** The log entry at {@code index}, or empty if there is none. */
    Optional<byte[]> entry(long index);

    /** Every log entry from {@code from} on, in order, with its index. */
    void forEachEntry(long from, EntryVisitor visitor);

    /** Every signed checkpoint ever issued, keyed and ordered by tree size. */
    Map<Long, String> checkpoints();

    /** The checkpoint with the largest tree size, if any. */
    Optional<String> latestCheckpoint();

    /** Every stored hash tile as (level, index, hashes), for verification. */
    void forEachTile(TileVisitor visitor);

    /** The mentions of every stored concern, in leaf order. */
    void forEachMention(Consumer<MentionRow> visitor);

    /**
     * The rows of the query tables ({@link Projection.Table}) as stored, in leaf order, each leaf's rows together (table
     * by table): for checking them against the records they project.
     */
    void forEachProjection(ProjectionVisitor visitor);

    /** Takes the rows the query tables hold for one log entry. */
    @FunctionalInterface
    interface ProjectionVisitor {
        void visit(long leaf, List<Projection.Row> rows);
    }

    /** Every mention's person, in mention order; empty until mentions are linked. */
    void forEachPersonLink(Consumer<PersonLink> visitor);

    /** Every merge of two persons, in log order. */
    void forEachMerge(Consumer<PersonMerge> visitor);

    /** Every split of a person, in log order. */
    void forEachSplit(Consumer<PersonSplit> visitor);

    /** Every stored record at leaf {@code from} or later, in leaf order: what another process added since. */
    void forEachRecordFrom(long from, Consumer<StoredRecord> visitor);

    /**
     * Takes the store's {@link WriterLease}, waiting up to {@code wait} while another process holds it; empty if it
     * is still held by then.
     */
    Optional<WriterLease> lease(Duration wait);

    /**
     * Takes the store's {@link WriterLease}, running {@code onWait} first if another process holds it, and waiting up
     * to {@code wait} for it. Throws {@link IllegalStateException} if it is still held by then.
     */
    default WriterLease awaitLease(Duration wait, Runnable onWait) {
        Optional<WriterLease> lease = lease(Duration.ZERO);
        if (lease.isEmpty()) {
            onWait.run();
            lease = lease(wait);
        }
        return lease.orElseThrow(() -> new IllegalStateException("another process has been adding records to this"
                + " store for over " + wait.toMinutes() + " minutes; try again when it has finished"));
    }

    /**
     * Whether another process is waiting for the writer lease (one waiting holds the queue for it): a long ingest
     * that holds the lease gives it over between batches then ({@link org.vigil.ingest.TakingTurns}).
     */
    boolean othersWaiting();

    @Override
    void close();

    /** Receives one log entry. */
    @FunctionalInterface
    interface EntryVisitor {
        void visit(long index, byte[] entry);
    }

    /** Receives one stored hash tile. */
    @FunctionalInterface
    interface TileVisitor {
        void visit(int level, long index, byte[] hashes);
    }
}
