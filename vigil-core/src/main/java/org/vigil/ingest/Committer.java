package org.vigil.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vigil.concern.Concern;
import org.vigil.concern.MentionKeyClash;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Submission;
import org.vigil.concurrent.Stages;
import org.vigil.ledger.Ledger;
import org.vigil.ledger.PersonChanges;
import org.vigil.store.ConcernStore;
import org.vigil.store.StoredRecord;

/**
 * The committing half of ingest: de-duplicates a batch of outcomes against the store and itself, quarantines what
 * cannot be accepted, links the new mentions into persons, and commits the rest, with their persons, to the ledger as
 * one batch. A record whose id is already stored is a no-op if its content is the same (byte for byte, or as JSON with
 * keys in another order), and rejected if not.
 *
 * <p>The three costly steps run as a pipeline, each on its own thread and each in batch order, so the batches come
 * out exactly as they would one after another: while batch <i>k</i> is committed (SQLite, on the calling thread), batch
 * <i>k</i>+1 is being linked (in memory, on the linking thread) and batch <i>k</i>−1 is being told to the listener (the
 * pattern engine, on the listening thread). A batch is acknowledged (its {@code onCommitted} runs) only once it is
 * committed. Records handed in but not yet committed are remembered, so a later batch still sees them as received.
 * Call {@link #flush} to drain the pipeline; a failure in any step is thrown from the next call on this thread.
 */
final class Committer {
    /** How many committed batches may wait for the listener before committing waits for it. */
    private static final int LISTENER_BACKLOG = 2;

    private final ConcernStore store;
    private final Ledger ledger;
    private final MentionLinker linker;
    private final CommitListener listener;
    long accepted;
    long unchanged;
    private final Map<Integer, long[]> bySource = new HashMap<>();
    /** Records de-duplicated into a batch not yet committed, by id. */
    private final Map<String, Submission> inFlight = new HashMap<>();
    private final ExecutorService linking;
    private final ExecutorService listening;
    private final ArrayDeque<Future<?>> told = new ArrayDeque<>();
    private Pending pending;

    /** A batch being linked, with what to do once it is committed. */
    private record Pending(List<Submission> records, Future<PersonChanges> persons, Runnable onCommitted) {
    }

    Committer(ConcernStore store, Ledger ledger, MentionLinker linker, CommitListener listener) {
        this.store = store;
        this.ledger = ledger;
        this.linker = linker;
        this.listener = listener;
        this.linking = Executors.newSingleThreadExecutor(Stages.named("vigil-linker"));
        this.listening = Executors.newSingleThreadExecutor(Stages.named("vigil-listener"));
    }

    /**
     * De-duplicates {@code outcomes} and hands the new records on to be linked and committed; the batch handed in
     * before this one is committed now, and its {@code onCommitted} runs on this thread.
     */
    void commit(List<Outcome> outcomes, Quarantines quarantines, Runnable onCommitted) throws IOException {
        if (pending != null && linker.turnDue()) {
            // Another process waits for the store: drain the pipeline, so that nothing is linked or committed while
            // it has its turn, and link what it stored before this batch is de-duplicated and linked. Not before the
            // first batch: an ingest that waited for the lease gave it back at once, having committed nothing, when the
            // other (a second ingest) queued for it again, and so waited for that one's next batch as well.
            commitPending();
            Stages.await(linking.submit(linker::between));
        }
        List<Submission> toStore = deduplicate(outcomes, quarantines);
        Pending next = new Pending(toStore, toStore.isEmpty() ? null : linking.submit(() -> linker.link(toStore)),
                onCommitted);
        commitPending();
        pending = next;
    }

    /** Commits the last batch handed in and waits until the listener has been told of every committed batch. */
    void flush() {
        commitPending();
        while (!told.isEmpty()) {
            Stages.await(told.poll());
        }
    }

    /**
     * Stops the linking and listening threads, dropping what was not flushed: after a failure, the batches handed in
     * but not committed were never acknowledged, and the next run receives them again.
     */
    void close() {
        linking.shutdownNow();
        listening.shutdownNow();
    }

    /** Records accepted ([0]) and already stored ([1]) from one input. */
    long[] counts(int source) {
        return bySource.computeIfAbsent(source, k -> new long[2]);
    }

    private List<Submission> deduplicate(List<Outcome> outcomes, Quarantines quarantines) throws IOException {
        List<String> ids = new ArrayList<>(outcomes.size());
        for (Outcome o : outcomes) {
            if (o.submission() != null && !inFlight.containsKey(o.submission().id())) {
                ids.add(o.submission().id());
            }
        }
        Map<String, byte[]> stored = store.digestsOf(ids);
        List<Submission> toStore = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.reason() != null) {
                quarantines.reject(o, o.reason());
                continue;
            }
            Submission s = o.submission();
            Submission earlier = inFlight.get(s.id());
            boolean seen = earlier != null || stored.containsKey(s.id());
            boolean same = earlier != null ? RecordParser.sameContent(earlier.raw(), s.raw())
                    : seen && (Arrays.equals(stored.get(s.id()), s.sha256()) || RecordParser.sameContent(storedRaw(s.id()), s.raw()));
            if (same) {
                unchanged++;
                counts(o.source())[1]++;
            } else if (seen) {
                quarantines.reject(o, "id \"" + s.id() + "\" was already taken in with different content (ingest"
                        + " keeps the line read first, replay the version with the earlier event time, wherever it"
                        + " stands); send a correction as a new record that names it in \"amends\"");
            } else {
                Optional<String> clash = s.record() instanceof Concern c ? MentionKeyClash.find(c, this::concernById)
                        : Optional.empty();
                if (clash.isPresent()) {
                    quarantines.reject(o, clash.get());
                    continue;
                }
                inFlight.put(s.id(), s);
                toStore.add(s);
                counts(o.source())[0]++;
            }
        }
        return toStore;
    }

    private void commitPending() {
        Pending p = pending;
        pending = null;
        if (p == null) {
            return;
        }
        if (p.persons() != null) {
            // If the commit fails the index holds mentions the store does not: the ingest stops, and the next run
            // rebuilds the index from the store.
            PersonChanges persons = Stages.await(p.persons());
            long first = ledger.commit(p.records(), List.of(), persons);
            accepted += p.records().size();
            for (Submission s : p.records()) {
                inFlight.remove(s.id());
            }
            while (told.size() >= LISTENER_BACKLOG) {
                Stages.await(told.poll());
            }
            told.add(listening.submit(() -> listener.committed(p.records(), persons, first)));
        }
        p.onCommitted().run();
    }

    /** The concern with this id, accepted in this run or stored before; null if there is none. */
    private Concern concernById(String id) {
        Submission earlier = inFlight.get(id);
        if (earlier != null) {
            return earlier.record() instanceof Concern c ? c : null;
        }
        return store.concern(id).orElse(null);
    }

    private byte[] storedRaw(String id) {
        return store.record(id).map(StoredRecord::raw).orElse(new byte[0]);
    }
}
