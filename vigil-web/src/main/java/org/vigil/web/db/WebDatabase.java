package org.vigil.web.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * The web module's own tables (accounts, sessions, teams, case restrictions, break-glass, alert decisions,
 * escalations), in the same database as the store but migrated by Flyway from {@code db/web/<dialect>} with their own
 * history table, {@value #HISTORY_TABLE}, so the store's migrations and ours never meet. One connection, used by one
 * thread at a time; every call is its own transaction.
 */
public final class WebDatabase implements AutoCloseable {
    public static final String HISTORY_TABLE = "web_schema_history";
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY.setLevel(Level.WARNING);
    }

    private final Connection connection;

    private WebDatabase(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
    }

    /** Opens the web tables in the embedded store's SQLite file, migrating them first. */
    public static WebDatabase openSqlite(java.nio.file.Path file) {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // Sessions and the like need not survive a power cut; every decision is also in the log, which is FULL.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(30_000);
        org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource(config);
        dataSource.setUrl(url);
        migrate(Flyway.configure().dataSource(dataSource), "sqlite");
        try {
            return new WebDatabase(config.createConnection(url));
        } catch (SQLException e) {
            throw new WebDatabaseException("cannot open the web tables at " + url, e);
        }
    }

    /** Opens the web tables in a PostgreSQL database (the shared store's), migrating them first. */
    public static WebDatabase openPostgres(String url, String user, String password) {
        migrate(Flyway.configure().dataSource(url, user, password), "postgres");
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        // A failed write's error must not quote the values it wrote: account names, decision reasons.
        properties.setProperty("logServerErrorDetail", "false");
        try {
            return new WebDatabase(DriverManager.getConnection(url, properties));
        } catch (SQLException e) {
            throw new WebDatabaseException("cannot open the web tables at " + url, e);
        }
    }

    private static void migrate(org.flywaydb.core.api.configuration.FluentConfiguration flyway, String dialect) {
        // The store's tables are already there: start our own history at version 0 beside them.
        flyway.table(HISTORY_TABLE).locations("classpath:db/web/" + dialect)
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    /** Runs {@code work} in one transaction, committing it; rolls back and rethrows on failure. */
    public synchronized <T> T transaction(Work<T> work) {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new WebDatabaseException("web database: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    /** Executes one statement with parameters; returns the number of rows changed. */
    public int update(String sql, Object... params) {
        return transaction(c -> {
            try (PreparedStatement ps = prepare(c, sql, params)) {
                return ps.executeUpdate();
            }
        });
    }

    /** Every row of a query, mapped. */
    public <T> List<T> list(String sql, Row<T> row, Object... params) {
        return transaction(c -> {
            List<T> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        });
    }

    /** The first row of a query, mapped, if any. */
    public <T> Optional<T> first(String sql, Row<T> row, Object... params) {
        List<T> all = list(sql, row, params);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Binds parameters by position: null, String, Long, Integer and Boolean (as 0/1). */
    public static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                ps.setNull(i + 1, java.sql.Types.VARCHAR);
            } else if (p instanceof Long l) {
                ps.setLong(i + 1, l);
            } else if (p instanceof Integer n) {
                ps.setLong(i + 1, n);
            } else if (p instanceof Boolean b) {
                ps.setLong(i + 1, b ? 1 : 0);
            } else {
                ps.setString(i + 1, p.toString());
            }
        }
        return ps;
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The first failure is the one to report.
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw new WebDatabaseException("cannot close the web database", e);
        }
    }

    /** Work inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Maps the current row. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
