-- A decision belongs to the alert it was made on. Alert ids are numbered in the order a replay of the store raises the
-- alerts, so a split of a person (or a record that arrives late in event time) can give an id to another alert. The
-- fingerprint (kind, trigger and time raised) ties each decision to its alert; '' for decisions made before it was kept.
CREATE TABLE web_alert_decision_by_alert (
    alert_id    TEXT    NOT NULL,
    fingerprint TEXT    NOT NULL,
    outcome     TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    decided_by  TEXT    NOT NULL,
    at_us       BIGINT NOT NULL,
    log_leaf    BIGINT,
    PRIMARY KEY (alert_id, fingerprint)
);
INSERT INTO web_alert_decision_by_alert (alert_id, fingerprint, outcome, reason, decided_by, at_us, log_leaf)
    SELECT alert_id, '', outcome, reason, decided_by, at_us, log_leaf FROM web_alert_decision;
DROP TABLE web_alert_decision;
ALTER TABLE web_alert_decision_by_alert RENAME TO web_alert_decision;
