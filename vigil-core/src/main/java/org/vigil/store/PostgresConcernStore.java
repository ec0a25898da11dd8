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
        Connection connection = connect(url, user, password);
        try {
            Migrations.migrate(url, user, password, "postgres");
            return new PostgresConcernStore(connection);
        } catch (RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the migration's failure is the news
            }
            throw e;
        }
    }

    /**
     * Whether the database at {@code url} holds a Vigil store (its log), as a command that only reads must find: a
     * mistyped database name that exists (the server's own {@code postgres}) would otherwise be given a new empty
     * store, in which {@code vigil verify} finds nothing wrong.
     */
    public static boolean holdsAStore(String url, String user, String password) {
        try (Connection connection = connect(url, user, password)) {
            try (var statement = connection.createStatement();
                 var rs = statement.executeQuery("SELECT to_regclass('log_entry') IS NOT NULL")) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the PostgreSQL store at " + shown(url), e);
        }
    }

    /**
     * Connects before Flyway does, so that a wrong password or an unreachable server is told in the driver's one line,
     * naming the server and the user, rather than in Flyway's table of SQL state and error code.
     */
    private static Connection connect(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + shown(url)
                    + " (give one such as jdbc:postgresql://HOST:5432/DATABASE)");
        }
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("reWriteBatchedInserts", "true");
        // A failed batch's error otherwise quotes each statement with its values, the records as received among them,
        // and it goes to standard error and the app's log, where personal data must not.
        properties.setProperty("logServerErrorDetail", "false");
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            String host = e.getCause() instanceof java.net.UnknownHostException unknown
                    ? " (no such host: " + unknown.getMessage() + ")" : "";
            throw new StoreException("cannot connect to the PostgreSQL store at " + shown(url)
                    + (user == null ? "" : " as " + user) + host, e);
        }
    }

    /** The URL without its parameters, which may hold a password. */
    private static String shown(String url) {
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }
}
