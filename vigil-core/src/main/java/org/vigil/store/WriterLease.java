package org.vigil.store;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The right to add records to a store and to split its persons: held by one process (one store connection) at a
 * time. Whoever links new mentions into persons must hold it while it links them and until they are committed, and
 * must have taken in, once it holds it, everything stored before; or two processes would give two people the same
 * new person id. A long ingest gives it over between batches to a process that waits for it
 * ({@link ConcernStore#othersWaiting()}, {@link org.vigil.ingest.TakingTurns}). Logging an access needs no lease: the
 * log numbers such an entry after whatever another process appended (see {@link org.vigil.ledger.Ledger}).
 *
 * <p>Released by {@link #close()}, by closing the store, or by the end of the process holding it (a file lock on the
 * embedded store, a session advisory lock on PostgreSQL), so a killed process never leaves the store locked.
 * Reentrant: a connection that holds the lease may take it again, and holds it until each is closed.
 */
@FunctionalInterface
public interface WriterLease extends AutoCloseable {
    /** How often a waiting process tries the lease again. */
    long POLL_MILLIS = 50;

    @Override
    void close();

    /** Tries {@code once} every {@link #POLL_MILLIS} until it gives a lease or {@code wait} has passed. */
    static Optional<WriterLease> poll(Duration wait, Supplier<Optional<WriterLease>> once) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<WriterLease> lease = once.get();
            if (lease.isPresent() || System.nanoTime() - deadline >= 0) {
                return lease;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
