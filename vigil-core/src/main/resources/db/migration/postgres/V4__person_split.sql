-- A person's decision that one resolved person was two (an analyst's split). The log entry at `leaf` commits to
-- `body`, the decision as JSON, which holds the mentions on each side; linkage reads them from the body.

CREATE TABLE person_split (
    leaf       BIGINT PRIMARY KEY,      -- index of the split's log entry
    at_us      BIGINT  NOT NULL,         -- when it was decided
    person     TEXT    NOT NULL,         -- the person id that was split (kept by the side with its oldest mention)
    new_person TEXT    NOT NULL,         -- the id the split-off mentions take
    actor      TEXT    NOT NULL,
    body       BYTEA   NOT NULL
);
