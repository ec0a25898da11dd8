package org.vigil.web.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.vigil.ledger.Access;

/**
 * Appends accesses to the log in group commits: callers wait until their access is durably logged under a signed
 * checkpoint (so nothing is shown that was not first logged), while one thread commits whatever has queued up meanwhile
 * as a single batch.
 */
public final class AccessLog implements AutoCloseable {
    private static final int MAX_BATCH = 512;
    /** How many things shown a batch takes, each a row of the store's index, before it is committed. */
    private static final int MAX_ROWS = 20_000;
    private static final long WAIT_SECONDS = 60;

    private final Vault vault;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    private record Pending(Access access, CompletableFuture<LoggedAccess> done) {
    }

    public AccessLog(Vault vault) {
        this.vault = vault;
        this.thread = new Thread(this::run, "vigil-access-log");
        thread.setDaemon(true);
        thread.start();
    }

    /** Logs one access and returns once it is durably in the log. */
    public LoggedAccess log(Access access) {
        return logAll(List.of(access)).get(0);
    }

    /**
     * Logs a view or export that shows these targets (persons, concerns) beside its own: one access, {@code view}, listing
     * each distinct one it showed, so "who knew" about any of them lists it (DPA 2018 s.62), in one log entry however
     * many it showed. Returns once it is durably in the log; callers show nothing before, and show only what they named
     * here.
     */
    public LoggedAccess logShowing(Access view, Collection<String> shown) {
        List<String> all = new ArrayList<>(view.shown());
        all.addAll(shown);
        return log(new Access(view.actor(), view.action(), view.target(), view.reason(), all));
    }

    /**
     * Logs these accesses (e.g. an export and each person it discloses) and returns once all of them are durably in
     * the log, in this order, though not necessarily in one batch.
     */
    public List<LoggedAccess> logAll(List<Access> accesses) {
        if (!running) {
            throw new IllegalStateException("the access log is closed");
        }
        List<CompletableFuture<LoggedAccess>> pending = new ArrayList<>(accesses.size());
        synchronized (queue) {
            for (Access access : accesses) {
                CompletableFuture<LoggedAccess> done = new CompletableFuture<>();
                queue.add(new Pending(access, done));
                pending.add(done);
            }
        }
        List<LoggedAccess> logged = new ArrayList<>(accesses.size());
        for (int i = 0; i < pending.size(); i++) {
            String action = accesses.get(i).action();
            try {
                logged.add(pending.get(i).get(WAIT_SECONDS, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while logging " + action, e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r
                        : new IllegalStateException("could not log " + action, e.getCause());
            } catch (TimeoutException e) {
                throw new IllegalStateException("the log did not take " + action + " within " + WAIT_SECONDS + " s", e);
            }
        }
        return logged;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                // Up to MAX_BATCH accesses, and no more than MAX_ROWS things shown unless one access shows more alone:
                // views queued ahead of an export of every person are committed without waiting for its rows.
                long rows = first.access().shown().size();
                for (Pending next = queue.peek(); next != null && batch.size() < MAX_BATCH
                        && rows + next.access().shown().size() <= MAX_ROWS; next = queue.peek()) {
                    batch.add(queue.poll());
                    rows += next.access().shown().size();
                }
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending> batch) {
        List<Access> accesses = batch.stream().map(Pending::access).toList();
        try {
            Committed committed = vault.commit(List.of(), accesses);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(new LoggedAccess(committed.firstLeaf() + i, committed.at(),
                        accesses.get(i)));
            }
        } catch (RuntimeException e) {
            batch.forEach(p -> p.done().completeExceptionally(e));
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
