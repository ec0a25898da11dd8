package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.web.auth.Accounts;
import org.vigil.web.auth.Role;
import org.vigil.web.db.WebDatabase;

class DemoAccountsTest {
    @Test
    void seedsOneAccountPerRoleWithFreshPasswordsThatWork(@TempDir Path data) throws Exception {
        List<DemoAccounts.Demo> first = DemoAccounts.seed(data);
        List<DemoAccounts.Demo> second = DemoAccounts.seed(data);
        assertThat(first).extracting(DemoAccounts.Demo::role).contains(Role.SUBMITTER, Role.ANALYST, Role.SUPERVISOR,
                Role.AUDITOR, Role.ADMIN);
        assertThat(second.get(0).password()).isNotEqualTo(first.get(0).password());
        try (WebDatabase db = WebDatabase.openSqlite(data.resolve("vigil.db"))) {
            Accounts accounts = new Accounts(db, Clock.systemUTC());
            for (DemoAccounts.Demo d : second) {
                assertThat(accounts.authenticate(d.username(), d.password())).as(d.username()).isPresent();
            }
            assertThat(accounts.authenticate(first.get(0).username(), first.get(0).password())).isEmpty();
            assertThat(accounts.find("analyst").orElseThrow().teams()).containsExactly(DemoAccounts.CSE_TEAM);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DemoAccounts.print(second, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("supervisor", second.get(4).password(),
                "Youth Project");
    }
}
