package org.vigil.web.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vigil.ledger.Access;
import org.vigil.store.AccessEvent;

/**
 * Every logged access by its target (a person, a concern, an alert), for "who knew what, when". Built from the
 * store's access events at start, and kept up to date from the access log.
 */
public final class AccessIndex {
    private final Map<String, List<LoggedAccess>> byTarget = new ConcurrentHashMap<>();

    /** Loads every access event the store holds. */
    public static AccessIndex load(Vault vault) {
        AccessIndex index = new AccessIndex();
        vault.read(store -> {
            store.forEachAccess(index::add);
            return null;
        });
        return index;
    }

    private void add(AccessEvent e) {
        long seconds = Math.floorDiv(e.atMicros(), 1_000_000L);
        Instant at = Instant.ofEpochSecond(seconds, Math.floorMod(e.atMicros(), 1_000_000L) * 1_000L);
        add(List.of(new LoggedAccess(e.leaf(), at, new Access(e.actor(), e.action(), e.target(), e.reason()))));
    }

    /** Adds a logged batch. */
    public void add(List<LoggedAccess> logged) {
        for (LoggedAccess a : logged) {
            if (a.target() != null && !a.target().isEmpty()) {
                byTarget.computeIfAbsent(a.target(), t -> java.util.Collections.synchronizedList(new ArrayList<>()))
                        .add(a);
            }
        }
    }

    /** Every access to any of these targets, in log order. */
    public List<LoggedAccess> about(Collection<String> targets) {
        List<LoggedAccess> out = new ArrayList<>();
        for (String t : targets) {
            List<LoggedAccess> list = byTarget.get(t);
            if (list != null) {
                synchronized (list) {
                    out.addAll(list);
                }
            }
        }
        out.sort(java.util.Comparator.comparingLong(LoggedAccess::leaf));
        return out;
    }
}
