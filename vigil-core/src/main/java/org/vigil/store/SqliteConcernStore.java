package org.vigil.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * The embedded default: one SQLite file, {@code vigil.db}, in the data directory. WAL journal with
 * {@code synchronous=FULL}, so a committed batch survives a killed process and a power cut. Auditors can open the
 * file with the {@code sqlite3} command.
 */
public final class SqliteConcernStore extends JdbcConcernStore {
    public static final String FILE_NAME = "vigil.db";

    private SqliteConcernStore(Connection connection) {
        super(connection);
    }

    /** Opens (creating and migrating if needed) the store in {@code dataDir}. */
    public static SqliteConcernStore open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the data directory " + dataDir, e);
        }
        String url = "jdbc:sqlite:" + dataDir.resolve(FILE_NAME).toAbsolutePath();
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(30_000);
        config.setCacheSize(-65_536);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        try {
            Connection connection = config.createConnection(url);
            migrate(url, config);
            return new SqliteConcernStore(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store at " + url, e);
        }
    }

    private static void migrate(String url, SQLiteConfig config) {
        org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource(config);
        dataSource.setUrl(url);
        Migrations.migrate(dataSource, "sqlite");
    }
}
