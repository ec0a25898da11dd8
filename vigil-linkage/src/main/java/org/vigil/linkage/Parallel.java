package org.vigil.linkage;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs one task on several threads, the caller being one of them, and rethrows the first failure: how each
 * stage of the pipeline (blocking, training, scoring) shares out its work units. {@link #inBackground} starts
 * work that the caller does not need yet, to overlap what it does meanwhile.
 */
public final class Parallel {
    private Parallel() {
    }

    /**
     * Runs each of {@code tasks} once, on {@code threads} threads (the caller one of them), each thread taking the
     * next task not yet started, in list order: put the longest first. Waits for all.
     */
    public static void runEach(int threads, List<Runnable> tasks) {
        AtomicInteger next = new AtomicInteger();
        run(Math.min(threads, tasks.size()), () -> {
            int i;
            while ((i = next.getAndIncrement()) < tasks.size()) {
                tasks.get(i).run();
            }
        });
    }

    /** Runs {@code task} on {@code threads} threads (the caller and {@code threads - 1} new ones) and waits for all. */
    public static void run(int threads, Runnable task) {
        if (threads <= 1) {
            task.run();
            return;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] ts = new Thread[threads - 1];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                try {
                    task.run();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "vigil-linkage-" + i);
            ts[i].start();
        }
        try {
            task.run();
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
        }
        for (Thread t : ts) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        rethrow(failure.get());
    }

    /** Throws {@code failure} in the caller, as it is if it is unchecked; nothing if it is null. */
    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error er) {
            throw er;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /**
     * Starts {@code work} on a daemon thread named {@code name}; {@link Pending#join()} waits for its result and
     * rethrows its failure in the caller.
     */
    public static <T> Pending<T> inBackground(String name, Supplier<T> work) {
        Pending<T> p = new Pending<>();
        p.thread = new Thread(() -> {
            try {
                p.result = work.get();
            } catch (Throwable e) {
                p.failure = e;
            }
        }, name);
        p.thread.setDaemon(true);
        p.thread.start();
        return p;
    }

    /** The result of work started by {@link #inBackground}. */
    public static final class Pending<T> {
        private Thread thread;
        private T result;
        private Throwable failure;

        private Pending() {
        }

        /** Waits for the work to end; its result, or its failure thrown here. */
        public T join() {
            try {
                thread.join(); // the thread's writes happen before join returns
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            rethrow(failure);
            return result;
        }
    }
}
