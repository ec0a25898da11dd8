-- "Who knew" about a person, concern or alert looks up the access events naming it, so that is a lookup, not a scan.
CREATE INDEX access_event_target ON access_event (target);
