package org.vigil.web.ledger;

import java.time.Instant;
import org.vigil.ledger.Access;

/** An access as the log holds it: its leaf, when it was logged, and who did what to which target and why. */
public record LoggedAccess(long leaf, Instant at, Access access) {
    public String actor() {
        return access.actor();
    }

    public String action() {
        return access.action();
    }

    public String target() {
        return access.target();
    }

    public String reason() {
        return access.reason();
    }
}
