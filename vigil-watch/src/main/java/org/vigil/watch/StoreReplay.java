package org.vigil.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.vigil.alerts.AlertChange;
import org.vigil.alerts.AlertEngine;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Submission;
import org.vigil.ingest.Ingest;
import org.vigil.ledger.Ledger;
import org.vigil.people.PersonIndex;
import org.vigil.store.ConcernStore;
import org.vigil.store.ReplayListener;

/**
 * Replays the store in event time, through a fresh person index (obeying the store's splits of persons) and a fresh
 * engine, as if every record had arrived live in that order: the alerts and priorities of an export are a pure
 * function of what was received and of the splits people decided, whatever order it was ingested in. Nothing is
 * written.
 */
public final class StoreReplay {
    /**
     * The same batches as a live replay commits, because a batch's mentions are observed with the persons they
     * belong to at the end of their batch (see {@link Watch}): the same batching gives the same alerts.
     */
    private static final int BATCH = Ingest.Options.DEFAULT.batchSize();

    private StoreReplay() {
    }

    /**
     * Replays every record with event time at or before {@code asOf} (all of them if null), then lets event time
     * run on to {@code asOf} so what has fallen overdue by then is raised; returns the engine as it then stands.
     */
    public static AlertEngine run(ConcernStore store, Instant asOf, Consumer<AlertChange> changes) {
        return run(store, asOf, changes, AlertEngine.History.ALL);
    }

    /**
     * An engine worked out from the records of the log's first {@code logSize} entries: what a caller that goes on
     * being told of later batches ({@link Watch}) must add to it is every batch from entry {@code logSize} on, linked
     * by {@code persons}, the persons the engine was given, numbered in event time.
     */
    public record Snapshot(AlertEngine engine, PersonIndex persons, long logSize) {
    }

    /**
     * Replays every record logged so far, as {@link #run(ConcernStore, Instant, Consumer)} with no {@code asOf}, and
     * says up to which log entry: records committed while it runs are left out, whole batches at a time, for the caller
     * to add.
     */
    public static Snapshot snapshot(ConcernStore store) {
        long size = store.logSize();
        PersonIndex people = PersonIndex.forStore(store);
        return new Snapshot(run(store, null, change -> { }, AlertEngine.History.ALL, size, people, ReplayListener.NONE),
                people, size);
    }

    /** As {@link #run(ConcernStore, Instant, Consumer)}, keeping each alert's updates as {@code history} says. */
    public static AlertEngine run(ConcernStore store, Instant asOf, Consumer<AlertChange> changes,
                                  AlertEngine.History history) {
        return run(store, asOf, changes, history, ReplayListener.NONE);
    }

    /** As {@link #run(ConcernStore, Instant, Consumer, AlertEngine.History)}, telling {@code progress} how far it is. */
    public static AlertEngine run(ConcernStore store, Instant asOf, Consumer<AlertChange> changes,
                                  AlertEngine.History history, ReplayListener progress) {
        return run(store, asOf, changes, history, Long.MAX_VALUE, PersonIndex.forStore(store), progress);
    }

    private static AlertEngine run(ConcernStore store, Instant asOf, Consumer<AlertChange> changes,
                                   AlertEngine.History history, long beforeLeaf, PersonIndex people,
                                   ReplayListener progress) {
        AlertEngine engine = new AlertEngine(history);
        Watch watch = new Watch(engine, changes);
        RecordParser parser = new RecordParser();
        List<Submission> batch = new ArrayList<>(BATCH);
        store.forEachRecordByEventTime(asOf == null ? Long.MAX_VALUE : Ledger.micros(asOf), r -> {
            if (r.leaf() >= beforeLeaf) {
                return;
            }
            batch.add(r.parse(parser));
            if (batch.size() == BATCH) {
                flush(batch, people, watch);
            }
        }, progress);
        flush(batch, people, watch);
        if (asOf != null) {
            engine.advanceTo(asOf).forEach(changes);
        }
        return engine;
    }

    private static void flush(List<Submission> batch, PersonIndex people, Watch watch) {
        if (!batch.isEmpty()) {
            watch.committed(List.copyOf(batch), people.link(batch), -1);
            batch.clear();
        }
    }
}
