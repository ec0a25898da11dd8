package org.vigil.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.vigil.concern.Submission;
import org.vigil.ledger.PersonChanges;
import org.vigil.people.PersonIndex;
import org.vigil.store.ConcernStore;
import org.vigil.store.PersonSplit;
import org.vigil.store.WriterLease;

/**
 * The linker of a long ingest into a store that other processes write to as well ({@code vigil serve} taking in a
 * partner's concern while a batch file is ingested). It links every stored concern before it takes the store's writer
 * lease, and, once it holds the lease, takes in what was stored meanwhile, so that the lease is not held while the
 * store is read. Between batches, when another process waits for the lease, it gives the lease over: it gives it
 * back, waits until the other has taken it, takes it again, and takes in what the other stored meanwhile, so that its
 * next batch is linked against every person the store holds. The other waits for one batch at most, rather than for
 * the whole ingest. Records stored by others are linked in log order, as they linked them; after another's split, the
 * persons are linked again from the store.
 */
public final class TakingTurns implements MentionLinker {
    /** How long the waiting process is given to take the lease before this ingest takes it back. */
    static final Duration HANDOVER = Duration.ofSeconds(5);

    private final ConcernStore store;
    private final Duration wait;
    private WriterLease lease;
    private PersonIndex people;
    /** The leaf after the last record linked into {@link #people}. */
    private long linkedTo;
    /** How many splits (and splits taken back) {@link #people} obeys. */
    private int splits;
    private int turns;

    private TakingTurns(ConcernStore store, Duration wait) {
        this.store = store;
        this.wait = wait;
    }

    /**
     * Links the persons of {@code store}, then takes its writer lease, waiting up to {@code wait} (running
     * {@code onWait} first if another process holds it), and takes in what was stored meanwhile. Throws
     * {@link IllegalStateException} if the lease is still held by then.
     */
    public static TakingTurns start(ConcernStore store, Duration wait, Runnable onWait) {
        TakingTurns turns = new TakingTurns(store, wait);
        turns.relink();
        turns.lease = store.awaitLease(wait, onWait);
        turns.takeIn();
        return turns;
    }

    @Override
    public PersonChanges link(List<Submission> batch) {
        return people.link(batch);
    }

    @Override
    public boolean turnDue() {
        return store.othersWaiting();
    }

    @Override
    public void between() {
        // Nothing is linked or committed now, and nobody else added records while this ingest held the lease: every
        // record stored so far is linked.
        linkedTo = store.logSize();
        lease.close();
        long deadline = System.nanoTime() + HANDOVER.toNanos();
        // The other gives the queue back once it holds the lease (or gives up waiting).
        while (store.othersWaiting() && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(WriterLease.POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while another process had its turn", e);
            }
        }
        lease = store.lease(wait).orElseThrow(() -> new IllegalStateException("another process has held this store's"
                + " writer lease for over " + wait.toMinutes() + " minutes, in the middle of this ingest; what was"
                + " acknowledged is stored, and running the ingest again adds the rest"));
        turns++;
        takeIn();
    }

    /** The persons as this ingest has linked them so far. */
    public PersonIndex people() {
        return people;
    }

    /** How many times this ingest gave the lease over. */
    public int turns() {
        return turns;
    }

    /** Links what others stored after {@link #linkedTo}, or the whole store again if a person was split meanwhile. */
    private void takeIn() {
        int[] now = {0};
        store.forEachSplit(s -> now[0]++);
        if (now[0] != splits) {
            relink();
        } else {
            linkedTo = people.linkStored(store, linkedTo);
        }
    }

    private void relink() {
        List<PersonSplit> all = new ArrayList<>();
        store.forEachSplit(all::add);
        people = new PersonIndex(all);
        splits = all.size();
        linkedTo = people.linkStored(store, 0);
    }
}
