package org.vigil.store;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a database's schema up to date with Flyway, from {@code db/migration/<dialect>} on the classpath. */
final class Migrations {
    /** Held so the level sticks: Flyway's progress is not news to a command-line user. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY.setLevel(Level.WARNING);
    }

    private Migrations() {
    }

    static void migrate(DataSource dataSource, String dialect) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + dialect).load().migrate();
    }

    static void migrate(String url, String user, String password, String dialect) {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration/" + dialect).load().migrate();
    }
}
