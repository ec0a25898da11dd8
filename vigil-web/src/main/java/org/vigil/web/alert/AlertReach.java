package org.vigil.web.alert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** The concern page each mention of these alerts, and each trigger that is a concern, links to. */
    public Map<String, String> concernLinks(Collection<Alert> alerts) {
        List<String> ids = new ArrayList<>();
        for (Alert a : alerts) {
            ids.add(a.trigger());
            ids.addAll(a.mentions());
        }
        return concerns.concernsOf(ids);
    }

    public boolean mayRead(Account account, Alert alert) {
        return concerns.unreadable(account, alert.trigger(), alert.mentions()) == 0;
    }

    /**
     * What showing these alerts discloses, to be logged before they are shown: the persons each names, then the
     * concerns it draws on (which its reasons quote), once each. Only alerts the viewer may read are ever shown.
     */
    public List<String> disclosedBy(Collection<Alert> alerts) {
        List<String> out = new ArrayList<>();
        for (Alert a : alerts) {
            a.persons().forEach(p -> out.add(p.person()));
            out.addAll(concerns.drawnOn(a.trigger(), a.mentions()));
        }
        return out;
    }
}
