-- Vigil's embedded store: the records exactly as received, their projections for querying, and the log.
-- Every record row has exactly one log entry, at index `leaf`; both are written in one transaction.

CREATE TABLE record (
    leaf        INTEGER PRIMARY KEY,          -- index of the record's entry in the log
    id          TEXT    NOT NULL UNIQUE,      -- the record's own id, unique across all inputs
    type        TEXT    NOT NULL,             -- 'concern' or 'decision'
    event_us    INTEGER NOT NULL,             -- event time (received / at), microseconds since 1970
    sha256      BLOB    NOT NULL,             -- SHA-256 of raw; the log entry commits to it
    raw         BLOB    NOT NULL              -- the line exactly as received, unknown fields and all
);

CREATE TABLE concern (
    leaf                 INTEGER PRIMARY KEY REFERENCES record (leaf),
    received_us          INTEGER NOT NULL,
    agency               TEXT    NOT NULL,
    author_id            TEXT    NOT NULL,
    author_name          TEXT,
    author_role          TEXT,
    indicators           TEXT    NOT NULL,    -- JSON list
    offences             TEXT    NOT NULL,    -- JSON list of Home Office codes
    grading_scheme       TEXT,
    grading_source       TEXT,
    grading_intelligence TEXT,
    grading_handling     TEXT,
    amends               TEXT                 -- id of the concern this one corrects
);
CREATE INDEX concern_amends ON concern (amends) WHERE amends IS NOT NULL;

CREATE TABLE mention (
    leaf     INTEGER NOT NULL REFERENCES concern (leaf),
    ref      TEXT    NOT NULL,
    role     TEXT    NOT NULL,
    name     TEXT,
    aliases  TEXT    NOT NULL,                -- JSON list
    born     TEXT,                            -- partial date: 1987, 1987-05 or 1987-05-02
    age      INTEGER,
    sex      TEXT,
    address  TEXT,
    phones   TEXT    NOT NULL,                -- JSON list, as written
    vehicles TEXT    NOT NULL,                -- JSON list of {vrm, description}
    places   TEXT    NOT NULL,                -- JSON list of place refs
    PRIMARY KEY (leaf, ref)
) WITHOUT ROWID;

CREATE TABLE place (
    leaf    INTEGER NOT NULL REFERENCES concern (leaf),
    ref     TEXT    NOT NULL,
    kind    TEXT    NOT NULL,
    name    TEXT,
    address TEXT,
    PRIMARY KEY (leaf, ref)
) WITHOUT ROWID;

CREATE TABLE decision (
    leaf       INTEGER PRIMARY KEY REFERENCES record (leaf),
    concern_id TEXT    NOT NULL,              -- may name a concern that has not arrived yet
    at_us      INTEGER NOT NULL,
    by_id      TEXT    NOT NULL,
    by_name    TEXT,
    by_role    TEXT,
    outcome    TEXT    NOT NULL,
    reason     TEXT
);
CREATE INDEX decision_concern ON decision (concern_id);

-- Every read, search, export and disclosure (DPA 2018 s.62): who, when, why. The log commits to `body`.
CREATE TABLE access_event (
    leaf   INTEGER PRIMARY KEY,
    at_us  INTEGER NOT NULL,
    actor  TEXT    NOT NULL,
    action TEXT    NOT NULL,
    target TEXT,
    reason TEXT    NOT NULL,
    body   BLOB    NOT NULL
);

-- The RFC 6962 log: entries, hash tiles (C2SP tlog-tiles layout, widest version kept) and signed checkpoints.
CREATE TABLE log_entry (
    idx   INTEGER PRIMARY KEY,
    entry BLOB    NOT NULL
);

CREATE TABLE log_tile (
    level  INTEGER NOT NULL,
    idx    INTEGER NOT NULL,
    hashes BLOB    NOT NULL,
    PRIMARY KEY (level, idx)
) WITHOUT ROWID;

CREATE TABLE checkpoint (
    size INTEGER PRIMARY KEY,
    note TEXT    NOT NULL
);
