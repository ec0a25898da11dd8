package org.vigil.web.alert;

import java.util.LinkedHashSet;
import java.util.Set;
import org.vigil.web.access.NeedToKnow;
import org.vigil.web.auth.Account;
import org.vigil.web.cases.CaseIndex;

/**
 * Need-to-know for alerts: an account may see an alert only if it may read every concern the alert draws on (its
 * trigger and the concerns of the mentions it names), because an alert's reasons quote those concerns: their ids,
 * offences, ages and dates. A concern the store does not know restricts nothing.
 */
public final class AlertReach {
    private final CaseIndex cases;
    private final NeedToKnow needToKnow;

    public AlertReach(CaseIndex cases, NeedToKnow needToKnow) {
        this.cases = cases;
        this.needToKnow = needToKnow;
    }

    public boolean mayRead(Account account, Alert alert) {
        Set<String> concerns = new LinkedHashSet<>();
        if (alert.trigger() != null) {
            concerns.add(alert.trigger());
        }
        for (String key : alert.mentions()) {
            cases.mention(key).ifPresent(m -> concerns.add(m.concernId()));
        }
        for (String id : concerns) {
            if (cases.concern(id).filter(c -> !needToKnow.mayRead(account, c)).isPresent()) {
                return false;
            }
        }
        return true;
    }
}
