package org.vigil.linkage.training;

import java.util.concurrent.atomic.AtomicReference;

/** Runs one task on several threads and rethrows the first failure. */
final class Parallel {
    private Parallel() {
    }

    static void run(int threads, Runnable task) {
        int n = Math.max(1, threads);
        if (n == 1) {
            task.run();
            return;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] ts = new Thread[n];
        for (int i = 0; i < n; i++) {
            ts[i] = new Thread(() -> {
                try {
                    task.run();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "vigil-training-" + i);
            ts[i].start();
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
