package org.vigil.web.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.ingest.FileSummary;
import org.vigil.ingest.Ingest;
import org.vigil.ingest.IngestListener;
import org.vigil.ledger.Ledger;
import org.vigil.ledger.LogKeys;
import org.vigil.people.PersonIndex;
import org.vigil.people.PersonSplits;
import org.vigil.store.SqliteConcernStore;
import org.vigil.store.WriterLease;
import org.vigil.web.HttpUser;
import org.vigil.web.TestWorld;
import org.vigil.web.person.PersonDirectory;
import org.vigil.web.search.SearchIndex;

/**
 * Another process writing to the store the app serves: {@code vigil ingest} or {@code vigil split} beside
 * {@code vigil serve}. Each opens its own connection here, as that process would, and takes the writer lease as the
 * command line does. Before the lease, the app's next intake gave a new girl the person id that the command line had
 * just given another (two children of different names under one id).
 */
class AnotherProcessTest {
    private TestWorld world;

    @BeforeEach
    void start() {
        world = TestWorld.start(0);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    /** A concern from {@code agency}: a girl and the man she was seen with, both named nowhere else. */
    private static String concern(String id, String agency, String girl, String man, String phone) {
        return "{\"type\":\"concern\",\"id\":\"" + id + "\",\"received\":\"2024-06-02T10:00:00Z\",\"agency\":\""
                + agency + "\",\"author\":{\"id\":\"a-1\",\"name\":\"A. Worker\"},\"subjects\":["
                + "{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"" + girl + "\",\"born\":\"2010-04\",\"sex\":\"F\"},"
                + "{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"" + man + "\",\"sex\":\"M\",\"phones\":[\"" + phone
                + "\"]}],\"indicators\":[\"older_partner\"],\"narrative\":\"Seen getting into his car.\"}";
    }

    /** Ingests {@code lines} as {@code vigil ingest} does: its own connection, under the lease, linked as the store holds. */
    private void ingestElsewhere(String... lines) throws Exception {
        Path file = Files.createTempFile(world.data, "elsewhere", ".jsonl");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        try (SqliteConcernStore store = SqliteConcernStore.open(world.data)) {
            assertThat(store.lease(Duration.ofSeconds(30))).isPresent();
            Ledger ledger = Ledger.open(store, LogKeys.loadOrCreate(world.data), Clock.systemUTC());
            List<FileSummary> summaries = new Ingest(store, ledger, PersonIndex.rebuild(store)::link,
                    world.data.resolve("quarantine"), Ingest.Options.DEFAULT, IngestListener.NONE).ingest(List.of(file));
            assertThat(summaries.get(0).accepted()).isEqualTo(lines.length);
        }
    }

    /** Each person id the store holds, with its mentions. */
    private Map<String, List<String>> storedPersons() {
        Map<String, List<String>> persons = new HashMap<>();
        world.app.parts().vault().read(store -> {
            store.forEachPersonLink(l -> persons.computeIfAbsent(l.person(), k -> new ArrayList<>())
                    .add(l.mention()));
            return null;
        });
        return persons;
    }

    @Test
    void anIntakeAfterACommandLineIngestGivesNoPersonIdTwiceAndTakesTheIngestIn() throws Exception {
        ingestElsewhere(concern("YP-2024-0100", "Youth Project", "Zelda Quarrington", "Horatio Vantongeren",
                "07700 900111"));

        HttpUser partner = new HttpUser(world.base).login("partner-yp", TestWorld.PASSWORD);
        HttpResponse<String> sent = partner.postJson("/api/concerns", concern("YP-2024-0101", "Youth Project",
                "Philippa Strangeways", "Barnaby Okonkwo", "07700 900222"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);

        Map<String, List<String>> stored = storedPersons();
        assertThat(stored.values()).as("no id holds mentions of both concerns").noneSatisfy(mentions ->
                assertThat(mentions).anyMatch(m -> m.startsWith("YP-2024-0100/"))
                        .anyMatch(m -> m.startsWith("YP-2024-0101/")));
        PersonDirectory persons = world.app.parts().persons();
        for (Map.Entry<String, List<String>> person : stored.entrySet()) {
            for (String mention : person.getValue()) {
                assertThat(persons.personOf(mention)).as(mention).contains(person.getKey());
            }
        }
        assertThat(world.app.parts().cases().concern("YP-2024-0100")).as("shown in the app").isPresent();
        assertThat(world.app.parts().search().search("Vantongeren", SearchIndex.Mode.NAMES, 5))
                .anySatisfy(hit -> assertThat(hit.concernId()).isEqualTo("YP-2024-0100"));
        assertThat(world.told).as("told to the alerts, then the app's own intake")
                .anyMatch(t -> t.startsWith("YP-2024-0100/s2="))
                .anyMatch(t -> t.startsWith("YP-2024-0101/s2="));
    }

    @Test
    void theAppTakesInWhatAnotherProcessStoredWithinSeconds() throws Exception {
        ingestElsewhere(concern("YP-2024-0200", "Youth Project", "Imogen Farthingale", "Crispin Holloway",
                "07700 900333"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (world.app.parts().cases().concern("YP-2024-0200").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(world.app.parts().cases().concern("YP-2024-0200")).isPresent();
        assertThat(world.app.parts().persons().personOf("YP-2024-0200/s2")).isPresent();
        assertThat(world.app.parts().intake().catchUp()).as("nothing is taken in twice").isZero();
    }

    @Test
    void aSplitMadeByAnotherProcessIsObeyedAndItsReservedIdGivenToNobodyElse() throws Exception {
        String ash = TestWorld.XSS_CONCERN + "/s2";
        String ashAtPolice = TestWorld.RESTRICTED_CONCERN + "/s1";
        PersonDirectory persons = world.app.parts().persons();
        assertThat(persons.personOf(ashAtPolice)).isEqualTo(persons.personOf(ash));
        String newPerson;
        try (SqliteConcernStore store = SqliteConcernStore.open(world.data)) {
            assertThat(store.lease(Duration.ofSeconds(30))).isPresent();
            Ledger ledger = Ledger.open(store, LogKeys.loadOrCreate(world.data), Clock.systemUTC());
            newPerson = PersonSplits.split(store, ledger, PersonIndex.rebuild(store), List.of(ashAtPolice), "supervisor",
                    "his brother had the phone", Instant.now()).split().newPerson();
        }
        assertThat(world.app.parts().intake().catchUp()).isZero();
        assertThat(persons.personOf(ashAtPolice)).contains(newPerson);
        assertThat(persons.personOf(ash)).isNotEqualTo(persons.personOf(ashAtPolice));

        HttpUser partner = new HttpUser(world.base).login("partner-yp", TestWorld.PASSWORD);
        assertThat(partner.postJson("/api/concerns", concern("YP-2024-0300", "Youth Project", "Rosalind Tate",
                "Lysander Pike", "07700 900444")).statusCode()).isEqualTo(201);
        assertThat(storedPersons().get(newPerson)).containsExactly(ashAtPolice);
    }

    @Test
    void anIntakeWaitsWhileAnotherProcessHoldsTheLease() throws Exception {
        CompletableFuture<HttpResponse<String>> sent;
        try (SqliteConcernStore store = SqliteConcernStore.open(world.data);
             WriterLease held = store.lease(Duration.ZERO).orElseThrow()) {
            HttpUser partner = new HttpUser(world.base).login("partner-yp", TestWorld.PASSWORD);
            sent = CompletableFuture.supplyAsync(() -> partner.postJson("/api/concerns", concern("YP-2024-0400",
                    "Youth Project", "Octavia Lumb", "Jasper Crane", "07700 900555")));
            Thread.sleep(1_000);
            assertThat(sent).as("waiting for the lease").isNotDone();
            assertThat(world.app.parts().cases().concern("YP-2024-0400")).isEmpty();
            String ash = world.app.parts().persons().personOf(TestWorld.XSS_CONCERN + "/s2").orElseThrow();
            HttpUser analyst = new HttpUser(world.base).login("analyst-cse", TestWorld.PASSWORD);
            long began = System.nanoTime();
            assertThat(analyst.get("/api/persons/" + ash + "?purpose=case%20review").statusCode())
                    .as("a read logs its access meanwhile").isEqualTo(200);
            assertThat(System.nanoTime() - began).as("without waiting for the intake")
                    .isLessThan(TimeUnit.SECONDS.toNanos(10));
            assertThat(sent).isNotDone();
        }
        assertThat(sent.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        assertThat(world.app.parts().cases().concern("YP-2024-0400")).isPresent();
    }
}
