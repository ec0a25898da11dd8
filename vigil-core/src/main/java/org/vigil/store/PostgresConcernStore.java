package org.vigil.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The store for shared deployments: a PostgreSQL database, given by a JDBC URL. The schema is migrated on open.
 * Passes the same contract tests as {@link SqliteConcernStore}. The {@link WriterLease} is a session advisory lock, so
 * it goes with the connection.
 */
public final class PostgresConcernStore extends JdbcConcernStore {
    /**
     * The advisory lock that is the {@link WriterLease}: "vigil" and 1; the next key is the queue for it. Advisory
     * locks are the database's own.
     */
    private static final long LEASE_KEY = 0x7669_6769_6c00_0001L;

    private PostgresConcernStore(Connection connection) {
        super(connection);
    }

    @Override
    protected boolean tryLock(Lock lock) {
        return query("SELECT pg_try_advisory_lock(?)", ps -> ps.setLong(1, LEASE_KEY + lock.ordinal()),
                rs -> rs.next() && rs.getBoolean(1));
    }

    @Override
    protected void unlock(Lock lock) {
        query("SELECT pg_advisory_unlock(?)", ps -> ps.setLong(1, LEASE_KEY + lock.ordinal()),
                rs -> rs.next() && rs.getBoolean(1));
    }

    /** Opens (migrating if needed) the database at {@code url}, e.g. {@code jdbc:postgresql://host/vigil}. */
    public static PostgresConcernStore open(String url, String user, String password) {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("reWriteBatchedInserts", "true");
        try {
            Migrations.migrate(url, user, password, "postgres");
            return new PostgresConcernStore(DriverManager.getConnection(url, properties));
        } catch (SQLException e) {
            throw new StoreException("cannot open the PostgreSQL store at " + url, e);
        }
    }
}
