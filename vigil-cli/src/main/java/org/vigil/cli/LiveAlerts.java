package org.vigil.cli;

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
import org.vigil.alerts.AlertPerson;
import org.vigil.alerts.priority.PriorityLine;
import org.vigil.alerts.priority.Priorities;
import org.vigil.concern.Submission;
import org.vigil.ingest.CommitListener;
import org.vigil.ledger.PersonChanges;
import org.vigil.people.PersonIndex;
import org.vigil.store.PersonSplit;
import org.vigil.concurrent.Stages;
import org.vigil.watch.StoreReplay;
import org.vigil.watch.Watch;
import org.vigil.web.alert.AlertFeed;
import org.vigil.web.priority.Priority;
import org.vigil.web.priority.PriorityFeed;

/**
 * The alerts and priorities the web app shows, kept up to date as partners send records through its intake: each
 * committed batch goes through the pattern engine (which was brought up to date by replaying the store), and the
 * work list is worked out again, whole (every record counts in it, whether or not it raised an alert), with the alerts
 * when any was raised or updated, each swapped in at once for the app's feeds ({@link #alerts()},
 * {@link #priorities()}) to give. That is left to a thread of its own a short while after the
 * first change, so a burst of intake is worked out once: at a million concerns the engine holds hundreds of thousands
 * of alerts, and mapping them and ranking the work list again for every record would cost far more than the record.
 * Each batch is linked again by the replay's own person index, so the engine goes on in the ids it was built with,
 * which are numbered in event time. The web app's directory numbers persons as the store received them; the two agree
 * for a store received in event time (as {@code vigil replay} and the demo receive it), and the app shows alerts in
 * its own ids (org.vigil.web.person.DirectoryIds). Taking the intake's ids instead gave the engine, for a store
 * received out of event time, a new mention of one man under the id the engine gave a child. Why the lists are
 * handed over in memory rather than as files: docs/decisions/web-alerts-in-memory.md.
 */
final class LiveAlerts implements CommitListener {
    /** How long after a change the lists are worked out again: changes in the meantime are shown with it. */
    static final long PUBLISH_AFTER_MILLIS = 500;

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
    /** The alerts and the work list as last worked out, as the app's feeds give them; each swapped in whole. */
    private volatile List<org.vigil.web.alert.Alert> shownAlerts = List.of();
    private volatile List<Priority> shownPriorities = List.of();
    private final ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor(
            Stages.named("vigil-alerts-publisher"));
    /** Whether an alert was raised or updated since the lists were last worked out. */
    private boolean alertsChanged;
    /** Whether the work list may have changed: a record was told, or an alert changed. */
    private boolean changed;
    private boolean scheduled;

    LiveAlerts(Supplier<StoreReplay.Snapshot> replay) {
        this.replay = replay;
        StoreReplay.Snapshot first = replay.get();
        this.engine = first.engine();
        this.persons = first.persons();
        this.watch = watching(engine);
    }

    private Watch watching(AlertEngine e) {
        return new Watch(e, change -> alertsChanged = true);
    }

    /** The alerts (spec §2.2) as last worked out, in the order raised: the web app's alert feed. */
    AlertFeed alerts() {
        return () -> shownAlerts;
    }

    /** The work list by harm (spec §2.3) as last worked out: the web app's priority feed. */
    PriorityFeed priorities() {
        return () -> shownPriorities;
    }

    @Override
    public synchronized void committed(List<Submission> records, PersonChanges linked, long firstLeaf) {
        // linked is in the ids of whoever committed the batch: the engine's own index links it again.
        watch.committed(records, persons.link(records), firstLeaf);
        // Every record counts in the work list (a person's harm, a new person), whether or not it raised an alert.
        changed |= !records.isEmpty();
        if (rebuilding > 0) {
            toldSince.add(new Told(records, firstLeaf));
        }
        publishSoonIfChanged();
    }

    /**
     * The wall clock has reached {@code now}: concerns whose service level ran out since the last record raise their
     * {@code overdue} alerts (raised at their deadlines, as a replay raises them), and the lists are worked out again
     * if any was. During a rebuild, the rebuilt engine catches up at the next tick.
     */
    synchronized void timePassed(Instant now) {
        watch.timePassed(now);
        publishSoonIfChanged();
    }

    /** Schedules working out both lists shortly, if the engine changed and that is not scheduled yet. */
    private void publishSoonIfChanged() {
        changed |= alertsChanged;
        if (changed && !scheduled) {
            scheduled = true;
            publisher.schedule(this::publishScheduled, PUBLISH_AFTER_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * A person was split: the alerts and priorities rest on the persons, so they are worked out again from the store
     * (whose replay obeys the split) on the publisher's thread, and shown once swapped in. Until then the engine as it
     * was goes on taking batches, and the app shows it: at 100,000 concerns a replay takes about 20 s, and intake does
     * not wait for it. The batches committed meanwhile are told to the rebuilt engine too, those the replay did not
     * read. The alert ids are the replay's: an alert that rested on the persons joined by mistake may be gone, and
     * those raised after it numbered one lower.
     */
    @Override
    public synchronized void personsSplit(PersonSplit split) {
        rebuilding++;
        publisher.execute(this::rebuild);
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
            watch = watching(engine);
            for (Told t : toldSince) {
                if (t.firstLeaf() >= fresh.logSize()) {
                    watch.committed(t.records(), persons.link(t.records()), t.firstLeaf());
                }
            }
            done();
            alertsChanged = true; // a new engine: its alerts are shown whole
            try {
                publish();
            } catch (RuntimeException e) {
                System.err.println("vigil serve: alerts and priorities not worked out again: " + e);
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

    private synchronized void publishScheduled() {
        scheduled = false;
        try {
            publish();
        } catch (RuntimeException e) {
            // Nobody else would see it on this thread: the app shows the last lists until the next change.
            System.err.println("vigil serve: alerts and priorities not worked out again: " + e);
        }
    }

    /** Waits until the lists already scheduled to be worked out, and a rebuild already asked for, have been done. */
    void flush() throws InterruptedException {
        synchronized (this) {
            if (!scheduled && rebuilding == 0) {
                return;
            }
        }
        try {
            publisher.schedule(() -> { }, PUBLISH_AFTER_MILLIS, TimeUnit.MILLISECONDS).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Works out both lists from the engine as it stands and swaps them in. Each is what the app read from the files
     * {@code vigil serve} once wrote: an alert as its spec §2.2 line gives it (as raised, each person's role without
     * their part) with its updates counted, a line of the work list as its §2.3 line.
     */
    synchronized void publish() {
        if (alertsChanged || shownAlerts.isEmpty()) {
            shownAlerts = engine.alerts().stream().map(LiveAlerts::shown).toList();
        }
        shownPriorities = new Priorities(engine).rank(engine.clock()).stream().map(LiveAlerts::shown).toList();
        alertsChanged = false;
        changed = false;
    }

    private static org.vigil.web.alert.Alert shown(Alert a) {
        List<org.vigil.web.alert.Alert.AlertPerson> persons = new ArrayList<>(a.persons().size());
        for (AlertPerson p : a.persons()) {
            persons.add(new org.vigil.web.alert.Alert.AlertPerson(p.person(), p.role(), p.mentions()));
        }
        List<org.vigil.web.alert.Alert.Update> updates = new ArrayList<>(a.updates().size());
        for (org.vigil.alerts.AlertUpdate u : a.updates()) {
            updates.add(new org.vigil.web.alert.Alert.Update(u.at(), u.changes(), u.harm()));
        }
        return new org.vigil.web.alert.Alert(a.id(), a.kind().wire(), a.raised(), a.trigger(), persons, a.harm(),
                a.reasons(), updates);
    }

    private static Priority shown(PriorityLine p) {
        return new Priority(p.rank(), p.person(), p.harm(), p.mentions(), p.reasons());
    }
}
