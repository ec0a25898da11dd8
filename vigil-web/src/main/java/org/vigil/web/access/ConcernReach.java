package org.vigil.web.access;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.vigil.web.auth.Account;
import org.vigil.web.cases.CaseIndex;

/**
 * Need-to-know for what Vigil derives from several concerns (an alert, a line of the work list): the concerns it
 * draws on that an account may not read, since its reasons quote them. A concern the store does not know restricts
 * nothing.
 */
public final class ConcernReach {
    private final CaseIndex cases;
    private final NeedToKnow needToKnow;

    public ConcernReach(CaseIndex cases, NeedToKnow needToKnow) {
        this.cases = cases;
        this.needToKnow = needToKnow;
    }

    /** How many of the concerns of {@code mentionKeys}, and {@code concernId} if not null, {@code account} may not read. */
    public int unreadable(Account account, String concernId, Collection<String> mentionKeys) {
        Set<String> concerns = new LinkedHashSet<>();
        if (concernId != null) {
            concerns.add(concernId);
        }
        for (String key : mentionKeys) {
            cases.mention(key).ifPresent(m -> concerns.add(m.concernId()));
        }
        int n = 0;
        for (String id : concerns) {
            n += cases.concern(id).filter(c -> !needToKnow.mayRead(account, c)).isPresent() ? 1 : 0;
        }
        return n;
    }
}
