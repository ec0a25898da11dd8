package org.vigil.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vigil.concurrent.Stages;

/**
 * Validates lines on worker threads, a chunk at a time, and hands the outcomes to the sink on the calling thread in
 * the order the lines were added: parsing and checking records is the costly part of reading, and it parallelises.
 * At most {@link #WINDOW} chunks are in flight, so memory stays flat. Call {@link #drain} to deliver everything added
 * so far (before quarantining anything out of band, so quarantine files stay in line order).
 */
final class ValidatingPool implements AutoCloseable {
    /** Receives each outcome, in line order, on the thread that adds lines. */
    @FunctionalInterface
    interface Sink {
        void accept(Outcome outcome) throws IOException;
    }

    private static final int CHUNK = 1_000;
    private static final int WINDOW = 8;

    private final ExecutorService workers;
    private final ThreadLocal<Validator> validators;
    private final Sink sink;
    private final ArrayDeque<Future<List<Outcome>>> inFlight = new ArrayDeque<>();
    private List<Line> chunk = new ArrayList<>(CHUNK);
    private int chunkSource;

    ValidatingPool(Ingest.Options options, int threads, Sink sink) {
        this.validators = ThreadLocal.withInitial(() -> new Validator(options));
        this.sink = sink;
        this.workers = Executors.newFixedThreadPool(threads, Stages.named("vigil-validator"));
    }

    void add(int source, Line line) throws IOException {
        if (!chunk.isEmpty() && source != chunkSource) {
            submit();
        }
        chunkSource = source;
        chunk.add(line);
        if (chunk.size() == CHUNK) {
            submit();
        }
        while (inFlight.size() > WINDOW) {
            deliver(inFlight.poll());
        }
    }

    /** Delivers every outcome of the lines added so far. */
    void drain() throws IOException {
        if (!chunk.isEmpty()) {
            submit();
        }
        while (!inFlight.isEmpty()) {
            deliver(inFlight.poll());
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private void submit() {
        List<Line> lines = chunk;
        int source = chunkSource;
        chunk = new ArrayList<>(CHUNK);
        inFlight.add(workers.submit(() -> {
            Validator validator = validators.get();
            List<Outcome> outcomes = new ArrayList<>(lines.size());
            for (Line line : lines) {
                outcomes.add(validator.validate(source, line));
            }
            return outcomes;
        }));
    }

    private void deliver(Future<List<Outcome>> future) throws IOException {
        List<Outcome> outcomes = Stages.await(future);
        for (Outcome o : outcomes) {
            sink.accept(o);
        }
    }
}
