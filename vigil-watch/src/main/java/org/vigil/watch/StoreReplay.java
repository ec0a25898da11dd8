package org.vigil.watch;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.vigil.alerts.AlertChange;
import org.vigil.alerts.AlertEngine;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Submission;
import org.vigil.concurrent.Stages;
import org.vigil.ingest.Ingest;
import org.vigil.ledger.PersonChanges;
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
     * The live replay's batch size. The alerts do not depend on it, since {@link Watch} observes each record with the
     * persons as linked at that record, however the records were batched; it sets how often the stages hand over.
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
        RecordParser parser = new RecordParser();
        try (Pipeline pipeline = new Pipeline(people, new Watch(engine, changes))) {
            store.forEachRecordByEventTime(asOf == null ? Long.MAX_VALUE : Ledger.micros(asOf), r -> {
                if (r.leaf() < beforeLeaf) {
                    pipeline.add(r.parse(parser));
                }
            }, progress);
            pipeline.finish();
        }
        if (asOf != null) {
            engine.advanceTo(asOf).forEach(changes);
        }
        return engine;
    }

    /**
     * The replay's stages, as a live replay runs them ({@link org.vigil.ingest.Ingest}): while the caller reads and
     * parses records, batch <i>k</i>+1 is linked on one thread and batch <i>k</i> watched on another, each in batch
     * order, so the outcome is the one a single thread gets. The watcher sees each batch's persons as linking left them
     * at the end of that batch ({@link PersonChanges}), whatever later batches the linker has begun.
     */
    private static final class Pipeline implements AutoCloseable {
        /** How many linked batches may wait for the watcher before reading waits for it. */
        private static final int BACKLOG = 2;

        private final PersonIndex people;
        private final Watch watch;
        private final ExecutorService linking = Executors.newSingleThreadExecutor(Stages.named("vigil-replay-linker"));
        private final ExecutorService watching = Executors.newSingleThreadExecutor(Stages.named("vigil-replay-watch"));
        private final ArrayDeque<Future<?>> watched = new ArrayDeque<>();
        private List<Submission> batch = new ArrayList<>(BATCH);

        Pipeline(PersonIndex people, Watch watch) {
            this.people = people;
            this.watch = watch;
        }

        void add(Submission record) {
            batch.add(record);
            if (batch.size() == BATCH) {
                handOn();
            }
        }

        /** Hands on the last batch and waits until every batch has been watched; a stage's failure is thrown here. */
        void finish() {
            handOn();
            while (!watched.isEmpty()) {
                Stages.await(watched.poll());
            }
        }

        private void handOn() {
            if (batch.isEmpty()) {
                return;
            }
            List<Submission> records = List.copyOf(batch);
            batch = new ArrayList<>(BATCH);
            Future<PersonChanges> persons = linking.submit(() -> people.link(records));
            while (watched.size() >= BACKLOG) {
                Stages.await(watched.poll());
            }
            watched.add(watching.submit(() -> watch.committed(records, Stages.await(persons), -1)));
        }

        /** Stops both threads; after a failure, what they had not done is dropped. */
        @Override
        public void close() {
            linking.shutdownNow();
            watching.shutdownNow();
        }
    }
}
