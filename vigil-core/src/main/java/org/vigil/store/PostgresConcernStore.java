package org.vigil.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The store for shared deployments: a PostgreSQL database, given by a JDBC URL. The schema is migrated on open.
 * Passes the same contract tests as {@link SqliteConcernStore}.
 */
public final class PostgresConcernStore extends JdbcConcernStore {

    private PostgresConcernStore(Connection connection) {
        super(connection);
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
