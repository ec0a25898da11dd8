package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.priority.Priorities;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Submission;
import org.vigil.people.PersonIndex;
import org.vigil.store.SqliteConcernStore;
import org.vigil.town.TownGenerator;
import org.vigil.town.TownOptions;
import org.vigil.watch.StoreReplay;
import org.vigil.web.alert.Alert;
import org.vigil.web.priority.Priority;

/**
 * The web app's alerts follow intake: a town's first years replayed into the store, its later records sent one by
 * one as intake sends them (linked by a person index over the store, then told to {@link LiveAlerts}), and the
 * alerts the app is given gain those the records raise.
 */
class LiveAlertsTest {
    @TempDir
    Path dir;

    /** A town's records in event-time order. */
    private List<Submission> town(long seed, int concerns) throws Exception {
        Path town = dir.resolve("town.jsonl");
        new TownGenerator(TownOptions.defaults().withSeed(seed).withConcerns(concerns)).writeTo(town,
                dir.resolve("truth.jsonl"));
        RecordParser parser = new RecordParser();
        List<Submission> records = new ArrayList<>();
        for (String line : Files.readAllLines(town)) {
            records.add(parser.parse(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        records.sort(Comparator.comparing((Submission s) -> s.record().eventTime()).thenComparing(Submission::id));
        return records;
    }

    /** The store {@code vigil replay} makes of {@code records}, which also writes the alerts it raised. */
    private Path replayed(List<Submission> records) throws Exception {
        Path early = dir.resolve("early.jsonl");
        Files.write(early, records.stream().map(s -> new String(s.raw(), java.nio.charset.StandardCharsets.UTF_8))
                .toList());
        Path data = dir.resolve("data");
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), new String[] {
            "replay", "--data", data.toString(), early.toString(), "--alerts", dir.resolve("raised.jsonl").toString()}))
                .isZero();
        return data;
    }

    /** The lists as {@code vigil serve} starts them on a replayed store, and a person index over the store. */
    private record Started(LiveAlerts live, PersonIndex people) {
    }

    private static Started started(Path data) {
        LiveAlerts live;
        PersonIndex people;
        try (SqliteConcernStore store = SqliteConcernStore.open(data)) {
            live = new LiveAlerts(() -> StoreReplay.snapshot(store));
            people = PersonIndex.rebuild(store);
        }
        live.publish();
        return new Started(live, people);
    }

    @Test
    void recordsSentAfterStartRaiseAlertsTheWebAppShows() throws Exception {
        List<Submission> records = town(2, 1200);
        int cut = records.size() * 2 / 3;
        Path data = replayed(records.subList(0, cut));

        Started started = started(data);
        LiveAlerts live = started.live();
        PersonIndex people = started.people();
        int before = live.alerts().alerts().size();
        assertThat(before).isPositive();
        assertThat(live.priorities().priorities()).isNotEmpty();

        Set<String> later = new HashSet<>();
        for (Submission s : records.subList(cut, records.size())) {
            later.add(s.id());
            live.committed(List.of(s), people.link(List.of(s)), -1);
        }
        live.flush(); // the lists are worked out a moment after the changes, once for a burst of them
        List<Alert> after = live.alerts().alerts();
        assertThat(after).hasSizeGreaterThan(before);
        // A new alert is raised by a later record, or, if overdue, by the clock passing an earlier concern's deadline.
        Instant cutClock = records.get(cut - 1).record().eventTime();
        assertThat(after.subList(before, after.size())).allSatisfy(a -> {
            if (a.kind().equals("overdue")) {
                assertThat(a.raised()).isAfter(cutClock);
            } else {
                assertThat(later).contains(a.trigger());
            }
        });
    }

    /**
     * A report that raises no alert still counts in the work list (found by an outside audit on 2 December 2026: a
     * partner's report of a 12-year-old and her suspect stayed off the list until some other record raised an alert).
     */
    @Test
    void aReportThatRaisesNoAlertReachesTheWorkList() throws Exception {
        Started started = started(replayed(town(3, 600)));
        LiveAlerts live = started.live();
        PersonIndex people = started.people();
        List<Alert> alertsBefore = live.alerts().alerts();
        Submission report = new RecordParser().parse(("{\"type\":\"concern\",\"id\":\"NEW-1\","
                + "\"received\":\"2030-01-01T10:00:00Z\",\"agency\":\"Youth Project\",\"author\":{\"id\":\"yp-1\"},"
                + "\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"Quilla Farrowby\",\"age\":12},"
                + "{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"Osric Vantablack\",\"age\":41}],"
                + "\"indicators\":[\"gifts\"],\"offences\":[\"71\"]}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        live.committed(List.of(report), people.link(List.of(report)), -1);
        live.flush();
        assertThat(live.alerts().alerts()).as("one report raises no alert").isEqualTo(alertsBefore);
        assertThat(live.priorities().priorities()).anySatisfy(p -> assertThat(p.mentions()).contains("NEW-1/s2"));
    }

    /**
     * The app is shown what it read when the engine's alerts and work list were handed to it as lines (files beside
     * the store): each alert as its line of {@code vigil export alerts} reads (spec §2.2 with its updates), and each
     * line of the work list as its §2.3 line reads.
     */
    @Test
    void theAppIsShownTheAlertsAndPrioritiesAsTheirLinesRead() throws Exception {
        Path data = replayed(town(4, 900));
        ObjectMapper json = new ObjectMapper();
        List<Alert> alerts = new ArrayList<>();
        List<Priority> priorities = new ArrayList<>();
        LiveAlerts live;
        try (SqliteConcernStore store = SqliteConcernStore.open(data)) {
            live = new LiveAlerts(() -> StoreReplay.snapshot(store));
            AlertEngine engine = StoreReplay.snapshot(store).engine();
            for (org.vigil.alerts.Alert a : engine.alerts()) {
                alerts.add(Alert.fromJson(json.readTree(a.toJsonWithHistory().toString())));
            }
            for (var p : new Priorities(engine).rank(engine.clock())) {
                priorities.add(Priority.fromJson(json.readTree(p.toJsonLine())));
            }
        }
        live.publish();
        assertThat(alerts).isNotEmpty();
        assertThat(alerts).anySatisfy(a -> assertThat(a.persons()).hasSizeGreaterThan(1));
        assertThat(alerts).anySatisfy(a -> assertThat(a.updates()).isNotEmpty());
        assertThat(live.alerts().alerts()).isEqualTo(alerts);
        assertThat(priorities).isNotEmpty();
        assertThat(live.priorities().priorities()).isEqualTo(priorities);
    }

    /**
     * A store received out of event time (a February report ingested before a January one) numbers its persons in
     * the order received, and the engine, which replays it in event time, in another: the intake's ids name other
     * people in the engine. A new report naming the February suspect about a second girl must raise his
     * {@code repeat_suspect}, resting on both his reports; told the intake's ids, the engine took him for the January
     * report's reporter and raised nothing.
     */
    @Test
    void aStoreReceivedOutOfEventTimeGoesOnInTheEnginesOwnPersons() throws Exception {
        String february = "{\"type\":\"concern\",\"id\":\"YP-2\",\"received\":\"2024-02-01T10:00:00Z\","
                + "\"agency\":\"Youth Project\",\"author\":{\"id\":\"yp-1\"},\"subjects\":[{\"ref\":\"s1\","
                + "\"role\":\"victim\",\"name\":\"Jodie Pratt\",\"age\":14},{\"ref\":\"s2\",\"role\":\"suspect\","
                + "\"name\":\"Ashley Quenby\",\"age\":27,\"phones\":[\"07700 900461\"]}],"
                + "\"indicators\":[\"older_partner\",\"gifts\"]}";
        String january = "{\"type\":\"concern\",\"id\":\"SCH-1\",\"received\":\"2024-01-05T09:00:00Z\","
                + "\"agency\":\"School\",\"author\":{\"id\":\"sch-1\"},\"subjects\":[{\"ref\":\"s1\","
                + "\"role\":\"victim\",\"name\":\"Kayleigh Marsh\",\"age\":13},{\"ref\":\"s2\","
                + "\"role\":\"reporter\",\"name\":\"Mary Stone\"}],\"indicators\":[\"school_absence\"]}";
        String march = "{\"type\":\"concern\",\"id\":\"NP-3\",\"received\":\"2024-03-01T22:00:00Z\","
                + "\"agency\":\"Police\",\"author\":{\"id\":\"np-1\"},\"subjects\":[{\"ref\":\"s1\","
                + "\"role\":\"victim\",\"name\":\"Tia Rowe\",\"age\":13},{\"ref\":\"s2\",\"role\":\"suspect\","
                + "\"name\":\"Ashley Quenby\",\"age\":27,\"phones\":[\"07700 900461\"]}],"
                + "\"indicators\":[\"older_partner\",\"vehicle_pickup\"]}";
        Path received = dir.resolve("received.jsonl");
        Files.write(received, List.of(february, january));
        Path data = dir.resolve("data");
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), new String[] {
            "ingest", "--data", data.toString(), "--progress", "none", received.toString()})).isZero();

        LiveAlerts live;
        PersonIndex asReceived;
        try (SqliteConcernStore store = SqliteConcernStore.open(data)) {
            live = new LiveAlerts(() -> StoreReplay.snapshot(store));
            asReceived = PersonIndex.rebuild(store);
        }
        assertThat(asReceived.personOf("YP-2/s2")).as("the intake's id for him").isEqualTo("P-000002");
        Submission third = new RecordParser().parse(march.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        live.committed(List.of(third), asReceived.link(List.of(third)), -1);
        live.flush();

        assertThat(live.alerts().alerts()).filteredOn(a -> a.kind().equals("repeat_suspect")).singleElement()
                .satisfies(a -> {
                    List<String> his = new ArrayList<>();
                    for (Alert.AlertPerson p : a.persons()) {
                        if (p.role().equals("suspect")) {
                            his.addAll(p.mentions());
                        }
                    }
                    assertThat(his).containsExactlyInAnyOrder("YP-2/s2", "NP-3/s2");
                });
    }

    /**
     * A concern nobody decided on falls overdue when its service level runs out, not when the next record happens to
     * arrive: time passing alone raises its alert, at its deadline.
     */
    @Test
    void timePassingWithNoRecordRaisesTheOverdueAlertsThatFellDue() throws Exception {
        RecordParser parser = new RecordParser();
        List<Submission> records = new ArrayList<>();
        for (String line : List.of(
                "{\"type\":\"concern\",\"id\":\"YP-1\",\"received\":\"2024-03-01T10:00:00Z\",\"agency\":\"Youth Project\","
                        + "\"author\":{\"id\":\"yp-1\"},\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\","
                        + "\"name\":\"Tia Rowe\",\"age\":14},{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"Dean Kell\","
                        + "\"age\":31}],\"indicators\":[\"older_partner\",\"gifts\"]}",
                "{\"type\":\"concern\",\"id\":\"SCH-1\",\"received\":\"2024-03-01T12:00:00Z\",\"agency\":\"School\","
                        + "\"author\":{\"id\":\"sch-1\"},\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\","
                        + "\"name\":\"Amy Hart\",\"age\":13}],\"indicators\":[\"school_absence\"]}")) {
            records.add(parser.parse(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        Path data = replayed(records);
        LiveAlerts live;
        try (SqliteConcernStore store = SqliteConcernStore.open(data)) {
            live = new LiveAlerts(() -> StoreReplay.snapshot(store));
        }
        live.publish();
        assertThat(live.alerts().alerts()).isEmpty();

        java.time.Instant later = java.time.Instant.parse("2024-04-01T00:00:00Z");
        live.timePassed(later);
        live.flush();
        List<Alert> after = live.alerts().alerts();
        assertThat(after).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo("overdue");
            assertThat(a.trigger()).isEqualTo("YP-1");
            assertThat(a.raised()).isAfter(java.time.Instant.parse("2024-03-01T10:00:00Z")).isBefore(later);
        });

        live.timePassed(later.plusSeconds(60));
        live.flush();
        assertThat(live.alerts().alerts()).as("what fell due is raised once").isEqualTo(after);
    }

    /**
     * After a split the alerts are worked out again on the publisher's thread while intake goes on: the batches told
     * meanwhile reach the rebuilt engine, once each. Two LiveAlerts over one store are told the same later batches,
     * one of them asked to rebuild (slowly) before they come; both end with the same alerts and work list.
     */
    @Test
    void batchesToldWhileTheAlertsAreWorkedOutAgainAreNeitherLostNorToldTwice() throws Exception {
        List<Submission> records = town(3, 900);
        int cut = records.size() / 2;
        Path data = replayed(records.subList(0, cut));
        try (SqliteConcernStore store = SqliteConcernStore.open(data)) {
            long stored = store.logSize();
            java.util.concurrent.CountDownLatch rebuilding = new java.util.concurrent.CountDownLatch(1);
            int[] replays = {0};
            LiveAlerts plain = new LiveAlerts(() -> StoreReplay.snapshot(store));
            LiveAlerts rebuilt = new LiveAlerts(() -> {
                if (replays[0]++ > 0) {
                    rebuilding.countDown();
                    try {
                        Thread.sleep(300); // batches are told while this runs
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return StoreReplay.snapshot(store);
            });
            PersonIndex people = PersonIndex.rebuild(store);
            rebuilt.personsSplit(null);
            rebuilding.await();
            long leaf = stored;
            for (Submission s : records.subList(cut, records.size())) {
                var persons = people.link(List.of(s));
                plain.committed(List.of(s), persons, leaf);
                rebuilt.committed(List.of(s), persons, leaf);
                leaf++;
            }
            plain.flush();
            rebuilt.flush();
            plain.publish();
            rebuilt.publish();
            assertThat(replays[0]).isEqualTo(2);
            List<Alert> expected = plain.alerts().alerts();
            assertThat(expected).hasSizeGreaterThan(Files.readAllLines(dir.resolve("raised.jsonl")).size() / 2);
            assertThat(rebuilt.alerts().alerts()).isEqualTo(expected);
            assertThat(rebuilt.priorities().priorities()).isEqualTo(plain.priorities().priorities());
        }
    }
}
