-- The web module's own tables, in the store's database but under their own history table (web_schema_history).
-- Times are microseconds since 1970, as in the store.

CREATE TABLE web_account (
    username      TEXT    PRIMARY KEY,
    display_name  TEXT    NOT NULL,
    role          TEXT    NOT NULL,           -- submitter, analyst, supervisor, auditor, admin
    agency        TEXT,                       -- the partner agency a submitter writes for
    password_hash TEXT    NOT NULL,           -- pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_us    INTEGER NOT NULL
);

CREATE TABLE web_team (
    name        TEXT PRIMARY KEY,
    description TEXT
);

CREATE TABLE web_team_member (
    team     TEXT NOT NULL REFERENCES web_team (name),
    username TEXT NOT NULL REFERENCES web_account (username),
    PRIMARY KEY (team, username)
);

-- Only the SHA-256 of a session token is kept: whoever reads the database cannot take over a session.
CREATE TABLE web_session (
    token_sha256 TEXT    PRIMARY KEY,
    username     TEXT    NOT NULL REFERENCES web_account (username),
    csrf_token   TEXT    NOT NULL,
    created_us   INTEGER NOT NULL,
    seen_us      INTEGER NOT NULL
);

-- A concern (a case) whose reading is restricted to one team (need-to-know).
CREATE TABLE web_case_restriction (
    concern_id    TEXT    PRIMARY KEY,
    team          TEXT    NOT NULL REFERENCES web_team (name),
    reason        TEXT    NOT NULL,
    restricted_by TEXT    NOT NULL,
    at_us         INTEGER NOT NULL
);

-- Emergency access to a restricted case outside one's team: always with a reason, always reviewed afterwards.
CREATE TABLE web_break_glass (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    username     TEXT    NOT NULL,
    concern_id   TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    at_us        INTEGER NOT NULL,
    expires_us   INTEGER NOT NULL,
    log_leaf     INTEGER,
    reviewed_by  TEXT,
    reviewed_us  INTEGER,
    review_note  TEXT
);
CREATE INDEX web_break_glass_user ON web_break_glass (username, concern_id);

-- DPA 2018 ss.49-50: every decision on an alert is a named person's, with a reason, and is logged.
CREATE TABLE web_alert_decision (
    alert_id   TEXT    PRIMARY KEY,
    outcome    TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    decided_by TEXT    NOT NULL,
    at_us      INTEGER NOT NULL,
    log_leaf   INTEGER
);

-- When the queue first showed an alert, and each escalation of one left undecided.
CREATE TABLE web_alert_seen (
    alert_id      TEXT    PRIMARY KEY,
    first_seen_us INTEGER NOT NULL
);

CREATE TABLE web_escalation (
    alert_id TEXT    NOT NULL,
    level    INTEGER NOT NULL,
    at_us    INTEGER NOT NULL,
    reason   TEXT    NOT NULL,
    log_leaf INTEGER,
    PRIMARY KEY (alert_id, level)
);
