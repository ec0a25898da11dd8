package org.vigil.web.alert;

import org.vigil.web.access.ConcernReach;
import org.vigil.web.auth.Account;

/**
 * Need-to-know for alerts: an account may see an alert only if it may read every concern the alert draws on (its
 * trigger and the concerns of the mentions it names), because an alert's reasons quote those concerns: their ids,
 * offences, ages and dates.
 */
public final class AlertReach {
    private final ConcernReach concerns;

    public AlertReach(ConcernReach concerns) {
        this.concerns = concerns;
    }

    public boolean mayRead(Account account, Alert alert) {
        return concerns.unreadable(account, alert.trigger(), alert.mentions()) == 0;
    }
}
