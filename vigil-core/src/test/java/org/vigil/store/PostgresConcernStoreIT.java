package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store contract on a real PostgreSQL 17 (binaries from Maven Central), one fresh database per test. */
class PostgresConcernStoreIT implements ConcernStoreContract {
    private static EmbeddedPostgres postgres;
    private static int databases;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Override
    public ConcernStore store() {
        String name = "vigil_" + databases++;
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return again();
    }

    @Override
    public ConcernStore again() {
        return PostgresConcernStore.open(postgres.getJdbcUrl("postgres", "vigil_" + (databases - 1)), "postgres", null);
    }

    /**
     * A database that is not there, a server that does not answer and a URL that is not PostgreSQL's are each told in
     * one line naming the server, as the command line prints it, not in Flyway's table of SQL state and error code.
     */
    @Test
    void tellsWhyItCannotConnectInOneLine() throws IOException {
        String missing = postgres.getJdbcUrl("postgres", "no_such_database");
        assertThatThrownBy(() -> PostgresConcernStore.open(missing, "postgres", null)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot connect to the PostgreSQL store at " + missing.replaceFirst("\\?.*", "")
                        + " as postgres: ")
                .hasMessageContaining("\"no_such_database\" does not exist").hasMessageNotContaining("\n");
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String unreachable = "jdbc:postgresql://127.0.0.1:" + closed + "/vigil";
        assertThatThrownBy(() -> PostgresConcernStore.open(unreachable + "?password=secret", "postgres", "secret"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot connect to the PostgreSQL store at " + unreachable + " as postgres: ")
                .hasMessageContaining("refused").hasMessageNotContaining("\n").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> PostgresConcernStore.open("postgres://127.0.0.1/vigil", "postgres", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a PostgreSQL JDBC URL");
    }

    /** A database with no Vigil tables holds no store, and asking does not migrate it (a reading command must not). */
    @Test
    void tellsADatabaseWithNoStoreFromOneThatHoldsOne() throws SQLException {
        try (ConcernStore store = store()) {
            assertThat(store.logSize()).isZero();
        }
        String held = postgres.getJdbcUrl("postgres", "vigil_" + (databases - 1));
        assertThat(PostgresConcernStore.holdsAStore(held, "postgres", null)).isTrue();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE no_store");
        }
        String empty = postgres.getJdbcUrl("postgres", "no_store");
        assertThat(PostgresConcernStore.holdsAStore(empty, "postgres", null)).isFalse();
        assertThat(PostgresConcernStore.holdsAStore(empty, "postgres", null)).as("not migrated by asking").isFalse();
    }
}
