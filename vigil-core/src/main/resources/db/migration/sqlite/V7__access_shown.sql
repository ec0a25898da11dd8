-- What each access showed beside its target (a person page's concerns, an export's persons), one row for each thing
-- shown, in the order the access listed them: "who knew" about a person or concern finds an access by it. The access
-- event commits to the list by its count and SHA-256, and `vigil verify` checks these rows against both.
CREATE TABLE access_shown (
    leaf   INTEGER NOT NULL,
    pos    INTEGER NOT NULL,
    target TEXT   NOT NULL,
    PRIMARY KEY (leaf, pos)
);
CREATE INDEX access_shown_target ON access_shown (target, leaf);
