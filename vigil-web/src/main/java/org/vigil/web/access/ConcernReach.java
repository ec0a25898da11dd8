package org.vigil.web.access;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.vigil.web.auth.Account;
import org.vigil.web.cases.CaseIndex;

/**
 * Need-to-know for what Vigil derives from several concerns (an alert, a line of the work list): the concerns it
 * draws on, which its reasons quote, and how many of them an account may not read. A concern the store does not know
 * restricts nothing.
 */
public final class ConcernReach {
    private final CaseIndex cases;
    private final NeedToKnow needToKnow;

    public ConcernReach(CaseIndex cases, NeedToKnow needToKnow) {
        this.cases = cases;
        this.needToKnow = needToKnow;
    }

    /** {@code concernId} if it is a stored concern, then the concerns of {@code mentionKeys}, once each. */
    public Set<String> drawnOn(String concernId, Collection<String> mentionKeys) {
        Set<String> concerns = new LinkedHashSet<>();
        if (concernId != null) {
            cases.concern(concernId).ifPresent(c -> concerns.add(c.id()));
        }
        for (String key : mentionKeys) {
            cases.mention(key).ifPresent(m -> concerns.add(m.concernId()));
        }
        return concerns;
    }

    /** The stored concern each of these ids names, by id: a mention's concern, or the concern itself. */
    public Map<String, String> concernsOf(Collection<String> mentionsOrConcerns) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : mentionsOrConcerns) {
            if (id == null) {
                continue;
            }
            cases.mention(id).ifPresentOrElse(m -> out.put(id, m.concernId()),
                    () -> cases.concern(id).ifPresent(c -> out.put(id, c.id())));
        }
        return out;
    }

    /** How many of the concerns of {@code mentionKeys}, and {@code concernId} if not null, {@code account} may not read. */
    public int unreadable(Account account, String concernId, Collection<String> mentionKeys) {
        return unreadable(account, drawnOn(concernId, mentionKeys));
    }

    /** How many of these concerns {@code account} may not read. */
    public int unreadable(Account account, Collection<String> concernIds) {
        int n = 0;
        for (String id : concernIds) {
            n += cases.concern(id).filter(c -> !needToKnow.mayRead(account, c)).isPresent() ? 1 : 0;
        }
        return n;
    }
}
