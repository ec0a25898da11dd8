package org.vigil.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigil.ingest.FileSummary;
import org.vigil.ingest.Ingest;
import org.vigil.ingest.IngestListener;
import org.vigil.ledger.Ledger;
import org.vigil.ledger.LogKeys;
import org.vigil.store.AccessEvent;
import org.vigil.store.SqliteConcernStore;
import org.vigil.town.TownGenerator;
import org.vigil.town.TownOptions;
import org.vigil.web.alert.Alert;
import org.vigil.web.alert.ListAlertFeed;
import org.vigil.web.priority.ListPriorityFeed;
import org.vigil.web.priority.Priority;
import org.vigil.web.auth.Accounts;
import org.vigil.web.auth.Role;

/**
 * A data directory with a small synthetic town ingested through the core's own pipeline, a few hand-made concerns
 * (one with script in its names and narrative), accounts of every role, and the web app started on a free port
 * with the same wiring {@code vigil serve} uses.
 */
public final class TestWorld implements AutoCloseable {
    public static final String PASSWORD = "correct horse battery staple";
    public static final String XSS_CONCERN = "YP-2024-XSS1";
    public static final String RESTRICTED_CONCERN = "PC-2024-0007";
    public static final String SCRIPT_NAME = "<script>alert('x')</script>Kay";
    public static final String ALERT_ID = "A-000001";

    public final Path data;
    public final WebApp app;
    public final String base;
    /** What intake told the engines, as {@code mention=person}, in the order committed. */
    public final List<String> told;
    /** The work list the app shows, to which a test may add lines. */
    public final ListPriorityFeed priorities;
    /** The alerts the app shows, to which a test may add alerts. */
    public final ListAlertFeed alerts;

    private TestWorld(Path data, WebApp app, List<String> told, ListPriorityFeed priorities, ListAlertFeed alerts) {
        this.data = data;
        this.app = app;
        this.base = "http://127.0.0.1:" + app.port();
        this.told = told;
        this.priorities = priorities;
        this.alerts = alerts;
    }

    public static TestWorld start(int townConcerns) {
        return start(townConcerns, Duration.ofHours(48));
    }

    public static TestWorld start(int townConcerns, Duration escalateAfter) {
        try {
            Path data = Files.createTempDirectory("vigil-web-test");
            ingest(data, townConcerns);
            WebOptions options = WebOptions.defaults(data).withPort(0).withEscalateAfter(escalateAfter)
                    .withPoliceUk(List.of(policeUk(data))).withNotices(System.out);
            ListAlertFeed alerts = new ListAlertFeed(List.of());
            ListPriorityFeed priorities = new ListPriorityFeed(List.of(
                    new Priority(1, "P-000002", 5320, List.of("a/s1"), List.of("three grave reports")),
                    new Priority(2, "P-000001", 410, List.of("b/s1", "c/s1", "d/s1", "e/s1"), List.of("four minor reports")),
                    new Priority(3, "P-000003", 120, List.of(RESTRICTED_CONCERN + "/s1"),
                            List.of("Operation Lantern: suspect of a child aged 14"))));
            List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
            WebApp app = WebApp.start(options, Engines.from(options).withAlerts(alerts).withPriorities(priorities)
                    .withIntakeListener((records, persons, firstLeaf) -> persons.links()
                            .forEach(l -> told.add(l.mention() + "=" + l.person()))));
            Accounts accounts = app.parts().accounts();
            accounts.ensureTeam("cse-team", "child exploitation");
            accounts.ensureTeam("missing-team", "missing persons");
            accounts.create("partner-yp", "Youth worker", Role.SUBMITTER, "Youth Project", PASSWORD);
            accounts.create("partner-police", "Police officer", Role.SUBMITTER, "Police", PASSWORD);
            accounts.create("analyst", "Analyst One", Role.ANALYST, null, PASSWORD);
            accounts.addToTeam("analyst", "missing-team");
            accounts.create("analyst-cse", "Analyst Two", Role.ANALYST, null, PASSWORD);
            accounts.addToTeam("analyst-cse", "cse-team");
            accounts.create("supervisor", "Supervisor", Role.SUPERVISOR, null, PASSWORD);
            accounts.addToTeam("supervisor", "cse-team");
            accounts.create("auditor", "Auditor", Role.AUDITOR, null, PASSWORD);
            accounts.setPassword(WebApp.FIRST_ADMIN, PASSWORD);
            app.parts().restrictions().restrict(RESTRICTED_CONCERN, "cse-team", "live operation", "supervisor");
            String person = app.parts().persons().personOf(XSS_CONCERN + "/s2").orElseThrow();
            alerts.add(new Alert(ALERT_ID, "repeat_suspect", Instant.parse("2024-03-02T10:00:00Z"), XSS_CONCERN,
                    List.of(new Alert.AlertPerson(person, "suspect", List.of(XSS_CONCERN + "/s2"))), 1840.5,
                    List.of("linked to 2 children across 2 concerns from 2 agencies")));
            return new TestWorld(data, app, told, priorities, alerts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A police.uk street-level file: the shared South Yorkshire October 2018 file when it is beside the checkout,
     * else a few made-up rows in the same format.
     */
    static Path policeUk(Path data) throws IOException {
        for (Path dir : List.of(Path.of("../../shared/data/police-uk"), Path.of("/work/shared/data/police-uk"))) {
            Path file = dir.resolve("2018-10-south-yorkshire-street.csv");
            if (Files.isReadable(file)) {
                return file;
            }
        }
        Path file = data.resolve("2018-10-test-street.csv");
        String head = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
                + "Crime type,Last outcome category,Context\n";
        String row = ",2018-10,South Yorkshire Police,South Yorkshire Police,-1.45,53.59,On or near X,E01007434,"
                + "Barnsley 001A,";
        Files.writeString(file, head + row + "Violence and sexual offences,,\n" + row + "Burglary,,\n"
                + row + "Shoplifting,,\n" + row + "Criminal damage and arson,,\n" + row + "Anti-social behaviour,,\n");
        return file;
    }

    /** Hand-made concerns: script in names and narrative, a shared phone and car, a restricted police concern. */
    static List<String> handMade() {
        return List.of(
                "{\"type\":\"concern\",\"id\":\"" + XSS_CONCERN + "\",\"received\":\"2024-03-01T16:20:00Z\","
                        + "\"agency\":\"Youth Project\",\"author\":{\"id\":\"yp-07\",\"name\":\"R. Hall\"},"
                        + "\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"" + SCRIPT_NAME.replace("'", "\\u0027")
                        + "\",\"born\":\"2010-02\",\"sex\":\"F\"},"
                        + "{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"Ashley Quenby\",\"age\":27,\"sex\":\"M\","
                        + "\"phones\":[\"07700 900461\"],\"vehicles\":[{\"vrm\":\"R7?2 KLT\",\"description\":\"silver Astra\"}],"
                        + "\"places\":[\"p1\"]}],"
                        + "\"places\":[{\"ref\":\"p1\",\"kind\":\"takeaway\",\"name\":\"Star Pizza\",\"address\":\"Wellgate, S60 2LR\"}],"
                        + "\"indicators\":[\"older_partner\",\"gifts\"],\"offences\":[\"22B\"],"
                        + "\"narrative\":\"<img src=x onerror=alert(1)> K. says Ash picks her up in a silver Astra.\"}",
                "{\"type\":\"concern\",\"id\":\"" + RESTRICTED_CONCERN + "\",\"received\":\"2024-03-05T09:00:00Z\","
                        + "\"agency\":\"Police\",\"author\":{\"id\":\"pol-4411\",\"name\":\"DC P. Lane\"},"
                        + "\"subjects\":[{\"ref\":\"s1\",\"role\":\"suspect\",\"name\":\"Ashley Quenbey\","
                        + "\"phones\":[\"+44 (0)7700-900461\"],\"vehicles\":[{\"vrm\":\"r742klt\"}]},"
                        + "{\"ref\":\"s2\",\"role\":\"victim\",\"name\":\"Jodie Marsh\",\"age\":14}],"
                        + "\"narrative\":\"Operation Lantern: covert enquiry, do not disclose.\"}",
                "{\"type\":\"decision\",\"id\":\"D-2024-0001\",\"concern\":\"" + XSS_CONCERN + "\","
                        + "\"at\":\"2024-03-04T09:05:00Z\",\"by\":{\"id\":\"pol-4411\",\"name\":\"DC P. Lane\"},"
                        + "\"outcome\":\"no_further_action\",\"reason\":\"no complaint made\"}");
    }

    private static void ingest(Path data, int townConcerns) throws IOException {
        Path town = data.resolve("town.jsonl");
        if (townConcerns > 0) {
            new TownGenerator(TownOptions.defaults().withSeed(7).withConcerns(townConcerns)
                    .withDistrictConcerns(Math.max(TownOptions.MIN_DISTRICT_CONCERNS, townConcerns)))
                    .writeTo(town, data.resolve("truth.jsonl"));
        } else {
            Files.writeString(town, "");
        }
        Path extra = data.resolve("hand-made.jsonl");
        Files.write(extra, handMade(), StandardCharsets.UTF_8);
        try (SqliteConcernStore store = SqliteConcernStore.open(data)) {
            Ledger ledger = Ledger.open(store, LogKeys.loadOrCreate(data), Clock.systemUTC());
            List<FileSummary> summaries = new Ingest(store, ledger, data.resolve("quarantine"), Ingest.Options.DEFAULT,
                    IngestListener.NONE).ingest(new ArrayList<>(List.of(town, extra)));
            for (FileSummary s : summaries) {
                if (s.rejected() > 0) {
                    throw new IllegalStateException("the test town has rejected lines: " + s);
                }
            }
        }
    }

    /** The access events the store holds to any of these targets, in log order: what who-knew reads. */
    public List<AccessEvent> accessesTo(String... targets) {
        return app.parts().vault().read(store -> store.accessesTo(List.of(targets)));
    }

    @Override
    public void close() {
        app.stop();
        deleteTree(data);
    }

    /**
     * Deletes a test's directory and everything under it, as far as it can: a file another process still holds
     * (a browser's profile just after it quit) is left for the system to clear.
     */
    public static void deleteTree(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete " + path + ": " + e.getMessage());
        }
    }
}
