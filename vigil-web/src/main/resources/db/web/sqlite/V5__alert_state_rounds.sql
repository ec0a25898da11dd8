-- An alert decided and then updated on new evidence awaits a decision again (V4), and is escalated again if it is left
-- undecided: when the queue first showed an alert, and each escalation, belong to a round of deciding it, numbered by
-- the decisions made on the alert before (0 until its first decision, so every row made before this was kept is of
-- round 0, as it was).
CREATE TABLE web_alert_seen_by_round (
    alert_id       TEXT    NOT NULL,
    fingerprint    TEXT    NOT NULL,
    decision_round INTEGER NOT NULL,
    first_seen_us  INTEGER NOT NULL,
    PRIMARY KEY (alert_id, fingerprint, decision_round)
);
INSERT INTO web_alert_seen_by_round (alert_id, fingerprint, decision_round, first_seen_us)
    SELECT alert_id, fingerprint, 0, first_seen_us FROM web_alert_seen;
DROP TABLE web_alert_seen;
ALTER TABLE web_alert_seen_by_round RENAME TO web_alert_seen;

CREATE TABLE web_escalation_by_round (
    alert_id       TEXT    NOT NULL,
    fingerprint    TEXT    NOT NULL,
    decision_round INTEGER NOT NULL,
    level          INTEGER NOT NULL,
    at_us          INTEGER NOT NULL,
    reason         TEXT    NOT NULL,
    log_leaf       INTEGER,
    PRIMARY KEY (alert_id, fingerprint, decision_round, level)
);
INSERT INTO web_escalation_by_round (alert_id, fingerprint, decision_round, level, at_us, reason, log_leaf)
    SELECT alert_id, fingerprint, 0, level, at_us, reason, log_leaf FROM web_escalation;
DROP TABLE web_escalation;
ALTER TABLE web_escalation_by_round RENAME TO web_escalation;
