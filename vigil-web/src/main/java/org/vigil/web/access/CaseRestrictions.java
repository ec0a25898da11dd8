package org.vigil.web.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.vigil.ledger.Ledger;
import org.vigil.web.db.WebDatabase;

/** Which concerns are restricted to which team; held in memory, kept in the web tables. */
public final class CaseRestrictions {
    private final WebDatabase db;
    private final Clock clock;
    private final Map<String, Restriction> byConcern = new ConcurrentHashMap<>();

    public CaseRestrictions(WebDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
        db.list("SELECT concern_id, team, reason, restricted_by, at_us FROM web_case_restriction",
                rs -> new Restriction(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Instant.EPOCH.plusNanos(rs.getLong(5) * 1_000L)))
                .forEach(r -> byConcern.put(r.concernId(), r));
    }

    public Optional<Restriction> of(String concernId) {
        return Optional.ofNullable(byConcern.get(concernId));
    }

    /** Restricts (or re-restricts) a concern to a team that exists. */
    public Restriction restrict(String concernId, String team, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("restricting a case needs a reason");
        }
        Instant now = clock.instant();
        db.update("INSERT INTO web_case_restriction (concern_id, team, reason, restricted_by, at_us) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (concern_id) DO UPDATE SET team = excluded.team, reason = excluded.reason,"
                + " restricted_by = excluded.restricted_by, at_us = excluded.at_us",
                concernId, team, reason.strip(), by, Ledger.micros(now));
        Restriction r = new Restriction(concernId, team, reason.strip(), by, now);
        byConcern.put(concernId, r);
        return r;
    }

    public void lift(String concernId) {
        db.update("DELETE FROM web_case_restriction WHERE concern_id = ?", concernId);
        byConcern.remove(concernId);
    }

    public List<Restriction> all() {
        return byConcern.values().stream().sorted(java.util.Comparator.comparing(Restriction::concernId)).toList();
    }
}
