package org.vigil.linkage;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one task on several threads, the caller being one of them, and rethrows the first failure: how each
 * stage of the pipeline (blocking, training, scoring) shares out its work units.
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
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error er) {
            throw er;
        }
        if (f != null) {
            throw new IllegalStateException(f);
        }
    }
}
