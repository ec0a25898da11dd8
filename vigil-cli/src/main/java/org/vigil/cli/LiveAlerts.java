package org.vigil.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.priority.PriorityLine;
import org.vigil.alerts.priority.Priorities;
import org.vigil.concern.Submission;
import org.vigil.ingest.CommitListener;
import org.vigil.ledger.PersonChanges;
import org.vigil.people.PersonIndex;
import org.vigil.store.PersonSplit;
import org.vigil.watch.StoreReplay;
import org.vigil.watch.Watch;

/**
 * The alerts and priorities files the web app reads, kept up to date as partners send records through its intake:
 * each committed batch goes through the pattern engine (which was brought up to date by replaying the store), and
 * when anything was raised or updated both files are written again, whole, and swapped in at once. Writing is left to
 * a thread of its own a short while after the first change, so a burst of intake is written once: at a million
 * concerns the files hold hundreds of thousands of alerts, and rewriting them for every record would cost seconds
 * each. Each batch is linked again by the replay's own person index, so the engine goes on in the ids it was built
 * with, which are numbered in event time. The web app's directory numbers persons as the store received them; the two
 * agree for a store received in event time (as {@code vigil replay} and the demo receive it), and the app shows alerts
 * in its own ids (org.vigil.web.person.DirectoryIds). Taking the intake's ids instead gave the engine, for a store
 * received out of event time, a new mention of one man under the id the engine gave a child.
 */
final class LiveAlerts implements CommitListener {
    /** How long after a change the files are written: changes in the meantime are written with it. */
    static final long WRITE_AFTER_MILLIS = 500;

    /** Works the engine out afresh from the store, as a replay in event time does. */
    private final Supplier<StoreReplay.Snapshot> replay;
    private AlertEngine engine;
    /** The persons the engine was given, numbered in event time; each batch told is linked by it. */
    private PersonIndex persons;
    private Watch watch;
    /** Rebuilds asked for and not yet swapped in. */
    private int rebuilding;
    /** While a rebuild runs, every batch told since it was asked for, to be told to the rebuilt engine too. */
    private List<Told> toldSince = new ArrayList<>();

    /** A batch as it was told. */
    private record Told(List<Submission> records, long firstLeaf) {
    }
    private final Path alerts;
    private final Path priorities;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vigil-alerts-writer");
        t.setDaemon(true);
        return t;
    });
    private boolean changed;
    private boolean scheduled;

    LiveAlerts(Supplier<StoreReplay.Snapshot> replay, Path alerts, Path priorities) {
        this.replay = replay;
        StoreReplay.Snapshot first = replay.get();
        this.engine = first.engine();
        this.persons = first.persons();
        this.watch = new Watch(engine, change -> changed = true);
        this.alerts = alerts;
        this.priorities = priorities;
    }

    @Override
    public synchronized void committed(List<Submission> records, PersonChanges linked, long firstLeaf) {
        // linked is in the ids of whoever committed the batch: the engine's own index links it again.
        changed = false;
        watch.committed(records, persons.link(records), firstLeaf);
        if (rebuilding > 0) {
            toldSince.add(new Told(records, firstLeaf));
        }
        writeSoonIfChanged();
    }

    /**
     * The wall clock has reached {@code now}: concerns whose service level ran out since the last record raise their
     * {@code overdue} alerts (raised at their deadlines, as a replay raises them), and the files are written if any
     * was. During a rebuild, the rebuilt engine catches up at the next tick.
     */
    synchronized void timePassed(Instant now) {
        changed = false;
        watch.timePassed(now);
        writeSoonIfChanged();
    }

    /** Schedules a write of both files shortly, if the engine changed and none is scheduled yet. */
    private void writeSoonIfChanged() {
        if (changed && !scheduled) {
            scheduled = true;
            writer.schedule(this::writeScheduled, WRITE_AFTER_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * A person was split: the alerts and priorities rest on the persons, so they are worked out again from the store
     * (whose replay obeys the split) on the writer's thread, and written once swapped in. Until then the engine as it
     * was goes on taking batches, and the files show it: at 100,000 concerns a replay takes about 20 s, and intake does
     * not wait for it. The batches committed meanwhile are told to the rebuilt engine too, those the replay did not
     * read. The alert ids are the replay's: an alert that rested on the persons joined by mistake may be gone, and
     * those raised after it numbered one lower.
     */
    @Override
    public synchronized void personsSplit(PersonSplit split) {
        rebuilding++;
        writer.execute(this::rebuild);
    }

    private void rebuild() {
        StoreReplay.Snapshot fresh;
        try {
            fresh = replay.get();
        } catch (RuntimeException e) {
            synchronized (this) {
                done();
            }
            System.err.println("vigil serve: alerts not worked out again after a split: " + e);
            return;
        }
        synchronized (this) {
            engine = fresh.engine();
            persons = fresh.persons();
            watch = new Watch(engine, change -> changed = true);
            for (Told t : toldSince) {
                if (t.firstLeaf() >= fresh.logSize()) {
                    watch.committed(t.records(), persons.link(t.records()), t.firstLeaf());
                }
            }
            done();
            try {
                write();
            } catch (RuntimeException e) {
                System.err.println("vigil serve: alerts and priorities files not written: " + e);
            }
        }
    }

    /** One rebuild is over: once none is left, batches need no longer be kept. */
    private void done() {
        rebuilding--;
        if (rebuilding == 0) {
            toldSince = new ArrayList<>();
        }
    }

    private synchronized void writeScheduled() {
        scheduled = false;
        try {
            write();
        } catch (RuntimeException e) {
            // On the writer's own thread nobody else would see it: the files keep their last version until the next change.
            System.err.println("vigil serve: alerts and priorities files not written: " + e);
        }
    }

    /** Waits until a write already scheduled, and a rebuild already asked for, have been done. */
    void flush() throws InterruptedException {
        synchronized (this) {
            if (!scheduled && rebuilding == 0) {
                return;
            }
        }
        try {
            writer.schedule(() -> { }, WRITE_AFTER_MILLIS, TimeUnit.MILLISECONDS).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Writes both files from the engine as it stands. */
    synchronized void write() {
        try {
            replace(alerts, engine.alerts().stream().map(Alert::toJsonLine).toList());
            replace(priorities, new Priorities(engine).rank(engine.clock()).stream().map(PriorityLine::toJsonLine)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the alerts beside the store", e);
        }
    }

    /**
     * Writes {@code file} whole, through a temporary file of its own beside it, so that a reader (or a second app
     * instance writing the same file on a shared store) never meets a half-written one.
     */
    private static void replace(Path file, List<String> lines) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + ".", ".tmp");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    out.write(line);
                    out.write('\n');
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
