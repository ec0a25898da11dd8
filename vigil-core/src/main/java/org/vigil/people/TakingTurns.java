package org.vigil.people;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.vigil.concern.InvalidRecordException;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Submission;
import org.vigil.ingest.MentionLinker;
import org.vigil.ledger.PersonChanges;
import org.vigil.store.ConcernStore;
import org.vigil.store.StoredRecord;
import org.vigil.store.WriterLease;

/**
 * The linker of a long ingest into a store that other processes write to as well ({@code vigil serve} taking in a
 * partner's concern while a batch file is ingested). It holds the store's writer lease, taken before its persons were
 * read. Between batches, when another process waits for the lease, it gives the lease over: it gives it back, waits
 * until the other has taken it, takes it again, and takes in what the other stored meanwhile, so that its next batch
 * is linked against every person the store holds. The other's records are linked in log order, as the other linked
 * them; after a split, the persons are linked again from the store. The other thus waits for one batch at most,
 * rather than for the whole ingest.
 */
public final class TakingTurns implements MentionLinker {
    /** How long the waiting process is given to take the lease before this ingest takes it back. */
    static final Duration HANDOVER = Duration.ofSeconds(5);

    private final ConcernStore store;
    private final Duration wait;
    private WriterLease lease;
    private PersonIndex people;
    private int turns;

    /**
     * Links into {@code people}, the persons of {@code store} as they stood when {@code lease} was taken, waiting up to
     * {@code wait} for the lease after each turn given.
     */
    public TakingTurns(ConcernStore store, WriterLease lease, PersonIndex people, Duration wait) {
        this.store = store;
        this.lease = lease;
        this.people = people;
        this.wait = wait;
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
        long known = store.logSize();
        int splits = splitCount();
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
        if (splitCount() != splits) {
            people = PersonIndex.rebuild(store);
            return;
        }
        RecordParser parser = new RecordParser();
        List<Submission> theirs = new ArrayList<>();
        store.forEachRecordFrom(known, r -> theirs.add(parse(parser, r)));
        people.link(theirs);
    }

    /** The persons as this ingest has linked them so far. */
    public PersonIndex people() {
        return people;
    }

    /** How many times this ingest gave the lease over. */
    public int turns() {
        return turns;
    }

    private int splitCount() {
        int[] n = {0};
        store.forEachSplit(s -> n[0]++);
        return n[0];
    }

    private static Submission parse(RecordParser parser, StoredRecord r) {
        try {
            return parser.parse(r.raw());
        } catch (InvalidRecordException e) {
            throw new IllegalStateException("stored record " + r.id() + " no longer parses: " + e.getMessage(), e);
        }
    }
}
