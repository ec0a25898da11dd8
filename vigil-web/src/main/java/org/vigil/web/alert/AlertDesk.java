package org.vigil.web.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.vigil.ledger.Access;
import org.vigil.ledger.Ledger;
import org.vigil.web.db.WebDatabase;
import org.vigil.web.ledger.AccessLog;
import org.vigil.web.ledger.LoggedAccess;

/**
 * The queue of alerts and what was done with them: decisions (by a named person, with a reason, logged) and
 * escalations of alerts left undecided for {@code escalateAfter} (level 1, the safeguarding lead) and twice that
 * (level 2, the head of service), each logged as done by the system.
 */
public final class AlertDesk {
    public static final String SYSTEM_ACTOR = "vigil-web";
    private static final String[] LEVELS = {"", "the safeguarding lead", "the head of service"};
    private static final String DECISION_COLUMNS = "alert_id, fingerprint, outcome, reason, decided_by, at_us, log_leaf,"
            + " versions";

    private final AlertFeed feed;
    private final WebDatabase db;
    private final AccessLog log;
    private final Clock clock;
    private final Duration escalateAfter;

    /**
     * One alert in the queue with its latest decision (if any), escalation level and when the queue first showed it.
     */
    public record Item(Alert alert, Optional<AlertDecision> decision, int escalation, Instant firstSeen) {
        public String escalatedTo() {
            return LEVELS[Math.min(escalation, LEVELS.length - 1)];
        }

        /** The updates on new evidence since the latest decision: more than none, and the alert is decided again. */
        public int updatesSinceDecision() {
            return decision.map(d -> Math.max(0, alert.updates().size() - d.versions())).orElse(0);
        }

        /** Whether the alert awaits a person's decision: never decided, or updated on new evidence since. */
        public boolean awaitsDecision() {
            return awaits(alert, decision);
        }
    }

    public AlertDesk(AlertFeed feed, WebDatabase db, AccessLog log, Clock clock, Duration escalateAfter) {
        this.feed = feed;
        this.db = db;
        this.log = log;
        this.clock = clock;
        this.escalateAfter = escalateAfter;
    }

    public AlertFeed feed() {
        return feed;
    }

    /**
     * Every alert with its state: those awaiting a decision first (never decided, or updated on new evidence since; most
     * escalated, then highest harm as it stands), then decided.
     */
    public List<Item> queue() {
        escalate();
        ByAlert<AlertDecision> decisions = decisionsByAlert();
        ByAlert<RoundState<Integer>> levels = escalationsByAlert();
        ByAlert<RoundState<Instant>> seen = firstSeen();
        List<Item> items = new ArrayList<>();
        for (Alert a : feed.alerts()) {
            List<AlertDecision> made = decisions.all(a);
            Optional<AlertDecision> latest = latest(made);
            int round = awaits(a, latest) ? made.size() : made.size() - 1;
            items.add(new Item(a, latest, inRound(levels.all(a), round).max(Integer::compare).orElse(0),
                    inRound(seen.all(a), round).findFirst().orElse(clock.instant())));
        }
        items.sort(java.util.Comparator.<Item, Boolean>comparing(i -> !i.awaitsDecision())
                .thenComparing(i -> -i.escalation()).thenComparing(i -> -i.alert().currentHarm()));
        return items;
    }

    /**
     * Records a supervisor's decision; the reason is required and the decision is logged first. One at a time, so two
     * supervisors deciding at once leave one decision and one logged reason, and the other is told it is decided. An
     * alert decided before it was updated on new evidence is decided again; the earlier decision stays.
     */
    public synchronized AlertDecision decide(String alertId, String outcome, String reason, String by) {
        Alert alert = feed.alert(alertId).orElseThrow(() -> new NoSuchElementException("no alert " + alertId));
        if (outcome == null || outcome.isBlank()) {
            throw new IllegalArgumentException("a decision needs an outcome, one of " + AlertDecision.OUTCOMES);
        }
        if (!AlertDecision.OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("an outcome is one of " + AlertDecision.OUTCOMES + ", not " + outcome);
        }
        if (reason == null || reason.strip().length() < 5) {
            throw new IllegalArgumentException("a decision needs a reason (DPA 2018 s.49-50): say why, in words");
        }
        Optional<AlertDecision> made = decisionOf(alert);
        if (!awaits(alert, made)) {
            throw new IllegalArgumentException("alert " + alertId + " is already decided, "
                    + made.get().outcome().replace('_', ' ') + " by " + made.get().decidedBy() + " at " + made.get().at()
                    + " (log entry " + made.get().leaf() + "); a decision stands as logged");
        }
        LoggedAccess logged = log.log(new Access(by, "decide alert", alert.id(), outcome + ": " + reason.strip()));
        db.update("INSERT INTO web_alert_decision (alert_id, fingerprint, versions, outcome, reason, decided_by, at_us,"
                + " log_leaf) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", alertId, fingerprint(alert), alert.updates().size(), outcome,
                reason.strip(), by, Ledger.micros(logged.at()), logged.leaf());
        return decisionOf(alert).orElseThrow();
    }

    /**
     * The latest decision made on this alert, if any: a decision stored under its id for another alert (one that a
     * replay numbered so before a person was split) is not this alert's.
     */
    public Optional<AlertDecision> decisionOf(Alert alert) {
        return latest(new ByAlert<>(db.list("SELECT " + DECISION_COLUMNS + " FROM web_alert_decision WHERE alert_id = ?",
                AlertDesk::decisionRow, alert.id())).all(alert));
    }

    /** The decision made with the most updates of its alert in view. */
    private static Optional<AlertDecision> latest(List<AlertDecision> decisions) {
        return decisions.stream().max(java.util.Comparator.comparingInt(AlertDecision::versions));
    }

    /** The decision on the alert that the feed now gives {@code alertId}, if any. */
    public Optional<AlertDecision> decision(String alertId) {
        return feed.alert(alertId).flatMap(this::decisionOf);
    }

    /** Every decision stored, whichever alert now has its id. */
    public List<AlertDecision> decisions() {
        return decisionRows().stream().map(Row::value).toList();
    }

    /**
     * A row of the desk's tables (a decision, an escalation, when the queue first showed an alert), under the id of
     * the alert it was made for, with that alert's {@link #fingerprint} ('' for rows made before it was kept).
     */
    private record Row<T>(String alertId, String fingerprint, T value) {
    }

    /**
     * Rows by the alert they belong to. Alert ids are numbered by a replay of the store, so after a person is split an
     * id can name another alert: a row belongs to the alert with its id and fingerprint, and a row without a
     * fingerprint to whichever alert has its id.
     */
    private static final class ByAlert<T> {
        private final Map<String, List<Row<T>>> byId;

        ByAlert(List<Row<T>> rows) {
            this.byId = rows.stream().collect(Collectors.groupingBy(Row::alertId));
        }

        List<T> all(Alert alert) {
            String mine = fingerprint(alert);
            return byId.getOrDefault(alert.id(), List.of()).stream()
                    .filter(r -> r.fingerprint().isEmpty() || r.fingerprint().equals(mine)).map(Row::value).toList();
        }
    }

    private List<Row<AlertDecision>> decisionRows() {
        return db.list("SELECT " + DECISION_COLUMNS + " FROM web_alert_decision", AlertDesk::decisionRow);
    }

    private ByAlert<AlertDecision> decisionsByAlert() {
        return new ByAlert<>(decisionRows());
    }

    /** What identifies an alert whatever its id: its kind, the record that raised it and when. */
    static String fingerprint(Alert alert) {
        return alert.kind() + " " + alert.trigger() + " " + alert.raised();
    }

    /**
     * Escalates every alert awaiting a decision whose time is up, in the round of deciding it that it is in (an alert
     * decided and then updated on new evidence is escalated again, counted from when the queue first showed it
     * updated); returns how many escalations were made.
     */
    public synchronized int escalate() {
        Instant now = clock.instant();
        ByAlert<RoundState<Instant>> seen = firstSeen();
        ByAlert<AlertDecision> decided = decisionsByAlert();
        ByAlert<RoundState<Integer>> escalated = escalationsByAlert();
        int made = 0;
        for (Alert a : feed.alerts()) {
            List<AlertDecision> decisions = decided.all(a);
            if (!awaits(a, latest(decisions))) {
                continue;
            }
            int round = decisions.size();
            Instant first = inRound(seen.all(a), round).findFirst().orElse(null);
            if (first == null) {
                db.update("INSERT INTO web_alert_seen (alert_id, fingerprint, decision_round, first_seen_us)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (alert_id, fingerprint, decision_round) DO NOTHING", a.id(),
                        fingerprint(a), round, Ledger.micros(now));
                continue;
            }
            Duration waited = Duration.between(first, now);
            int due = (int) Math.min(2, waited.toMillis() / Math.max(1, escalateAfter.toMillis()));
            int have = inRound(escalated.all(a), round).max(Integer::compare).orElse(0);
            for (int level = have + 1; level <= due; level++) {
                String reason = (round == 0 ? "undecided for " : "updated on new evidence since its decision, undecided for ")
                        + waited.toHours() + " h (" + waited.toMinutes() + " min); escalated to " + LEVELS[level];
                LoggedAccess logged = log.log(new Access(SYSTEM_ACTOR, "escalate alert", a.id(), reason));
                db.update("INSERT INTO web_escalation (alert_id, fingerprint, decision_round, level, at_us, reason,"
                        + " log_leaf) VALUES (?, ?, ?, ?, ?, ?, ?)", a.id(), fingerprint(a), round, level,
                        Ledger.micros(logged.at()), reason, logged.leaf());
                made++;
            }
        }
        return made;
    }

    /** Whether {@code alert} awaits a decision, its latest being {@code latest}: as {@link Item#awaitsDecision()}. */
    private static boolean awaits(Alert alert, Optional<AlertDecision> latest) {
        return latest.isEmpty() || latest.get().versions() < alert.updates().size();
    }

    /**
     * A row's value in a round of deciding an alert: round {@code n} runs from the alert's {@code n}-th decision (0:
     * from when it was raised) to the next.
     */
    private record RoundState<T>(int round, T value) {
    }

    private static <T> java.util.stream.Stream<T> inRound(List<RoundState<T>> rows, int round) {
        return rows.stream().filter(r -> r.round() == round).map(RoundState::value);
    }

    private ByAlert<RoundState<Instant>> firstSeen() {
        return new ByAlert<>(db.list("SELECT alert_id, fingerprint, decision_round, first_seen_us FROM web_alert_seen",
                rs -> new Row<>(rs.getString(1), rs.getString(2), new RoundState<>(rs.getInt(3), micros(rs.getLong(4))))));
    }

    private ByAlert<RoundState<Integer>> escalationsByAlert() {
        return new ByAlert<>(db.list("SELECT alert_id, fingerprint, decision_round, MAX(level) FROM web_escalation"
                + " GROUP BY alert_id, fingerprint, decision_round",
                rs -> new Row<>(rs.getString(1), rs.getString(2), new RoundState<>(rs.getInt(3), rs.getInt(4)))));
    }

    private static Row<AlertDecision> decisionRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row<>(rs.getString(1), rs.getString(2), new AlertDecision(rs.getString(1), rs.getString(3),
                rs.getString(4), rs.getString(5), micros(rs.getLong(6)), rs.getLong(7), rs.getInt(8)));
    }

    static Instant micros(long us) {
        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1_000L);
    }
}
