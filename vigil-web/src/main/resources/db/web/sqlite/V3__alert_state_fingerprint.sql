-- When the queue first showed an alert, and each escalation of one, belong to that alert as its decision does (V2): by
-- its id and its fingerprint (kind, trigger and time raised), '' for rows made before the fingerprint was kept.
CREATE TABLE web_alert_seen_by_alert (
    alert_id      TEXT    NOT NULL,
    fingerprint   TEXT    NOT NULL,
    first_seen_us INTEGER NOT NULL,
    PRIMARY KEY (alert_id, fingerprint)
);
INSERT INTO web_alert_seen_by_alert (alert_id, fingerprint, first_seen_us)
    SELECT alert_id, '', first_seen_us FROM web_alert_seen;
DROP TABLE web_alert_seen;
ALTER TABLE web_alert_seen_by_alert RENAME TO web_alert_seen;

CREATE TABLE web_escalation_by_alert (
    alert_id    TEXT    NOT NULL,
    fingerprint TEXT    NOT NULL,
    level       INTEGER NOT NULL,
    at_us       INTEGER NOT NULL,
    reason      TEXT    NOT NULL,
    log_leaf    INTEGER,
    PRIMARY KEY (alert_id, fingerprint, level)
);
INSERT INTO web_escalation_by_alert (alert_id, fingerprint, level, at_us, reason, log_leaf)
    SELECT alert_id, '', level, at_us, reason, log_leaf FROM web_escalation;
DROP TABLE web_escalation;
ALTER TABLE web_escalation_by_alert RENAME TO web_escalation;
