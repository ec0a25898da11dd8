package org.vigil.store;

import java.sql.SQLException;
import java.util.Set;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** The store could not be read or written. Wraps the database's own error. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** PostgreSQL's SQLSTATEs for damaged contents: data_corrupted, index_corrupted. */
    private static final Set<String> POSTGRES_DAMAGE = Set.of("XX001", "XX002");

    private final boolean damaged;

    public StoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private StoreException(String message, Throwable cause, boolean damaged) {
        super(message + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
        this.damaged = damaged;
    }

    /** A store found damaged where the database reports no error: its file emptied, say. */
    public static StoreException damaged(String message) {
        return new StoreException(message, null, true);
    }

    /**
     * Whether the store's contents are damaged, rather than out of reach: so made, or the database found them corrupt
     * (SQLite's SQLITE_CORRUPT, or SQLITE_NOTADB for a file written over; PostgreSQL's SQLSTATE XX001 or XX002).
     */
    public boolean damaged() {
        if (damaged) {
            return true;
        }
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s) {
                int code = s.getResultCode().code & 0xff; // an extended code's low byte is its primary code
                if (code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code) {
                    return true;
                }
            } else if (t instanceof SQLException e && POSTGRES_DAMAGE.contains(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
