package org.vigil.web.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.vigil.ledger.Access;
import org.vigil.ledger.Ledger;
import org.vigil.web.db.WebDatabase;
import org.vigil.web.ledger.AccessLog;
import org.vigil.web.ledger.LoggedAccess;

/**
 * Break-glass access: a reason is required, the opening is logged at once, it lasts {@code lasts}, and every one
 * stays on the review list until a supervisor or auditor reviews it (the review is logged too).
 */
public final class BreakGlass {
    private static final String COLUMNS = "id, username, concern_id, reason, at_us, expires_us, log_leaf, reviewed_by,"
            + " reviewed_us, review_note";

    private final WebDatabase db;
    private final AccessLog log;
    private final Clock clock;
    private final Duration lasts;

    public BreakGlass(WebDatabase db, AccessLog log, Clock clock, Duration lasts) {
        this.db = db;
        this.log = log;
        this.clock = clock;
        this.lasts = lasts;
    }

    /** Opens a restricted concern for {@code username}, logging it with the reason. */
    public BreakGlassGrant open(String username, String concernId, String reason) {
        if (reason == null || reason.strip().length() < 10) {
            throw new IllegalArgumentException("breaking glass needs a reason of at least 10 characters");
        }
        LoggedAccess logged = log.log(new Access(username, "break glass", concernId, reason.strip()));
        Instant now = clock.instant();
        db.update("INSERT INTO web_break_glass (username, concern_id, reason, at_us, expires_us, log_leaf)"
                + " VALUES (?, ?, ?, ?, ?, ?)", username, concernId, reason.strip(), Ledger.micros(now),
                Ledger.micros(now.plus(lasts)), logged.leaf());
        return db.first("SELECT " + COLUMNS + " FROM web_break_glass WHERE username = ? AND concern_id = ?"
                + " ORDER BY id DESC", BreakGlass::grant, username, concernId).orElseThrow();
    }

    /** Whether {@code username} holds an unexpired grant for this concern. */
    public boolean holds(String username, String concernId) {
        return db.first("SELECT 1 FROM web_break_glass WHERE username = ? AND concern_id = ? AND expires_us > ?",
                rs -> true, username, concernId, Ledger.micros(clock.instant())).isPresent();
    }

    public List<BreakGlassGrant> awaitingReview() {
        return db.list("SELECT " + COLUMNS + " FROM web_break_glass WHERE reviewed_by IS NULL ORDER BY id",
                BreakGlass::grant);
    }

    public List<BreakGlassGrant> all() {
        return db.list("SELECT " + COLUMNS + " FROM web_break_glass ORDER BY id DESC", BreakGlass::grant);
    }

    /** Records a review of a grant, logged as an access to the concern. */
    public void review(long id, String reviewer, String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("a review needs a note");
        }
        BreakGlassGrant grant = db.first("SELECT " + COLUMNS + " FROM web_break_glass WHERE id = ?", BreakGlass::grant, id)
                .orElseThrow(() -> new NoSuchElementException("no break-glass grant " + id));
        if (grant.username().equals(reviewer)) {
            throw new IllegalArgumentException("a break-glass opening must be reviewed by someone else");
        }
        log.log(new Access(reviewer, "review break glass", grant.concernId(), note.strip()));
        db.update("UPDATE web_break_glass SET reviewed_by = ?, reviewed_us = ?, review_note = ? WHERE id = ?", reviewer,
                Ledger.micros(clock.instant()), note.strip(), id);
    }

    private static BreakGlassGrant grant(ResultSet rs) throws SQLException {
        long leaf = rs.getLong(7);
        Long logLeaf = rs.wasNull() ? null : leaf;
        long reviewed = rs.getLong(9);
        Instant reviewedAt = rs.wasNull() ? null : micros(reviewed);
        return new BreakGlassGrant(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                micros(rs.getLong(5)), micros(rs.getLong(6)), logLeaf, rs.getString(8), reviewedAt, rs.getString(10));
    }

    static Instant micros(long us) {
        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1_000L);
    }
}
