package org.vigil.web.ledger;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import java.util.function.Supplier;
import org.vigil.concern.Submission;
import org.vigil.ledger.Access;
import org.vigil.ledger.AuditReport;
import org.vigil.ledger.Ledger;
import org.vigil.ledger.PersonChanges;
import org.vigil.ledger.LogAudit;
import org.vigil.ledger.LogKeys;
import org.vigil.log.Checkpoint;
import org.vigil.log.Hash;
import org.vigil.log.LogReader;
import org.vigil.log.NoteSigner;
import org.vigil.log.NoteVerifier;
import org.vigil.log.Receipt;
import org.vigil.store.ConcernStore;
import org.vigil.people.PersonIndex;
import org.vigil.people.PersonSplits;
import org.vigil.store.PersonSplit;
import org.vigil.store.PostgresConcernStore;
import org.vigil.store.SqliteConcernStore;
import org.vigil.store.StoredRecord;
import org.vigil.store.WriterLease;

/**
 * The store and the log as the web app uses them. {@link ConcernStore} is single-threaded, so reads borrow one of a
 * small pool of connections (SQLite in WAL mode lets readers run beside the writer), while every write goes through
 * the one {@link Ledger}, under this object's lock.
 */
public final class Vault implements AutoCloseable {
    private final ConcernStore writer;
    /** The connection that holds the store's writer lease while intake links and commits. */
    private final ConcernStore leaser;
    private final Ledger ledger;
    private final NoteSigner signer;
    private final RecordingClock clock;
    private final BlockingQueue<ConcernStore> readers;
    private final List<ConcernStore> allReaders;

    private Vault(Supplier<ConcernStore> open, Path keyDir, int readerCount) {
        this.clock = new RecordingClock(Clock.systemUTC());
        this.writer = open.get();
        List<ConcernStore> opened = new ArrayList<>();
        try {
            this.signer = LogKeys.forLog(keyDir, writer);
            this.ledger = Ledger.open(writer, signer, clock);
            for (int i = 0; i <= readerCount; i++) {
                opened.add(open.get());
            }
        } catch (RuntimeException e) {
            opened.forEach(ConcernStore::close);
            writer.close();
            throw e;
        }
        this.leaser = opened.remove(readerCount);
        this.allReaders = List.copyOf(opened);
        this.readers = new ArrayBlockingQueue<>(readerCount, false, opened);
    }

    /** The embedded store in {@code dataDir}, with the log key kept there. */
    public static Vault openSqlite(Path dataDir, int readerCount) {
        return new Vault(() -> SqliteConcernStore.open(dataDir), dataDir, readerCount);
    }

    /** A PostgreSQL store at {@code url}; the log key is kept in {@code keyDir}. */
    public static Vault openPostgres(String url, String user, String password, Path keyDir, int readerCount) {
        return new Vault(() -> PostgresConcernStore.open(url, user, password), keyDir, readerCount);
    }

    /** Runs {@code work} on a read connection of its own. */
    public <T> T read(Function<ConcernStore, T> work) {
        ConcernStore store;
        try {
            store = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a store connection", e);
        }
        try {
            return work.apply(store);
        } finally {
            readers.add(store);
        }
    }

    /**
     * The store's writer lease ({@link WriterLease}), which intake and splits hold from linking to committing, waiting
     * up to {@code wait} while another process (a command-line ingest) holds it; empty if it still does.
     */
    public Optional<WriterLease> lease(Duration wait) {
        // On a connection of its own, so that reads go on logging their accesses while an intake waits.
        synchronized (leaser) {
            return leaser.lease(wait).map(held -> () -> {
                synchronized (leaser) {
                    held.close();
                }
            });
        }
    }

    /** Every stored record from leaf {@code from} on, in leaf order. */
    public List<StoredRecord> recordsFrom(long from) {
        return read(store -> {
            List<StoredRecord> records = new ArrayList<>();
            store.forEachRecordFrom(from, records::add);
            return records;
        });
    }

    /** Appends records and accesses as one batch with its own signed checkpoint. */
    public Committed commit(List<Submission> records, List<Access> accesses) {
        return commit(records, accesses, PersonChanges.NONE);
    }

    /** As {@link #commit(List, List)}, storing and logging what linking the records changed with them. */
    public synchronized Committed commit(List<Submission> records, List<Access> accesses, PersonChanges persons) {
        long first = ledger.commit(records, accesses, persons);
        return new Committed(first, clock.last());
    }

    /**
     * Splits a person of {@code people} (the store's persons, linked in log order) as {@link PersonSplits#split} does,
     * under this object's lock, as {@code by} now.
     */
    public synchronized PersonSplits.Outcome split(PersonIndex people, Collection<String> mentions, String by,
                                                   String reason) {
        return PersonSplits.split(writer, ledger, people, mentions, by, reason, clock.instant());
    }

    /** Takes back the split logged at {@code splitLeaf}, as {@link PersonSplits#revoke} does, under this object's lock. */
    public synchronized PersonSplits.Outcome revoke(PersonIndex people, long splitLeaf, String by, String reason) {
        return PersonSplits.revoke(writer, ledger, people, splitLeaf, by, reason, clock.instant());
    }

    /** Every split of a person stored, and every split taken back, in log order. */
    public List<PersonSplit> splits() {
        return read(store -> {
            List<PersonSplit> splits = new ArrayList<>();
            store.forEachSplit(splits::add);
            return splits;
        });
    }

    /** The receipt for a record, under the latest checkpoint. */
    public synchronized Receipt receipt(String recordId) {
        return ledger.receipt(recordId);
    }

    /** A receipt-style inclusion proof for any leaf (record or access) under the latest checkpoint. */
    public Receipt proveLeaf(long leaf) {
        return read(store -> {
            String signed = store.latestCheckpoint()
                    .orElseThrow(() -> new NoSuchElementException("the log is empty: no checkpoint yet"));
            Checkpoint checkpoint = Checkpoint.parse(signed.substring(0, signed.indexOf("\n\n") + 1));
            if (leaf < 0) {
                throw new NoSuchElementException("log entries are numbered from 0, not " + leaf);
            }
            if (leaf >= checkpoint.size()) {
                throw new NoSuchElementException("log entry " + leaf + " is beyond the latest checkpoint, which covers "
                        + checkpoint.size() + " entries");
            }
            byte[] entry = store.entry(leaf)
                    .orElseThrow(() -> new NoSuchElementException("log entry " + leaf + " is not in the store"));
            return Receipt.prove(new LogReader(store, checkpoint.size()), leaf, entry, signed);
        });
    }

    /**
     * The consistency proof (RFC 6962 §2.1.2) from tree size {@code oldSize} to {@code newSize}, or to the latest
     * checkpoint's size when {@code newSize} is null. A size beyond the latest checkpoint is {@link
     * NoSuchElementException}; sizes in the wrong order, or from the empty tree, {@link IllegalArgumentException}.
     */
    public List<Hash> consistencyProof(long oldSize, Long newSize) {
        return read(store -> {
            String signed = store.latestCheckpoint()
                    .orElseThrow(() -> new NoSuchElementException("the log is empty: no checkpoint yet"));
            long size = Checkpoint.parse(signed.substring(0, signed.indexOf("\n\n") + 1)).size();
            long to = newSize == null ? size : newSize;
            for (long asked : new long[] {oldSize, to}) {
                if (asked > size) {
                    throw new NoSuchElementException("tree size " + asked + " is beyond the latest checkpoint, which"
                            + " covers " + size + " entries");
                }
            }
            return new LogReader(store, size).consistencyProof(oldSize, to);
        });
    }

    /** The latest signed checkpoint, verbatim. */
    public String latestCheckpoint() {
        return read(store -> store.latestCheckpoint().orElse(""));
    }

    public long size() {
        return read(ConcernStore::logSize);
    }

    public String verifierKey() {
        return signer.vkey();
    }

    /**
     * How a search is named in the log: {@code hmac-sha256:} and the HMAC of its terms under a key derived from the
     * log's signing key ({@link NoteSigner#keyedDigest}). The same terms give the same digest, so one search can be told
     * from another; but unlike a plain SHA-256, which anyone could test a guessed name or phone against, the log (which
     * is never erased) gives nothing away to whoever lacks the key.
     */
    public String searchDigest(String terms) {
        return "hmac-sha256:" + java.util.HexFormat.of().formatHex(signer.keyedDigest("search terms", terms));
    }

    public String origin() {
        return signer.name();
    }

    /**
     * Checks the whole log against every checkpoint and every stored record (see {@link LogAudit}), as the store is at
     * one moment: intakes and logged accesses go on meanwhile.
     */
    public AuditReport audit() {
        return read(store -> new LogAudit(store, NoteVerifier.fromVkey(signer.vkey()), signer.name()).run());
    }

    @Override
    public synchronized void close() {
        allReaders.forEach(ConcernStore::close);
        leaser.close();
        writer.close();
    }
}
