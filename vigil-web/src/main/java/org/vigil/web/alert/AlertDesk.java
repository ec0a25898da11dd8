package org.vigil.web.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private final AlertFeed feed;
    private final WebDatabase db;
    private final AccessLog log;
    private final Clock clock;
    private final Duration escalateAfter;

    /** One alert in the queue with its decision (if any), escalation level and when the queue first showed it. */
    public record Item(Alert alert, Optional<AlertDecision> decision, int escalation, Instant firstSeen) {
        public String escalatedTo() {
            return LEVELS[Math.min(escalation, LEVELS.length - 1)];
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

    /** Every alert with its state: undecided first (most escalated, then highest harm), then decided. */
    public List<Item> queue() {
        escalate();
        Map<String, List<Stored>> decisions = stored().stream().collect(Collectors.groupingBy(s -> s.decision().alertId()));
        Map<String, Integer> levels = db.list("SELECT alert_id, MAX(level) FROM web_escalation GROUP BY alert_id",
                rs -> Map.entry(rs.getString(1), rs.getInt(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Instant> seen = firstSeen();
        List<Item> items = new ArrayList<>();
        for (Alert a : feed.alerts()) {
            items.add(new Item(a, of(a, decisions.getOrDefault(a.id(), List.of())), levels.getOrDefault(a.id(), 0),
                    seen.getOrDefault(a.id(), clock.instant())));
        }
        items.sort(java.util.Comparator.<Item, Boolean>comparing(i -> i.decision().isPresent())
                .thenComparing(i -> -i.escalation()).thenComparing(i -> -i.alert().harm()));
        return items;
    }

    /**
     * Records a supervisor's decision; the reason is required and the decision is logged first. One at a time, so two
     * supervisors deciding at once leave one decision and one logged reason, and the other is told it is decided.
     */
    public synchronized AlertDecision decide(String alertId, String outcome, String reason, String by) {
        Alert alert = feed.alert(alertId).orElseThrow(() -> new IllegalArgumentException("no alert " + alertId));
        if (!AlertDecision.OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("an outcome is one of " + AlertDecision.OUTCOMES + ", not " + outcome);
        }
        if (reason == null || reason.strip().length() < 5) {
            throw new IllegalArgumentException("a decision needs a reason (DPA 2018 s.49-50): say why, in words");
        }
        if (decisionOf(alert).isPresent()) {
            throw new IllegalArgumentException("alert " + alertId + " is already decided");
        }
        LoggedAccess logged = log.log(new Access(by, "decide alert", alert.id(), outcome + ": " + reason.strip()));
        db.update("INSERT INTO web_alert_decision (alert_id, fingerprint, outcome, reason, decided_by, at_us, log_leaf)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", alertId, fingerprint(alert), outcome, reason.strip(), by,
                Ledger.micros(logged.at()), logged.leaf());
        return decisionOf(alert).orElseThrow();
    }

    /**
     * The decision made on this alert, if any: a decision stored under its id for another alert (one that a replay
     * numbered so before a person was split) is not this alert's.
     */
    public Optional<AlertDecision> decisionOf(Alert alert) {
        return of(alert, db.list("SELECT alert_id, outcome, reason, decided_by, at_us, log_leaf, fingerprint"
                + " FROM web_alert_decision WHERE alert_id = ?", AlertDesk::stored, alert.id()));
    }

    /** The decision on the alert that the feed now gives {@code alertId}, if any. */
    public Optional<AlertDecision> decision(String alertId) {
        return feed.alert(alertId).flatMap(this::decisionOf);
    }

    /** Every decision stored, whichever alert now has its id. */
    public List<AlertDecision> decisions() {
        return stored().stream().map(Stored::decision).toList();
    }

    /** A decision as stored, with the fingerprint of the alert it was made on ('' when not kept). */
    private record Stored(AlertDecision decision, String fingerprint) {
    }

    private List<Stored> stored() {
        return db.list("SELECT alert_id, outcome, reason, decided_by, at_us, log_leaf, fingerprint FROM web_alert_decision",
                AlertDesk::stored);
    }

    /** The one of {@code stored} (decisions under {@code alert}'s id) made on {@code alert}. */
    private static Optional<AlertDecision> of(Alert alert, List<Stored> stored) {
        String mine = fingerprint(alert);
        return stored.stream().filter(s -> s.fingerprint().isEmpty() || s.fingerprint().equals(mine))
                .map(Stored::decision).findFirst();
    }

    /** What identifies an alert whatever its id: its kind, the record that raised it and when. */
    static String fingerprint(Alert alert) {
        return alert.kind() + " " + alert.trigger() + " " + alert.raised();
    }

    /** Escalates every undecided alert whose time is up; returns how many escalations were made. */
    public synchronized int escalate() {
        Instant now = clock.instant();
        Map<String, Instant> seen = firstSeen();
        Map<String, List<Stored>> decided = stored().stream().collect(Collectors.groupingBy(s -> s.decision().alertId()));
        int made = 0;
        for (Alert a : feed.alerts()) {
            Instant first = seen.get(a.id());
            if (first == null) {
                db.update("INSERT INTO web_alert_seen (alert_id, first_seen_us) VALUES (?, ?)"
                        + " ON CONFLICT (alert_id) DO NOTHING", a.id(), Ledger.micros(now));
                continue;
            }
            if (of(a, decided.getOrDefault(a.id(), List.of())).isPresent()) {
                continue;
            }
            Duration waited = Duration.between(first, now);
            int due = (int) Math.min(2, waited.toMillis() / Math.max(1, escalateAfter.toMillis()));
            int have = db.first("SELECT MAX(level) FROM web_escalation WHERE alert_id = ?", rs -> rs.getInt(1), a.id())
                    .orElse(0);
            for (int level = have + 1; level <= due; level++) {
                String reason = "undecided for " + waited.toHours() + " h (" + waited.toMinutes() + " min);"
                        + " escalated to " + LEVELS[level];
                LoggedAccess logged = log.log(new Access(SYSTEM_ACTOR, "escalate alert", a.id(), reason));
                db.update("INSERT INTO web_escalation (alert_id, level, at_us, reason, log_leaf) VALUES (?, ?, ?, ?, ?)",
                        a.id(), level, Ledger.micros(logged.at()), reason, logged.leaf());
                made++;
            }
        }
        return made;
    }

    private Map<String, Instant> firstSeen() {
        return db.list("SELECT alert_id, first_seen_us FROM web_alert_seen",
                rs -> Map.entry(rs.getString(1), micros(rs.getLong(2)))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stored(new AlertDecision(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                micros(rs.getLong(5)), rs.getLong(6)), rs.getString(7));
    }

    static Instant micros(long us) {
        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1_000L);
    }
}
