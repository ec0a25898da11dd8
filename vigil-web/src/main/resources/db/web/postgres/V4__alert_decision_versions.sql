-- An alert updated on new evidence after it was decided comes back to the queue to be decided again: each decision
-- keeps how many updates its alert had when it was made (0 for decisions made before this was kept), and an alert
-- may have one decision for each number of updates. The earlier decisions stay, as the log keeps them.
CREATE TABLE web_alert_decision_by_version (
    alert_id    TEXT    NOT NULL,
    fingerprint TEXT    NOT NULL,
    versions    INTEGER NOT NULL,
    outcome     TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    decided_by  TEXT    NOT NULL,
    at_us       BIGINT NOT NULL,
    log_leaf    BIGINT,
    PRIMARY KEY (alert_id, fingerprint, versions)
);
INSERT INTO web_alert_decision_by_version (alert_id, fingerprint, versions, outcome, reason, decided_by, at_us, log_leaf)
    SELECT alert_id, fingerprint, 0, outcome, reason, decided_by, at_us, log_leaf FROM web_alert_decision;
DROP TABLE web_alert_decision;
ALTER TABLE web_alert_decision_by_version RENAME TO web_alert_decision;
