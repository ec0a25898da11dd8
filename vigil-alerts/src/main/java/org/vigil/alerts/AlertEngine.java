package org.vigil.alerts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vigil.alerts.harm.ConcernHarm;
import org.vigil.alerts.observation.ConcernObserved;
import org.vigil.alerts.observation.DecisionObserved;
import org.vigil.alerts.observation.Observation;
import org.vigil.alerts.observation.PersonsMerged;
import org.vigil.alerts.pattern.Dismissed;
import org.vigil.alerts.pattern.Finding;
import org.vigil.alerts.pattern.MissingPattern;
import org.vigil.alerts.pattern.Network;
import org.vigil.alerts.pattern.Overdue;
import org.vigil.alerts.pattern.Recurrence;
import org.vigil.alerts.pattern.RepeatSuspect;
import org.vigil.alerts.pattern.Thresholds;
import org.vigil.alerts.state.Casebook;
import org.vigil.alerts.state.ConcernRecord;
import org.vigil.alerts.state.IntList;
import org.vigil.alerts.state.Touched;
import org.vigil.harm.weights.HarmWeights;

/**
 * Raises alerts as observations arrive, in event time. Feed it observations in {@link Observation#EVENT_ORDER}; each
 * call returns the alerts it raised, updated or merged. All state is in memory and rebuilt by replaying the same
 * observations, which gives the same alerts with the same ids. Not thread-safe: one engine, one feeding thread.
 *
 * <pre>{@code
 * AlertEngine engine = new AlertEngine();
 * for (Observation o : observations) {          // sorted by Observation.EVENT_ORDER
 *   for (AlertChange c : engine.observe(o)) { ... }
 * }
 * engine.advanceTo(asOf);                        // overdue concerns up to asOf
 * }</pre>
 *
 * <p>Time is event time only. {@link #observe} first moves the engine's clock to the observation's time (raising
 * {@code overdue} alerts whose deadline has passed), then applies it; the clock never goes back, and an observation
 * older than the clock is applied at its own time.
 */
public final class AlertEngine {
    /**
     * What the engine keeps of each alert's updates. {@link #ALL}: every update, for the history an analyst reads
     * ({@code vigil export alerts}, the evaluation, priorities). {@link #LATEST}: the latest only, for a caller that takes
     * each change as it comes and never reads the history back ({@code vigil replay} writes each alert as raised and
     * counts its updates): the same alerts and changes, at the same times, but {@link Alert#updates()} lists the latest
     * update alone. A replay of a million concerns updates its alerts hundreds of thousands of times, and each update
     * lists its persons and reasons: kept, they were a quarter of the engine's memory.
     */
    public enum History { ALL, LATEST }

    private final Casebook book;
    private final AlertBook alerts;
    private final RepeatSuspect repeatSuspect;
    private final Network network;
    private final Dismissed dismissed;
    private final MissingPattern missing;
    private final Recurrence recurrence;
    private Instant clock = Instant.MIN;

    /** With {@link Thresholds#defaults()} and vigil-harm's bundled weights, keeping every update. */
    public AlertEngine() {
        this(History.ALL);
    }

    /** With {@link Thresholds#defaults()} and vigil-harm's bundled weights. */
    public AlertEngine(History history) {
        this(Thresholds.defaults(), HarmWeights.bundled(), history);
    }

    /** Keeping every update. */
    public AlertEngine(Thresholds thresholds, HarmWeights weights) {
        this(thresholds, weights, History.ALL);
    }

    public AlertEngine(Thresholds thresholds, HarmWeights weights, History history) {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(history, "history");
        ConcernHarm harm = new ConcernHarm(weights);
        this.book = new Casebook(harm, thresholds.professionalStrength(), thresholds.repeatChildren());
        this.alerts = new AlertBook(book, new AlertHarm(book, harm), history);
        this.repeatSuspect = new RepeatSuspect(thresholds);
        this.network = new Network(thresholds);
        this.dismissed = new Dismissed(thresholds);
        this.missing = new MissingPattern(thresholds);
        this.recurrence = new Recurrence(thresholds);
    }

    /** Applies one observation; returns the alerts raised, updated or merged by it (and by time passing up to it). */
    public List<AlertChange> observe(Observation observation) {
        return observe(List.of(), observation);
    }

    /**
     * Applies the merges that linking {@code record} caused, then the record, and assesses the patterns once for them
     * all: an alert that a merge makes true rests on the persons with the record's own mentions in them (spec §2.2
     * {@code persons[].mentions}), as linking knew them once the record was linked.
     */
    public List<AlertChange> observe(List<PersonsMerged> merges, Observation record) {
        Objects.requireNonNull(record, "record");
        // A report whose deadline is this very instant is not overdue yet: this record may be its decision.
        Instant at = record.at();
        long dueBy = at.getNano() % 1_000 > 0 ? ConcernRecord.micros(at) : ConcernRecord.micros(at) - 1;
        List<AlertChange> changes = advance(at, dueBy);
        Touched touched = new Touched();
        for (PersonsMerged m : merges) {
            touched.addAll(book.merge(m));
        }
        String trigger;
        if (record instanceof ConcernObserved c) {
            touched.addAll(book.addConcern(c));
            trigger = c.id();
        } else if (record instanceof DecisionObserved d) {
            touched.addAll(book.addDecision(d));
            trigger = d.id();
        } else {
            PersonsMerged m = (PersonsMerged) record;
            touched.addAll(book.merge(m));
            trigger = m.trigger();
        }
        changes.addAll(assess(touched, at, trigger));
        // Only this record can have set a deadline already passed: a correction that raises its report's level.
        changes.addAll(overdue(dueBy, at, trigger));
        return changes;
    }

    /** Feeds every observation in {@link Observation#EVENT_ORDER}; returns every change, in order. */
    public List<AlertChange> replay(List<? extends Observation> observations) {
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(Observation.EVENT_ORDER);
        List<AlertChange> changes = new ArrayList<>();
        for (Observation o : sorted) {
            changes.addAll(observe(o));
        }
        return changes;
    }

    /**
     * Moves the clock to {@code eventTime} (never back) and raises {@code overdue} alerts for reports whose deadline
     * has passed with no decision. Each is raised at its deadline, triggered by the overdue concern itself.
     */
    public List<AlertChange> advanceTo(Instant eventTime) {
        return advance(eventTime, ConcernRecord.micros(eventTime));
    }

    /** Moves the clock to {@code eventTime} and raises {@code overdue} for deadlines at or before {@code dueBy}. */
    private List<AlertChange> advance(Instant eventTime, long dueBy) {
        if (eventTime.isAfter(clock)) {
            clock = eventTime;
        }
        return overdue(dueBy, null, null);
    }

    /**
     * Raises {@code overdue} for deadlines at or before {@code dueBy}, each at its deadline, triggered by its report;
     * or, given the record that set deadlines already passed ({@code revealedAt} not null), at that record's time and
     * by it, since the alert was not true in event time until it arrived (spec §2.2 {@code raised}).
     */
    private List<AlertChange> overdue(long dueBy, Instant revealedAt, String revealedBy) {
        List<AlertChange> changes = new ArrayList<>();
        IntList due = book.overdueBy(dueBy);
        for (int i = 0; i < due.size(); i++) {
            int report = due.get(i);
            Finding f = Overdue.assess(book, report);
            Instant raised = revealedAt != null ? revealedAt
                    : Instant.EPOCH.plus(book.concerns.get(report).deadline, ChronoUnit.MICROS);
            String trigger = revealedAt != null ? revealedBy : book.concerns.get(report).id;
            alerts.apply(f, raised, trigger, List.of()).ifPresent(changes::add);
        }
        return changes;
    }

    /** The engine's clock: the latest event time it has seen or been advanced to. */
    public Instant clock() {
        return clock;
    }

    /** Every alert, in id order, with its updates (the latest only, with {@link History#LATEST}). */
    public List<Alert> alerts() {
        return alerts.alerts();
    }

    public Optional<Alert> alert(String id) {
        return alerts.alert(id);
    }

    /**
     * The engine's memory, read-only by contract, for the {@code priority} and {@code evaluation} packages. Callers
     * must not change it.
     */
    public Casebook casebook() {
        return book;
    }

    private List<AlertChange> assess(Touched touched, Instant at, String trigger) {
        List<AlertChange> changes = new ArrayList<>();
        for (Touched.Rekey r : touched.rekeys) {
            changes.addAll(alerts.rekey(r.prefix(), r.from(), r.into(), at, trigger, touched.context));
        }
        Map<String, Finding> findings = new LinkedHashMap<>();
        for (int p : touched.suspects) {
            repeatSuspect.assess(book, p).ifPresent(f -> findings.put(f.key(), f));
            dismissed.assessSuspect(book, p).ifPresent(f -> findings.put(f.key(), f));
        }
        for (int n : touched.networks) {
            network.assess(book, n).ifPresent(f -> findings.put(f.key(), f));
        }
        for (int c : touched.children) {
            missing.assess(book, c).ifPresent(f -> findings.put(f.key(), f));
            dismissed.assessChild(book, c).ifPresent(f -> findings.put(f.key(), f));
        }
        for (int v : touched.vehicles) {
            recurrence.assessVehicle(book, v).ifPresent(f -> findings.put(f.key(), f));
            dismissed.assessVehicle(book, v).ifPresent(f -> findings.put(f.key(), f));
        }
        for (String k : touched.places) {
            recurrence.assessPlace(book, k).ifPresent(f -> findings.put(f.key(), f));
            dismissed.assessPlace(book, k).ifPresent(f -> findings.put(f.key(), f));
        }
        for (int r : touched.decided) {
            if (alerts.has(org.vigil.alerts.pattern.AlertKind.OVERDUE, Overdue.subject(r))) {
                Finding f = Overdue.assess(book, r);
                findings.put(f.key(), f);
            }
        }
        List<Finding> ordered = new ArrayList<>(findings.values());
        ordered.sort(Comparator.comparing((Finding f) -> f.kind().ordinal()).thenComparing(Finding::subject));
        for (Finding f : ordered) {
            alerts.apply(f, at, trigger, touched.context).ifPresent(changes::add);
        }
        return changes;
    }
}
