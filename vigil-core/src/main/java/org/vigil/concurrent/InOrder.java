package org.vigil.concurrent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Items handed, a batch at a time, to {@code work} on threads of their own, whose results reach {@code results} on the
 * caller's thread in the order the items were added: the same as doing the work one batch after another, while the
 * caller goes on reading. At most four batches a thread wait at once, so a fast caller waits for the workers rather
 * than filling the heap. With one thread, the batches are also worked in order.
 *
 * @param <T> an item
 * @param <R> what a batch's work gives
 */
public final class InOrder<T, R> implements AutoCloseable {
    private final int batchSize;
    private final int backlog;
    private final Function<List<T>, R> work;
    private final Consumer<R> results;
    private final ExecutorService workers;
    private final ArrayDeque<Future<R>> pending = new ArrayDeque<>();
    private List<T> batch;

    /** {@code threads} threads named {@code name}, batches of {@code batchSize} items. */
    public InOrder(String name, int threads, int batchSize, Function<List<T>, R> work, Consumer<R> results) {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batch size must be positive: " + threads + ", " + batchSize);
        }
        this.batchSize = batchSize;
        this.backlog = 4 * threads;
        this.work = work;
        this.results = results;
        this.workers = Executors.newFixedThreadPool(threads, Stages.named(name));
        this.batch = new ArrayList<>(batchSize);
    }

    /** Adds an item; a full batch is handed on, and a failure in earlier work may be thrown here. */
    public void add(T item) {
        batch.add(item);
        if (batch.size() == batchSize) {
            handOn();
        }
    }

    /** Hands on the last batch and gives every result, in order; a failure in the work is thrown here. */
    public void finish() {
        handOn();
        while (!pending.isEmpty()) {
            results.accept(Stages.await(pending.poll()));
        }
    }

    private void handOn() {
        if (batch.isEmpty()) {
            return;
        }
        List<T> items = batch;
        batch = new ArrayList<>(batchSize);
        while (pending.size() >= backlog) {
            results.accept(Stages.await(pending.poll()));
        }
        pending.add(workers.submit(() -> work.apply(items)));
    }

    /** Stops the threads; after a failure, what they had not done is dropped. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
