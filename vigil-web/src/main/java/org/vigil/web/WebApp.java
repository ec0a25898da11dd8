package org.vigil.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Locale;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.vigil.ledger.Access;
import org.vigil.store.PersonSplit;
import org.vigil.store.SqliteConcernStore;
import org.vigil.web.access.AccessRoutes;
import org.vigil.web.access.BreakGlass;
import org.vigil.web.access.CaseRestrictions;
import org.vigil.web.access.ConcernReach;
import org.vigil.web.access.NeedToKnow;
import org.vigil.web.alert.AlertDesk;
import org.vigil.web.alert.AlertFeed;
import org.vigil.web.alert.AlertReach;
import org.vigil.web.alert.AlertRoutes;
import org.vigil.web.api.ApiRoutes;
import org.vigil.web.audit.AuditRoutes;
import org.vigil.web.audit.WhoKnew;
import org.vigil.web.auth.AccountRoutes;
import org.vigil.web.auth.Accounts;
import org.vigil.web.auth.Guard;
import org.vigil.web.auth.LoginRoutes;
import org.vigil.web.auth.LoginThrottle;
import org.vigil.web.auth.Role;
import org.vigil.web.auth.Sessions;
import org.vigil.web.cases.CaseIndex;
import org.vigil.web.cases.ConcernRoutes;
import org.vigil.web.db.WebDatabase;
import org.vigil.web.harm.HarmRoutes;
import org.vigil.web.intake.Intake;
import org.vigil.web.intake.IntakeRoutes;
import org.vigil.web.ledger.AccessLog;
import org.vigil.web.ledger.Vault;
import org.vigil.web.person.DirectoryIds;
import org.vigil.web.person.NetworkGraph;
import org.vigil.web.person.PersonDirectory;
import org.vigil.web.person.PersonFile;
import org.vigil.web.person.PersonLabels;
import org.vigil.web.person.PersonRoutes;
import org.vigil.web.priority.PriorityRoutes;
import org.vigil.web.search.SearchIndex;
import org.vigil.web.search.SearchRoutes;

/**
 * The analyst's web app, wired by hand: open the store and the log, load what the pages need from the stored
 * records, then serve. {@code vigil serve} calls {@link #start(WebOptions)} and, on shutdown, {@link #stop()}; tests
 * start it the same way.
 */
public final class WebApp implements AutoCloseable {
    public static final String FIRST_ADMIN = "admin";
    /** How often the app looks for records and splits that another process stored ({@link Intake#catchUp()}). */
    static final long CATCH_UP_SECONDS = 5;

    private final Javalin server;
    private final Vault vault;
    private final WebDatabase db;
    private final AccessLog accessLog;
    private final SearchIndex search;
    private final ScheduledExecutorService timer;
    private final List<RouteTable.Route> routes;
    private final Accounts accounts;
    private final Parts parts;

    /** The wired objects, for tests and for the lead's commands (e.g. seeding accounts into a running app). */
    public record Parts(Vault vault, WebDatabase db, Accounts accounts, Sessions sessions, CaseIndex cases,
                       SearchIndex search, PersonDirectory persons, AccessLog accessLog, CaseRestrictions restrictions,
                       BreakGlass breakGlass, AlertDesk alerts, Intake intake) {
    }

    private WebApp(Javalin server, Parts parts, ScheduledExecutorService timer, List<RouteTable.Route> routes) {
        this.server = server;
        this.parts = parts;
        this.vault = parts.vault();
        this.db = parts.db();
        this.accessLog = parts.accessLog();
        this.search = parts.search();
        this.accounts = parts.accounts();
        this.timer = timer;
        this.routes = routes;
    }

    /** Starts the app with the engines the options name (alerts and priorities files; each mention its own person). */
    public static WebApp start(WebOptions options) {
        return start(options, Engines.from(options));
    }

    /** Starts the app with these engines plugged in. */
    public static WebApp start(WebOptions options, Engines engines) {
        Clock clock = Clock.systemUTC();
        long began = System.nanoTime();
        Vault vault = options.dbUrl() == null || options.dbUrl().isBlank()
                ? Vault.openSqlite(options.data(), options.readers())
                : Vault.openPostgres(options.dbUrl(), System.getenv("VIGIL_DB_USER"), System.getenv("VIGIL_DB_PASSWORD"),
                        options.data(), options.readers());
        WebDatabase db = options.dbUrl() == null || options.dbUrl().isBlank()
                ? WebDatabase.openSqlite(options.data().resolve(SqliteConcernStore.FILE_NAME))
                : WebDatabase.openPostgres(options.dbUrl(), System.getenv("VIGIL_DB_USER"),
                        System.getenv("VIGIL_DB_PASSWORD"));
        AccessLog accessLog = new AccessLog(vault);

        CaseIndex cases = new CaseIndex();
        SearchIndex search = new SearchIndex();
        PersonDirectory persons = engines.persons();
        cases.onAdded((concern, card) -> search.add(concern));
        List<PersonSplit> splits = vault.splits();
        persons.obey(splits);
        long records = cases.load(vault, submission -> persons.link(List.of(submission)));
        search.refresh();

        Accounts accounts = new Accounts(db, clock);
        Sessions sessions = new Sessions(db, clock, options.idleTimeout(), Duration.ofHours(12));
        LoginThrottle throttle = new LoginThrottle(clock, Duration.ofMinutes(15), 5, 50);
        CaseRestrictions restrictions = new CaseRestrictions(db, clock);
        BreakGlass breakGlass = new BreakGlass(db, accessLog, clock, Duration.ofHours(8));
        NeedToKnow needToKnow = new NeedToKnow(restrictions, breakGlass, cases::reportOf);
        ConcernReach concernReach = new ConcernReach(cases, needToKnow);
        // The engine numbers persons in event time, the directory as the store was received: show the directory's.
        AlertFeed alerts = DirectoryIds.alerts(engines.alerts(), persons);
        AlertDesk desk = new AlertDesk(alerts, db, accessLog, clock, options.escalateAfter());
        Intake intake = new Intake(vault, cases, search, persons, needToKnow::mayRead, engines.intake(), splits.size(),
                clock);
        NetworkGraph graph = new NetworkGraph(cases, persons);
        PersonLabels labels = (account, person) -> graph.personLabel(person, c -> needToKnow.mayRead(account, c));
        PersonFile files = new PersonFile(vault, cases, persons, needToKnow, desk);
        WhoKnew whoKnew = new WhoKnew(vault, cases, persons, alerts);
        Parts parts = new Parts(vault, db, accounts, sessions, cases, search, persons, accessLog, restrictions,
                breakGlass, desk, intake);
        firstAdmin(accounts, accessLog, options);

        Pages pages = new Pages();
        Guard guard = new Guard(sessions, accounts, options.secureCookies());
        RouteTable[] table = new RouteTable[1];
        Javalin server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // Few threads, queued fairly: on a small machine fifty busy threads only take turns, and the tail grows.
            int threads = Integer.getInteger("vigil.web.threads",
                    Math.max(16, 8 * Runtime.getRuntime().availableProcessors()));
            QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(8, threads));
            pool.setName("vigil-web");
            config.jetty.threadPool = pool;
            config.http.maxRequestSize = 32L << 20;
            // A path that exists, asked for with a method it does not take, is a 405 naming the methods it takes.
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(Web.JSON, false));
            config.staticFiles.enableWebjars();
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.routes.before(guard::identify);
            config.routes.beforeMatched(guard::authorize);
            new Failures(pages).install(config.routes);
            RouteTable routes = new RouteTable(config.routes);
            table[0] = routes;
            new LoginRoutes(accounts, sessions, throttle, guard, pages).install(routes);
            new AccountRoutes(accounts, sessions, accessLog, pages).install(routes);
            new IntakeRoutes(intake, vault, cases, needToKnow, accessLog, pages, clock).install(routes);
            new ConcernRoutes(vault, cases, needToKnow, restrictions, accounts, persons, accessLog, pages)
                    .install(routes);
            new AccessRoutes(breakGlass, cases, needToKnow, accessLog, pages).install(routes);
            new PersonRoutes(files, graph, persons, cases, needToKnow, accessLog, pages, intake).install(routes);
            new SearchRoutes(search, cases, persons, needToKnow, accessLog, vault::searchDigest, pages).install(routes);
            new AlertRoutes(desk, new AlertReach(concernReach), accessLog, labels, pages).install(routes);
            new PriorityRoutes(DirectoryIds.priorities(engines.priorities(), persons), concernReach, accessLog, labels, pages).install(routes);
            new AuditRoutes(whoKnew, vault, accessLog, pages).install(routes);
            new HarmRoutes(options.policeUk(), pages).install(routes);
            new ApiRoutes().install(routes);
        }).start(options.host(), options.port());

        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vigil-web-timer");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                desk.escalate();
            } catch (RuntimeException e) {
                options.notices().println("vigil-web: escalation check failed: " + e.getMessage());
            }
        }, 1, 60, TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(() -> {
            try {
                intake.catchUp();
            } catch (RuntimeException e) {
                options.notices().println("vigil-web: could not take in what another process stored: " + e.getMessage());
            }
        }, CATCH_UP_SECONDS, CATCH_UP_SECONDS, TimeUnit.SECONDS);
        options.notices().printf(Locale.ROOT, "vigil-web: %,d records, %,d log entries, %,d mentions indexed; serving on http://%s:%d/"
                + " (started in %.1f s)%n", records, vault.size(), search.documents(), options.host(), server.port(),
                (System.nanoTime() - began) / 1e9);
        return new WebApp(server, parts, timer, table[0].all());
    }

    /** A store with no accounts gets an admin with a random password, printed once. */
    private static void firstAdmin(Accounts accounts, AccessLog log, WebOptions options) {
        if (accounts.any()) {
            return;
        }
        String password = Sessions.newToken().substring(0, 20);
        accounts.create(FIRST_ADMIN, "Administrator", Role.ADMIN, null, password);
        log.log(new Access("vigil serve", "create account", FIRST_ADMIN, "admin, the first account of this store"));
        options.notices().println("vigil-web: created the first account: " + FIRST_ADMIN + " / " + password
                + " (admin; change it, then create the others)");
    }

    public int port() {
        return server.port();
    }

    public Parts parts() {
        return parts;
    }

    /** Every route with the roles it admits. */
    public List<RouteTable.Route> routes() {
        return routes;
    }

    /** Stops serving, then closes the log writer, the search index and the databases. */
    public void stop() {
        timer.shutdownNow();
        server.stop();
        accessLog.close();
        search.close();
        db.close();
        vault.close();
    }

    @Override
    public void close() {
        stop();
    }

    Accounts accounts() {
        return accounts;
    }
}
