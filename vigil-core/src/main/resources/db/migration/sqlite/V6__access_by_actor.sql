-- Oversight asks what one person looked at ("what did this officer open, search or export, and why"): a lookup by
-- actor, newest first, not a scan.
CREATE INDEX access_event_actor ON access_event (actor, leaf);
