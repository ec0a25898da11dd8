-- A split taken back is a decision too, stored beside the split it takes back: `revokes` is that split's log entry
-- (NULL for a split). The body holds it as well, and linkage reads it from there.
ALTER TABLE person_split ADD COLUMN revokes BIGINT;
