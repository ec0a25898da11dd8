package org.vigil.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

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
}
