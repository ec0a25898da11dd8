package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.vigil.ingest.TakingTurns;
import org.vigil.ledger.Ledger;
import org.vigil.ledger.LogKeys;
import org.vigil.ledger.LogAudit;
import org.vigil.log.NoteSigner;
import org.vigil.log.NoteVerifier;
import org.vigil.people.PersonIndex;
import org.vigil.people.Persons;
import org.vigil.people.StoredPersons;
import org.vigil.store.ConcernStore;
import org.vigil.store.PostgresConcernStore;
import org.vigil.store.SqliteConcernStore;
import org.vigil.store.StoreException;
import org.vigil.store.WriterLease;

/** The opened object graph one command works on: the store, the log's key and the ledger over both. */
final class Workspace implements AutoCloseable {
    /** How long a command waits for another process to finish adding records (a large ingest can take minutes). */
    static final Duration LEASE_WAIT = Duration.ofMinutes(10);

    final ConcernStore store;
    final NoteSigner signer;
    private final Clock clock;
    private Ledger ledger;
    private PersonIndex people;

    private Workspace(ConcernStore store, NoteSigner signer, Clock clock) {
        this.store = store;
        this.signer = signer;
        this.clock = clock;
    }

    /** The ledger, opened on first use: {@code verify} must work on a store too damaged to write to. */
    Ledger ledger() {
        if (ledger == null) {
            ledger = Ledger.open(store, signer, clock);
        }
        return ledger;
    }

    /**
     * The store a reading command works on, which must exist: a mistyped {@code --data} or {@code --db} is reported,
     * rather than answered from a new empty store (where {@code verify} would find nothing wrong with a deleted store).
     */
    static Workspace openExisting(StoreOptions options) {
        if (options.dbUrl != null && !options.dbUrl.isBlank() && !PostgresConcernStore.holdsAStore(options.dbUrl,
                System.getenv("VIGIL_DB_USER"), System.getenv("VIGIL_DB_PASSWORD"))) {
            throw new IllegalStateException("no Vigil store in the database " + options.dbUrl.replaceFirst("\\?.*", "")
                    + " (no Vigil tables there): give --db, or VIGIL_DB_URL, the database that vigil ingest, replay or serve wrote"
                    + (Files.exists(options.data.resolve(LogKeys.FILE_NAME)) ? ", whose key is in " + options.data
                    + " (or was the store's database emptied or replaced?)" : ""));
        }
        if ((options.dbUrl == null || options.dbUrl.isBlank())
                && !Files.isRegularFile(options.data.resolve(SqliteConcernStore.FILE_NAME))) {
            if (Files.exists(options.data.resolve(LogKeys.FILE_NAME))) {
                throw new IllegalStateException("no Vigil store in " + options.data + ": " + SqliteConcernStore.FILE_NAME
                        + " is missing, though the log's key is there (was the store deleted or moved?)");
            }
            throw new IllegalStateException("no Vigil store in " + options.data + " (no " + SqliteConcernStore.FILE_NAME
                    + " there): give --data the directory that vigil ingest or vigil replay wrote");
        }
        Path file = options.data.resolve(SqliteConcernStore.FILE_NAME);
        if ((options.dbUrl == null || options.dbUrl.isBlank()) && emptyFile(file)) {
            throw StoreException.damaged(file + " is an empty file: the store's contents are gone (was it truncated?);"
                    + " it is left as it is, for whoever looks into it");
        }
        return open(options);
    }

    private static boolean emptyFile(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }

    static Workspace open(StoreOptions options) {
        ConcernStore store = options.dbUrl == null || options.dbUrl.isBlank()
                ? SqliteConcernStore.open(options.data)
                : PostgresConcernStore.open(options.dbUrl, System.getenv("VIGIL_DB_USER"),
                        System.getenv("VIGIL_DB_PASSWORD"));
        try {
            return new Workspace(store, LogKeys.forLog(options.data, store), Clock.systemUTC());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Takes the store's {@link WriterLease} for the rest of this command, before any person is read, as a command that
     * splits persons, or adds records to a new store, must: they are linked against the persons as they stand, which
     * no other process may change meanwhile. Waits, saying so on {@code err}, while another process holds it
     * ({@code vigil serve} holds it while it takes in a submission). Returns this workspace; on failure closes it.
     */
    Workspace leased(PrintWriter err) {
        try {
            store.awaitLease(LEASE_WAIT, () -> waiting(err));
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * The linker of an ingest or a replay: it links the stored persons, then takes the store's writer lease (saying so
     * on {@code err} if it waits) and keeps it to the end, giving it over between batches to a process that waits for
     * it ({@code vigil serve} taking in a submission), as {@link TakingTurns} says.
     */
    TakingTurns linker(PrintWriter err) {
        return TakingTurns.start(store, LEASE_WAIT, () -> waiting(err));
    }

    private static void waiting(PrintWriter err) {
        err.println("vigil: another process is adding records to this store or splitting a person (vigil serve taking"
                + " in a submission, or another ingest, replay or split); waiting for it...");
        err.flush();
    }

    /** The persons, rebuilt on first use by linking the stored concerns again in log order. */
    PersonIndex people() {
        if (people == null) {
            people = PersonIndex.rebuild(store);
        }
        return people;
    }

    /** The persons as the store holds them, as a split is decided against; linked again only if some mention never was. */
    Persons persons() {
        return StoredPersons.of(store).<Persons>map(p -> p).orElseGet(this::people);
    }

    LogAudit audit() {
        return new LogAudit(store, NoteVerifier.fromVkey(signer.vkey()), signer.name());
    }

    @Override
    public void close() {
        store.close();
    }
}
