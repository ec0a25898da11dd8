package org.vigil.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.vigil.ingest.Ingest;
import org.vigil.ingest.IngestListener;
import org.vigil.ledger.Ledger;
import org.vigil.ledger.LogAudit;
import org.vigil.log.NoteSigner;
import org.vigil.log.NoteVerifier;
import org.vigil.store.SqliteConcernStore;

/** An embedded store, its ledger and an ingest over them in one directory, wired as the CLI wires them. */
public final class Workspace implements AutoCloseable {
    public static final NoteSigner SIGNER = NoteSigner.generate("vigil.test/log");

    public final Path dir;
    public final SqliteConcernStore store;
    public final Ledger ledger;

    public Workspace(Path dir) {
        this.dir = dir;
        this.store = SqliteConcernStore.open(dir);
        this.ledger = Ledger.open(store, SIGNER, Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
    }

    public Ingest ingest() {
        return ingest(Ingest.Options.DEFAULT);
    }

    public Ingest ingest(Ingest.Options options) {
        return new Ingest(store, ledger, dir.resolve("quarantine"), options, IngestListener.NONE);
    }

    public LogAudit audit() {
        return new LogAudit(store, NoteVerifier.fromVkey(SIGNER.vkey()), SIGNER.name());
    }

    @Override
    public void close() {
        store.close();
    }
}
