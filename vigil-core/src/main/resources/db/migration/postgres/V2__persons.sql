-- Resolved persons (spec §2.1): which person each mention belongs to, and every merge of two persons.
-- A merge's log entry commits to `body`, the merge as JSON.

CREATE TABLE person_link (
    mention TEXT NOT NULL PRIMARY KEY,   -- "<concern id>/<ref>"
    person  TEXT NOT NULL                -- e.g. P-000412
);
CREATE INDEX person_link_person ON person_link (person);

CREATE TABLE person_merge (
    leaf    BIGINT PRIMARY KEY,         -- index of the merge's log entry
    at_us   BIGINT NOT NULL,            -- event time of the mention that joined the two
    retired TEXT    NOT NULL,            -- the person id that ends
    into_person TEXT NOT NULL,           -- the person id that carries on
    trigger_mention TEXT NOT NULL,
    body    BYTEA    NOT NULL
);
