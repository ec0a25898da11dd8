package org.vigil.web;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.store.SqliteConcernStore;
import org.vigil.web.auth.Accounts;
import org.vigil.web.auth.Role;
import org.vigil.web.auth.Sessions;
import org.vigil.web.db.WebDatabase;

/**
 * Demo accounts for {@code vigil demo}: one of each role, analysts in two teams, submitters for two of the synthetic
 * town's agencies. Passwords are random on every run (an existing demo account gets a new one) and printed once.
 */
public final class DemoAccounts {
    /** A demo account and its password. */
    public record Demo(String username, String password, Role role, String agency, String team) {
    }

    public static final String CSE_TEAM = "cse-team";
    public static final String MISSING_TEAM = "missing-team";

    private DemoAccounts() {
    }

    /** Creates (or resets) the demo accounts in the embedded store's database in {@code dataDir}. */
    public static List<Demo> seed(Path dataDir) {
        try (WebDatabase db = WebDatabase.openSqlite(dataDir.resolve(SqliteConcernStore.FILE_NAME))) {
            return seed(new Accounts(db, Clock.systemUTC()));
        }
    }

    /** Creates (or resets) the demo accounts. */
    public static List<Demo> seed(Accounts accounts) {
        accounts.ensureTeam(CSE_TEAM, "Child exploitation team");
        accounts.ensureTeam(MISSING_TEAM, "Missing persons team");
        List<Demo> wanted = List.of(
                new Demo("partner-yp", null, Role.SUBMITTER, "Youth Project", null),
                new Demo("partner-police", null, Role.SUBMITTER, "Police", null),
                new Demo("analyst", null, Role.ANALYST, null, CSE_TEAM),
                new Demo("analyst-mp", null, Role.ANALYST, null, MISSING_TEAM),
                new Demo("supervisor", null, Role.SUPERVISOR, null, CSE_TEAM),
                new Demo("auditor", null, Role.AUDITOR, null, null),
                new Demo("admin", null, Role.ADMIN, null, null));
        List<Demo> made = new ArrayList<>();
        for (Demo d : wanted) {
            String password = Sessions.newToken().substring(0, 16);
            if (accounts.find(d.username()).isPresent()) {
                accounts.setPassword(d.username(), password);
                accounts.setDisabled(d.username(), false);
            } else {
                accounts.create(d.username(), displayName(d), d.role(), d.agency(), password);
            }
            if (d.team() != null) {
                accounts.addToTeam(d.username(), d.team());
            }
            made.add(new Demo(d.username(), password, d.role(), d.agency(), d.team()));
        }
        return made;
    }

    /** Prints the accounts as a table: username, password, role, agency or team. */
    public static void print(List<Demo> demos, PrintStream out) {
        out.println("Demo accounts (passwords are new on every run):");
        for (Demo d : demos) {
            out.printf(Locale.ROOT, "  %-15s %-17s %-18s %s%n", d.username(), d.password(), d.role().label(),
                    d.agency() != null ? d.agency() : d.team() != null ? "team " + d.team() : "");
        }
    }

    private static String displayName(Demo d) {
        return switch (d.role()) {
            case SUBMITTER -> d.agency() + " worker";
            case ANALYST -> "Analyst (" + d.team() + ")";
            case SUPERVISOR -> "Supervisor";
            case AUDITOR -> "Oversight auditor";
            default -> "Administrator";
        };
    }
}
