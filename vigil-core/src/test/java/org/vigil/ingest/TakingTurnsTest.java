package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Submission;
import org.vigil.ledger.Ledger;
import org.vigil.log.NoteSigner;
import org.vigil.people.PersonIndex;
import org.vigil.store.ConcernStore;
import org.vigil.store.SqliteConcernStore;
import org.vigil.store.WriterLease;
import org.vigil.testing.Lines;

/**
 * A long ingest and another process that wants to add a concern meanwhile (the web app's intake), each with its own
 * connection, as two processes would have.
 */
class TakingTurnsTest {
    private static final NoteSigner SIGNER = NoteSigner.generate("vigil.test/turns");
    private static final int CONCERNS = 60;

    @TempDir
    Path dir;

    @Test
    void anIngestGivesTheLeaseToAWaitingProcessBetweenBatchesAndLinksWhatItStored() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < CONCERNS; i++) {
            lines.add(Lines.concernAbout("B-" + i, i));
        }
        Path file = Files.write(dir.resolve("batch.jsonl"), lines);
        Path data = dir.resolve("data");
        CountDownLatch started = new CountDownLatch(1);
        IngestListener slowly = (f, bytesRead, fileBytes, lastLine, accepted, rejected) -> {
            started.countDown();
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (ConcernStore ingesting = SqliteConcernStore.open(data); ConcernStore app = SqliteConcernStore.open(data)) {
            TakingTurns turns = TakingTurns.start(ingesting, Duration.ofSeconds(30), () -> { });
            Ledger ledger = Ledger.open(ingesting, SIGNER, Clock.systemUTC());
            Future<List<FileSummary>> ingest = pool.submit(() -> new Ingest(ingesting, ledger, turns,
                    dir.resolve("quarantine"), new Ingest.Options(3, 1 << 20, 1 << 20), slowly).ingest(List.of(file)));
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

            long asked = System.nanoTime();
            WriterLease ours = app.lease(Duration.ofSeconds(20)).orElseThrow();
            long waited = System.nanoTime() - asked;
            int[] storedWhenTaken = {0};
            app.forEachRecordFrom(0, r -> storedWhenTaken[0]++);
            commitAsTheApp(app, "APP-1", 1000);
            ours.close();

            assertThat(ingest.get(60, TimeUnit.SECONDS).get(0).accepted()).isEqualTo(CONCERNS);
            assertThat(storedWhenTaken[0]).as("given the lease before the ingest ended").isLessThan(CONCERNS);
            assertThat(waited).as("after a batch, not the whole ingest").isLessThan(TimeUnit.SECONDS.toNanos(10));
            assertThat(turns.turns()).isPositive();

            assertStoredPersonsAreTheStoresOwn(app, 2 * CONCERNS + 2);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The ingest links the store's persons before it has the lease: what the app stores meanwhile is taken in. */
    @Test
    void anIngestTakesInWhatWasStoredWhileItLinkedTheStore() throws Exception {
        Path data = dir.resolve("data");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (ConcernStore ingesting = SqliteConcernStore.open(data); ConcernStore app = SqliteConcernStore.open(data)) {
            commitAsTheApp(app, "APP-0", 2000);
            WriterLease ours = app.lease(Duration.ZERO).orElseThrow();
            CountDownLatch waiting = new CountDownLatch(1);
            Future<TakingTurns> starting = pool.submit(() -> TakingTurns.start(ingesting, Duration.ofSeconds(30),
                    waiting::countDown));
            assertThat(waiting.await(30, TimeUnit.SECONDS)).as("the ingest has linked the store, and waits").isTrue();
            commitAsTheApp(app, "APP-1", 2001);
            ours.close();
            TakingTurns turns = starting.get(30, TimeUnit.SECONDS);
            assertThat(turns.people().personOf("APP-1/s1")).isNotNull();

            Path file = Files.write(dir.resolve("one.jsonl"), List.of(Lines.concernAbout("B-0", 3000)));
            Ledger ledger = Ledger.open(ingesting, SIGNER, Clock.systemUTC());
            new Ingest(ingesting, ledger, turns, dir.resolve("quarantine"), Ingest.Options.DEFAULT, IngestListener.NONE)
                    .ingest(List.of(file));
            assertStoredPersonsAreTheStoresOwn(app, 6);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Links and commits one concern about new people through {@code app}, as the web app's intake does. */
    private static void commitAsTheApp(ConcernStore app, String id, int n) throws Exception {
        Submission mine = new RecordParser().parse(Lines.bytes(Lines.concernAbout(id, n)));
        Ledger ledger = Ledger.open(app, SIGNER, Clock.systemUTC());
        ledger.commit(List.of(mine), List.of(), PersonIndex.rebuild(app).link(List.of(mine)));
    }

    /** The persons stored are those that linking the store again in log order gives: no id went to two persons. */
    private static void assertStoredPersonsAreTheStoresOwn(ConcernStore store, int mentions) {
        PersonIndex again = PersonIndex.rebuild(store);
        Map<String, String> stored = new HashMap<>();
        store.forEachPersonLink(l -> stored.put(l.mention(), l.person()));
        assertThat(stored).hasSize(mentions);
        stored.forEach((mention, person) -> assertThat(person).as(mention).isEqualTo(again.personOf(mention)));
    }
}
