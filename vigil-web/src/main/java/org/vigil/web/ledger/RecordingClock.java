package org.vigil.web.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The wall clock, remembering the last instant it gave: the ledger reads the clock once per commit, so after a
 * commit (made under the vault's lock) {@link #last()} is the time the ledger wrote into that batch's entries.
 */
final class RecordingClock extends Clock {
    private final Clock clock;
    private volatile Instant last = Instant.EPOCH;

    RecordingClock(Clock clock) {
        this.clock = clock;
    }

    Instant last() {
        return last;
    }

    @Override
    public Instant instant() {
        Instant now = clock.instant();
        last = now;
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
