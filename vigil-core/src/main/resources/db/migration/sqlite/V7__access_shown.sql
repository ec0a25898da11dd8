-- What each access showed beside its target (a person page's concerns, an export's persons), one row for each thing
-- shown: the index "who knew" about a person or concern finds an access by. The list itself is in the access event's
-- body, which its log entry commits to; `vigil verify` checks these rows against it.
CREATE TABLE access_shown (
    target TEXT    NOT NULL,
    leaf   INTEGER NOT NULL,
    PRIMARY KEY (target, leaf)
);
