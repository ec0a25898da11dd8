package org.vigil.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sqlite.SQLiteConfig;

/**
 * The embedded default: one SQLite file, {@code vigil.db}, in the data directory. WAL journal with
 * {@code synchronous=FULL}, so a committed batch survives a killed process and a power cut. Auditors can open the
 * file with the {@code sqlite3} command. The {@link WriterLease} is a lock on {@code vigil.lease} beside it, and
 * a process waiting for it locks {@code vigil.lease-queue}.
 */
public final class SqliteConcernStore extends JdbcConcernStore {
    public static final String FILE_NAME = "vigil.db";
    /** The file whose lock is the {@link WriterLease}, beside the store (never SQLite's own file, which it locks). */
    public static final String LEASE_FILE = "vigil.lease";
    /** Held while the schema is migrated. */
    static final String MIGRATION_LOCK_FILE = "vigil.migrate.lock";
    /**
     * The lock files some store of this JVM holds. A file lock belongs to the whole process, so without this two
     * stores opened in one JVM (the web app and a test's command) would both be told they hold it.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path leaseFile;
    private final Map<Lock, FileChannel> locks = new EnumMap<>(Lock.class);

    private SqliteConcernStore(Connection connection, Path leaseFile) {
        super(connection);
        this.leaseFile = leaseFile;
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
            Connection connection = connectAndMigrate(url, config, dataDir.resolve(MIGRATION_LOCK_FILE));
            return new SqliteConcernStore(connection, dataDir.resolve(LEASE_FILE).toAbsolutePath().normalize());
        } catch (SQLException e) {
            throw new StoreException("cannot open the store at " + url, e);
        }
    }

    @Override
    protected boolean tryLock(Lock lock) {
        Path file = lockFile(lock);
        if (!HELD_HERE.add(file)) {
            return false;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                channel.close();
                HELD_HERE.remove(file);
                return false;
            }
            locks.put(lock, channel);
            return true;
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(file);
            closeQuietly(channel);
            throw new StoreException("cannot lock " + file + ", which keeps two processes from linking at once", e);
        }
    }

    @Override
    protected void unlock(Lock lock) {
        // Closing the channel releases its lock.
        closeQuietly(locks.remove(lock));
        HELD_HERE.remove(lockFile(lock));
    }

    private Path lockFile(Lock lock) {
        return lock == Lock.LEASE ? leaseFile : leaseFile.resolveSibling(LEASE_FILE + "-queue");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // The lock goes with the channel or, at worst, with the process.
            }
        }
    }

    /**
     * Connects and brings the schema up to date, one process at a time: two commands run at once on a new data
     * directory both create the file, switch it to WAL and migrate it, and SQLite refused the second (SQLITE_BUSY)
     * where it should have waited. Synchronized too, since a JVM may hold a file's lock only once.
     */
    private static synchronized Connection connectAndMigrate(String url, SQLiteConfig config, Path lockFile)
            throws SQLException {
        org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource(config);
        dataSource.setUrl(url);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             java.nio.channels.FileLock held = channel.lock()) {
            Connection connection = config.createConnection(url);
            try {
                Migrations.migrate(dataSource, "sqlite");
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
            return connection;
        } catch (IOException e) {
            throw new StoreException("cannot lock " + lockFile + ", which keeps two processes from migrating at once", e);
        }
    }
}
