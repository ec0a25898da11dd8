package org.vigil.web.auth;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.ledger.Ledger;
import org.vigil.web.db.WebDatabase;

/** Accounts and teams, kept in the web tables. */
public final class Accounts {
    private final WebDatabase db;
    private final Clock clock;
    private final java.util.Map<String, Optional<Account>> cache = new java.util.concurrent.ConcurrentHashMap<>();

    public Accounts(WebDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Creates an account; throws if the username is taken or the password too short. */
    public Account create(String username, String displayName, Role role, String agency, String password) {
        checkUsername(username);
        checkPassword(password);
        if (role == Role.PUBLIC) {
            throw new IllegalArgumentException("\"anyone\" is not a role an account can have");
        }
        if (role == Role.SUBMITTER && (agency == null || agency.isBlank())) {
            throw new IllegalArgumentException("a partner submitter must belong to an agency");
        }
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("the username \"" + username + "\" is taken");
        }
        db.update("INSERT INTO web_account (username, display_name, role, agency, password_hash, disabled, created_us)"
                        + " VALUES (?, ?, ?, ?, ?, 0, ?)", username, displayName, role.token(),
                agency == null || agency.isBlank() ? null : agency.strip(), PasswordHash.hash(password),
                Ledger.micros(clock.instant()));
        cache.remove(username);
        return find(username).orElseThrow();
    }

    /** The account with this username; cached, since every request asks. */
    public Optional<Account> find(String username) {
        if (noSuchName(username)) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(username, this::load);
    }

    private Optional<Account> load(String username) {
        Optional<Account> found = db.first("SELECT username, display_name, role, agency, disabled FROM web_account"
                + " WHERE username = ?", rs -> new Account(rs.getString(1), rs.getString(2), Role.parse(rs.getString(3)),
                rs.getString(4), Set.of(), rs.getLong(5) != 0), username);
        return found.map(a -> new Account(a.username(), a.displayName(), a.role(), a.agency(), teamsOf(a.username()),
                a.disabled()));
    }

    public List<Account> all() {
        return db.list("SELECT username FROM web_account ORDER BY username", rs -> rs.getString(1)).stream()
                .map(u -> find(u).orElseThrow()).toList();
    }

    public boolean any() {
        return db.first("SELECT 1 FROM web_account LIMIT 1", rs -> true).isPresent();
    }

    /**
     * Whether {@code username} can name no account: none, or one holding a NUL, which PostgreSQL refuses in a query (a
     * login answered 500, not "no such account").
     */
    private static boolean noSuchName(String username) {
        return username == null || username.indexOf(0) >= 0;
    }

    /** The account if the password is right and the account enabled; upgrades an old hash on the way. */
    public Optional<Account> authenticate(String username, String password) {
        Optional<String> stored = db.first("SELECT password_hash FROM web_account WHERE username = ? AND disabled = 0",
                rs -> rs.getString(1), noSuchName(username) ? "" : username);
        if (stored.isEmpty()) {
            // Spend the same time as a real check, so timing does not tell which usernames exist.
            PasswordHash.matches(password == null ? "" : password, DUMMY_HASH);
            return Optional.empty();
        }
        if (!PasswordHash.matches(password == null ? "" : password, stored.get())) {
            return Optional.empty();
        }
        if (PasswordHash.needsRehash(stored.get())) {
            setPassword(username, password);
        }
        return find(username);
    }

    private static final String DUMMY_HASH = PasswordHash.hash("not a password");

    public void setPassword(String username, String password) {
        checkPassword(password);
        cache.remove(username);
        db.update("UPDATE web_account SET password_hash = ? WHERE username = ?", PasswordHash.hash(password), username);
    }

    public void setDisabled(String username, boolean disabled) {
        cache.remove(username);
        db.update("UPDATE web_account SET disabled = ? WHERE username = ?", disabled, username);
    }

    /** Creates the team if it is new. */
    public void ensureTeam(String team, String description) {
        if (team == null || team.isBlank()) {
            throw new IllegalArgumentException("a team needs a name");
        }
        db.update("INSERT INTO web_team (name, description) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", team.strip(),
                description);
    }

    public List<String> teams() {
        return db.list("SELECT name FROM web_team ORDER BY name", rs -> rs.getString(1));
    }

    public void addToTeam(String username, String team) {
        cache.remove(username);
        ensureTeam(team, null);
        db.transaction(c -> {
            try (PreparedStatement ps = WebDatabase.prepare(c, "INSERT INTO web_team_member (team, username)"
                    + " VALUES (?, ?) ON CONFLICT (team, username) DO NOTHING", team.strip(), username)) {
                return ps.executeUpdate();
            }
        });
    }

    private Set<String> teamsOf(String username) {
        return new HashSet<>(db.list("SELECT team FROM web_team_member WHERE username = ?", rs -> rs.getString(1),
                username));
    }

    private static void checkUsername(String username) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw new IllegalArgumentException("a username is 2 to 64 lower-case letters, digits, dots, dashes or"
                    + " underscores: \"" + username + "\"");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException("a password needs at least 12 characters");
        }
    }
}
