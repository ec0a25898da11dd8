package org.vigil.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * What Vigil's pipelines share (ingest's, the store replay's, the audit's record checks, the web app's load): their
 * threads, and waiting for a stage's result with its own failure.
 */
public final class Stages {
    private Stages() {
    }

    /** Daemon threads with this name, so a stage left running never keeps the JVM alive. */
    public static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** The stage's result; a failure inside it is rethrown as it was thrown there. */
    public static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a stage of the pipeline", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
