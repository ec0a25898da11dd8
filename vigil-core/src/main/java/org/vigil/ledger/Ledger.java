package org.vigil.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;
import org.vigil.concern.Submission;
import org.vigil.log.Checkpoint;
import org.vigil.log.Hash;
import org.vigil.log.LogAppender;
import org.vigil.log.LogReader;
import org.vigil.log.NoteSigner;
import org.vigil.log.NoteVerificationException;
import org.vigil.log.Receipt;
import org.vigil.log.Rfc6962;
import org.vigil.store.AccessEvent;
import org.vigil.store.ConcernStore;
import org.vigil.store.PersonLink;
import org.vigil.store.PersonMerge;
import org.vigil.store.PersonSplit;
import org.vigil.store.StoreBatch;
import org.vigil.store.StoredRecord;

/**
 * Writes records and accesses to the store and the log together, one atomic batch at a time, and signs a checkpoint
 * for every batch. Receipts and consistency proofs are served from the stored hash tiles in O(log n) reads.
 * One writer at a time.
 */
public final class Ledger {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tries at appending while other processes log accesses to the same store. */
    private static final int MAX_ATTEMPTS = 30;

    private final ConcernStore store;
    private final NoteSigner signer;
    private final Clock clock;
    private final MessageDigest sha256;
    private LogAppender tree;

    private Ledger(ConcernStore store, NoteSigner signer, Clock clock) {
        this.store = store;
        this.signer = signer;
        this.clock = clock;
        this.tree = resume(store, signer);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Opens the ledger over a store's log, resuming its tree from the stored tiles. */
    public static Ledger open(ConcernStore store, NoteSigner signer, Clock clock) {
        return new Ledger(store, signer, clock);
    }

    /**
     * The tree as the store holds it. Entries and their checkpoint are written together, so a store whose entry
     * count differs from its latest checkpoint's size has been changed behind Vigil's back: refuse to write to it.
     * A log signed with another key is refused too: on a shared PostgreSQL store the key is in each process's data
     * directory, and two processes started on an empty store, or one given another log's key, signed one log with two
     * keys, which {@code vigil verify} then failed for good.
     */
    private static LogAppender resume(ConcernStore store, NoteSigner signer) {
        ConcernStore.LogHead head = store.logHead();
        if (head.entries() != head.signed()) {
            throw new IllegalStateException("the store holds " + head.entries() + " log entries but its latest"
                    + " checkpoint covers " + head.signed() + "; run vigil verify");
        }
        if (head.signed() > 0) {
            store.latestCheckpoint().ifPresent(note -> requireSignedBy(signer, note));
        }
        return LogAppender.resume(head.entries(), store);
    }

    private static void requireSignedBy(NoteSigner signer, String note) {
        try {
            signer.verifier().verify(note);
        } catch (NoteVerificationException | IllegalArgumentException e) {
            throw new IllegalStateException("the store's log is signed with another key than this data directory's "
                    + LogKeys.FILE_NAME + " (" + signer.name() + "): its latest checkpoint, of origin "
                    + originLine(note) + ": " + e.getMessage() + ". Every process"
                    + " that writes to one store must sign with the key that first signed its log: copy that "
                    + LogKeys.FILE_NAME + " here (a second key would fork the log, and no receipt signed by one key"
                    + " would check against the other)");
        }
    }

    /** The first line of a signed checkpoint, its origin, read without checking its signature. */
    static String originLine(String note) {
        return note.substring(0, Math.max(0, note.indexOf('\n')));
    }

    /** The log's origin: the checkpoints' first line and the signing key's name. */
    public String origin() {
        return signer.name();
    }

    /** The verifier key, in signed-note {@code vkey} form. */
    public String verifierKey() {
        return signer.vkey();
    }

    /** The number of entries in the log. */
    public long size() {
        return tree.size();
    }

    /**
     * Appends the records and accesses as one batch, with a checkpoint signed over the new tree, in one store
     * transaction. Returns the first leaf index used. On failure nothing is stored and the tree is reloaded.
     */
    public long commit(List<Submission> records, List<Access> accesses) {
        return commit(records, accesses, PersonChanges.NONE);
    }

    /**
     * As {@link #commit(List, List)}, also storing which person each new mention belongs to and logging each merge
     * of two persons, in the same transaction.
     */
    public long commit(List<Submission> records, List<Access> accesses, PersonChanges persons) {
        boolean accessesOnly = records.isEmpty() && persons.merges().isEmpty();
        return afterOthers(accessesOnly, first -> commitAt(first, records, accesses, persons));
    }

    /**
     * Appends at the end of the log as {@code append} does from a first index, after catching up with entries that
     * other processes appended. Should one append between the catch-up and this append (taking this batch's first
     * index, so the store refuses it), tries again after theirs, as long as what they appended were accesses or this
     * batch is {@code accessesOnly}: records and splits are added only under the store's
     * {@link org.vigil.store.WriterLease}, and a batch of records that meets another's was not linked against them, but
     * an access (an export or a receipt during a long ingest) depends on nothing another process adds.
     */
    private <T> T afterOthers(boolean accessesOnly, LongFunction<T> append) {
        for (int attempt = 1; ; attempt++) {
            catchUp();
            long first = tree.size();
            try {
                return append.apply(first);
            } catch (RuntimeException e) {
                if (attempt == MAX_ATTEMPTS || store.logSize() == first || (!accessesOnly && othersChangedPersons(first))) {
                    throw e;
                }
                backOff(attempt);
            }
        }
    }

    /** Waits a random few milliseconds, more after each try, so that two writers that keep colliding fall out of step. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 1L + Math.min(attempt, 10) * 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to append to the log", e);
        }
    }

    /** Whether a record or a split was stored at {@code from} or later. */
    private boolean othersChangedPersons(long from) {
        boolean[] changed = {false};
        store.forEachRecordFrom(from, r -> changed[0] = true);
        store.forEachSplit(s -> changed[0] |= s.leaf() >= from);
        return changed[0];
    }

    private long commitAt(long first, List<Submission> records, List<Access> accesses, PersonChanges persons) {
        Instant now = clock.instant();
        List<byte[]> entries = new ArrayList<>(records.size() + accesses.size());
        List<StoredRecord> stored = new ArrayList<>(records.size());
        List<AccessEvent> events = new ArrayList<>(accesses.size());
        long leaf = first;
        for (Submission s : records) {
            byte[] entry = Entry.forRecord(s.record().type(), s.id(), s.record().actor(), s.record().eventTime(), now,
                    s.sha256()).toBytes();
            entries.add(entry);
            stored.add(new StoredRecord(leaf++, s.id(), s.record().type(), micros(s.record().eventTime()),
                    s.sha256(), s.raw(), s.record()));
        }
        List<PersonMerge> merges = new ArrayList<>(persons.merges().size());
        for (PersonChanges.Merge m : persons.merges()) {
            byte[] body = mergeBody(m);
            entries.add(Entry.forMerge(m.into(), m.retired(), m.at(), sha256.digest(body)).toBytes());
            merges.add(new PersonMerge(leaf++, micros(m.at()), m.retired(), m.into(), m.trigger(), body));
        }
        for (Access a : accesses) {
            byte[] body = accessBody(a, now);
            entries.add(Entry.forAccess(a.action(), a.target(), a.actor(), now, sha256.digest(body)).toBytes());
            events.add(new AccessEvent(leaf++, micros(now), a.actor(), a.action(), a.target(), a.reason(), body,
                    a.shown()));
        }
        append(first, entries, stored, events, persons.links(), merges, List.of());
        return first;
    }

    /**
     * Logs a person's decision to split a person (or to take a split back), and stores it with {@code moved}, the
     * mentions whose person it changed, in one transaction with a checkpoint signed over the new tree. Returns the
     * decision as logged.
     */
    public PersonSplit split(PersonSplit split, List<PersonLink> moved) {
        return afterOthers(false, leaf -> splitAt(leaf, split, moved));
    }

    private PersonSplit splitAt(long leaf, PersonSplit split, List<PersonLink> moved) {
        byte[] body = split.body();
        byte[] entry = Entry.forSplit(split.isRevocation() ? "unsplit" : "split", split.person(), split.newPerson(),
                split.actor(), split.at(), sha256.digest(body)).toBytes();
        PersonSplit logged = split.at(leaf);
        append(leaf, List.of(entry), List.of(), List.of(), moved, List.of(), List.of(logged));
        return logged;
    }

    /**
     * Reloads the tree if another writer has appended to the store's log since this ledger last did (a command-line
     * export logging its access while {@code vigil serve} runs): the next entries are numbered after theirs, where
     * they would otherwise collide with them and fail. One indexed lookup.
     */
    private void catchUp() {
        if (store.logSize() != tree.size()) {
            tree = resume(store, signer);
        }
    }

    /** Appends entries to the tree and stores them with what they commit to; on failure reloads the tree. */
    private void append(long first, List<byte[]> entries, List<StoredRecord> stored, List<AccessEvent> events,
                        List<PersonLink> links, List<PersonMerge> merges, List<PersonSplit> splits) {
        try {
            for (byte[] entry : entries) {
                tree.append(Rfc6962.leafHash(entry));
            }
            String checkpoint = signer.sign(new Checkpoint(origin(), tree.size(), tree.root(), List.of()).toText());
            store.append(new StoreBatch(first, entries, stored, events, links, merges, splits, tree.dirtyTiles(),
                    tree.size(), checkpoint));
            tree.markClean();
        } catch (RuntimeException e) {
            tree = resume(store, signer);
            throw e;
        }
    }

    /** Logs one access on its own. */
    public void log(Access access) {
        commit(List.of(), List.of(access));
    }

    /** The latest signed checkpoint, verbatim. */
    public String latestCheckpoint() {
        return store.latestCheckpoint().orElseThrow(() -> new NoSuchElementException("the log is empty: no checkpoint yet"));
    }

    /**
     * The receipt for the record with this id: its entry, its index and its inclusion proof under the latest
     * signed checkpoint (C2SP tlog-proof@v1). Throws {@link NoSuchElementException} for an unknown id.
     */
    public Receipt receipt(String recordId) {
        StoredRecord record = store.record(recordId)
                .orElseThrow(() -> new NoSuchElementException("no record with id \"" + recordId + "\""));
        String signed = latestCheckpoint();
        Checkpoint checkpoint = Checkpoint.parse(signed.substring(0, signed.indexOf("\n\n") + 1));
        byte[] entry = store.entry(record.leaf())
                .orElseThrow(() -> new IllegalStateException("record " + recordId + " has no log entry at "
                        + record.leaf() + "; run vigil verify"));
        List<Hash> proof = new LogReader(store, checkpoint.size()).inclusionProof(record.leaf(), checkpoint.size());
        return new Receipt(entry, record.leaf(), proof, signed);
    }

    /** A consistency proof from {@code oldSize} to {@code newSize} (RFC 6962 §2.1.2). */
    public List<Hash> consistencyProof(long oldSize, long newSize) {
        return new LogReader(store, tree.size()).consistencyProof(oldSize, newSize);
    }

    private static byte[] mergeBody(PersonChanges.Merge m) {
        ObjectNode body = JSON.createObjectNode();
        body.put("at", m.at().toString());
        body.put("into", m.into());
        body.put("retired", m.retired());
        body.put("trigger", m.trigger());
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a merge", e);
        }
    }

    private static byte[] accessBody(Access a, Instant at) {
        ObjectNode body = JSON.createObjectNode();
        body.put("at", at.toString());
        body.put("actor", a.actor());
        body.put("action", a.action());
        body.put("target", a.target());
        body.put("reason", a.reason());
        if (!a.shown().isEmpty()) {
            // Only when there is something, so an access that showed nothing else is written as it always was. The list
            // itself stays in the store (it can be an export's every person): the event commits to it by its digest.
            ObjectNode shown = body.putObject("shown");
            shown.put("count", a.shown().size());
            shown.put("sha256", Access.digestOf(a.shown()));
        }
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an access event", e);
        }
    }

    /** Microseconds since 1970, the store's unit for times. */
    public static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }
}
