package org.vigil.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.web.StepClock;
import org.vigil.web.db.WebDatabase;

class SessionsTest {
    @Test
    void endsIdleAndOldSessionsAndKeepsOnlyTokenHashes(@TempDir Path dir) throws Exception {
        StepClock clock = new StepClock();
        try (WebDatabase db = WebDatabase.openSqlite(dir.resolve("vigil.db"))) {
            new Accounts(db, clock).create("ana", "Ana", Role.ANALYST, null, "a long enough password");
            Sessions sessions = new Sessions(db, clock, Duration.ofMinutes(30), Duration.ofHours(12));
            String token = sessions.start("ana");
            assertThat(db.list("SELECT token_sha256 FROM web_session", rs -> rs.getString(1)))
                    .containsExactly(Sessions.sha256(token)).doesNotContain(token);
            clock.now = clock.now.plus(Duration.ofMinutes(29));
            assertThat(sessions.find(token)).isPresent();
            clock.now = clock.now.plus(Duration.ofMinutes(29));
            assertThat(sessions.find(token)).as("used 29 minutes ago").isPresent();
            clock.now = clock.now.plus(Duration.ofMinutes(31));
            assertThat(sessions.find(token)).as("idle 31 minutes").isEmpty();
            assertThat(db.list("SELECT 1 FROM web_session", rs -> 1)).isEmpty();

            String busy = sessions.start("ana");
            for (int i = 0; i < 30; i++) {
                clock.now = clock.now.plus(Duration.ofMinutes(25));
                sessions.find(busy);
            }
            assertThat(sessions.find(busy)).as("never idle, but older than 12 hours").isEmpty();
            assertThat(sessions.find("forged-token")).isEmpty();
        }
    }

    @Test
    void theWebTablesKeepTheirOwnMigrationHistory(@TempDir Path dir) throws Exception {
        try (var store = org.vigil.store.SqliteConcernStore.open(dir);
             WebDatabase db = WebDatabase.openSqlite(dir.resolve("vigil.db"))) {
            assertThat(db.list("SELECT version FROM web_schema_history WHERE success = 1 ORDER BY installed_rank",
                    rs -> String.valueOf(rs.getString(1)))).contains("1");
            assertThat(db.list("SELECT script FROM flyway_schema_history", rs -> rs.getString(1)))
                    .noneMatch(s -> s.contains("accounts_sessions"));
        }
    }
}
