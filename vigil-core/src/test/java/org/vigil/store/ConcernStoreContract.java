package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Submission;
import org.vigil.ingest.FileSummary;
import org.vigil.ingest.Ingest;
import org.vigil.ingest.IngestListener;
import org.vigil.ingest.TakingTurns;
import org.vigil.ledger.Access;
import org.vigil.ledger.Ledger;
import org.vigil.log.LogReader;
import org.vigil.log.NoteSigner;
import org.vigil.log.Tile;
import org.vigil.people.PersonIndex;
import org.vigil.people.PersonSplits;
import org.vigil.testing.Lines;

/** What every {@link ConcernStore} must do. Run once per implementation: SQLite and PostgreSQL. */
interface ConcernStoreContract {
    NoteSigner SIGNER = NoteSigner.generate("vigil.test/contract");
    Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    /** A new, empty store. */
    ConcernStore store();

    /** Another connection to the store that {@link #store()} last made, as a second process would open it. */
    ConcernStore again();

    static List<Submission> concerns(String prefix, int n) throws Exception {
        RecordParser parser = new RecordParser();
        List<Submission> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(parser.parse(Lines.bytes(Lines.concern(prefix + i))));
        }
        return out;
    }

    /** What {@code vigil verify} finds wrong with {@code store}. */
    static List<String> auditProblems(ConcernStore store) {
        return new org.vigil.ledger.LogAudit(store, org.vigil.log.NoteVerifier.fromVkey(SIGNER.vkey()), SIGNER.name())
                .run().problems();
    }

    @Test
    default void keepsRecordsExactlyAsReceivedWithTheirLogEntries() throws Exception {
        try (ConcernStore store = store()) {
            Ledger ledger = Ledger.open(store, SIGNER, CLOCK);
            List<Submission> batch = concerns("C-", 3);
            ledger.commit(batch, List.of());
            assertThat(store.logSize()).isEqualTo(3);
            StoredRecord second = store.record("C-1").orElseThrow();
            assertThat(second.leaf()).isEqualTo(1);
            assertThat(second.type()).isEqualTo("concern");
            assertThat(second.raw()).isEqualTo(batch.get(1).raw());
            assertThat(second.sha256()).isEqualTo(batch.get(1).sha256());
            assertThat(store.entry(1)).isPresent();
            assertThat(new String(store.entry(1).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("id C-1").doesNotContain("Kayla");
            assertThat(store.record("C-9")).isEmpty();
            List<String> mentions = new ArrayList<>();
            store.forEachMention(m -> mentions.add(m.key() + " " + m.role()));
            assertThat(mentions).containsExactly("C-0/s1 victim", "C-0/s2 suspect", "C-1/s1 victim",
                    "C-1/s2 suspect", "C-2/s1 victim", "C-2/s2 suspect");
        }
    }

    /**
     * The query tables hold what each record projects, and read back as it was written (whole numbers, nulls, JSON lists,
     * text beyond ASCII), each log entry's rows together, in leaf order: what {@code vigil verify} compares.
     */
    @Test
    default void readsBackEachRecordsRowsInTheQueryTablesAsItProjectsThem() throws Exception {
        try (ConcernStore store = store()) {
            Ledger ledger = Ledger.open(store, SIGNER, CLOCK);
            RecordParser parser = new RecordParser();
            List<Submission> batch = List.of(parser.parse(Lines.bytes(Lines.concern("C-0"))),
                    parser.parse(Lines.bytes(Lines.decision("D-0", "C-0"))),
                    parser.parse(Lines.bytes("{\"type\":\"concern\",\"id\":\"C-\u00e9\",\"received\":\"2004-02-02T11:00:00.5Z\","
                            + "\"agency\":\"Sant\u00e9\",\"author\":{\"id\":\"a-1\"},\"subjects\":[{\"ref\":\"s1\","
                            + "\"role\":\"other\",\"name\":\"Zo\u00eb \u0141uczak\"}],\"grading\":{\"scheme\":\"5x5x5\","
                            + "\"source\":\"B\",\"intelligence\":\"2\",\"handling\":\"1\"}}")));
            ledger.commit(batch, List.of());
            List<String> read = new ArrayList<>();
            List<String> projected = new ArrayList<>();
            store.forEachProjection((leaf, rows) -> read.add(leaf + " " + rows));
            for (int leaf = 0; leaf < batch.size(); leaf++) {
                StoredRecord r = store.record(batch.get(leaf).id()).orElseThrow();
                projected.add(leaf + " " + Projection.of(r.leaf(), r.eventMicros(), batch.get(leaf).record()));
            }
            assertThat(read).containsExactlyElementsOf(projected);
            assertThat(read.get(0)).contains("mention[0, s2, suspect, Ash, [], null, 27, M, null, [\"07700 900461\"]")
                    .contains("place[0, p1, takeaway, Star Pizza");
            assertThat(read.get(2)).contains("Zo\u00eb \u0141uczak", "5x5x5");
            assertThat(auditProblems(store)).isEmpty();
        }
    }

    /** What a replay's progress is measured against: the records a replay in event time up to a time visits. */
    @Test
    default void countsTheRecordsThatAReplayUpToATimeVisits() throws Exception {
        try (ConcernStore store = store()) {
            RecordParser parser = new RecordParser();
            List<Submission> batch = new ArrayList<>();
            for (String received : List.of("2003-07-14T16:20:00Z", "2003-07-15T09:00:00Z", "2003-07-15T09:00:00Z",
                    "2003-08-01T00:00:00Z")) {
                batch.add(parser.parse(Lines.bytes(Lines.concern("C-" + batch.size(), received))));
            }
            Ledger.open(store, SIGNER, CLOCK).commit(batch, List.of());
            for (String until : List.of("2003-07-14T16:19:59Z", "2003-07-14T16:20:00Z", "2003-07-15T09:00:00Z",
                    "2003-07-31T23:59:59Z", "2003-08-01T00:00:00Z")) {
                long micros = Ledger.micros(Instant.parse(until));
                long[] visited = {0};
                store.forEachRecordByEventTime(micros, r -> visited[0]++);
                assertThat(store.recordCount(micros)).as(until).isEqualTo(visited[0]);
            }
            assertThat(store.recordCount(Long.MAX_VALUE)).isEqualTo(4);
            assertThat(store.recordCount(Ledger.micros(Instant.parse("2003-07-15T09:00:00Z")))).isEqualTo(3);
        }
    }

    @Test
    default void storesNothingOfABatchThatFails() throws Exception {
        try (ConcernStore store = store()) {
            Ledger ledger = Ledger.open(store, SIGNER, CLOCK);
            ledger.commit(concerns("C-", 2), List.of());
            List<Submission> clash = new ArrayList<>(concerns("D-", 2));
            clash.add(concerns("C-", 1).get(0));
            // The error names what failed, never the records' contents: it goes to standard error and the app's log.
            assertThatThrownBy(() -> ledger.commit(clash, List.of())).isInstanceOf(StoreException.class)
                    .hasMessageNotContaining("Kayla").hasMessageNotContaining(HexFormat.of().formatHex("Kayla".getBytes(
                            java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(store.logSize()).isEqualTo(2);
            assertThat(store.record("D-0")).isEmpty();
            assertThat(store.checkpoints()).containsOnlyKeys(2L);
            ledger.commit(concerns("D-", 2), List.of());
            assertThat(store.logSize()).isEqualTo(4);
            assertThat(new LogReader(store, 4).treeHash(4)).isEqualTo(ledgerRoot(store, 4));
        }
    }

    private static org.vigil.log.Hash ledgerRoot(ConcernStore store, long size) {
        org.vigil.log.LogAppender tree = org.vigil.log.LogAppender.empty();
        store.forEachEntry(0, (i, e) -> tree.append(org.vigil.log.Rfc6962.leafHash(e)));
        assertThat(tree.size()).isEqualTo(size);
        return tree.root();
    }

    @Test
    default void findsTheDigestsOfStoredIdsAmongMany() throws Exception {
        try (ConcernStore store = store()) {
            List<Submission> batch = concerns("C-", 700);
            Ledger.open(store, SIGNER, CLOCK).commit(batch, List.of());
            List<String> asked = new ArrayList<>();
            for (int i = 0; i < 1200; i += 2) {
                asked.add("C-" + i);
            }
            Map<String, byte[]> found = store.digestsOf(asked);
            assertThat(found).hasSize(350);
            assertThat(found.get("C-698")).isEqualTo(batch.get(698).sha256());
            assertThat(found).doesNotContainKey("C-700");
        }
    }

    @Test
    default void keepsTheWidestVersionOfEachTile() throws Exception {
        try (ConcernStore store = store()) {
            Ledger ledger = Ledger.open(store, SIGNER, CLOCK);
            ledger.commit(concerns("A-", 200), List.of());
            ledger.commit(concerns("B-", 100), List.of());
            assertThat(store.readTile(0, 0)).hasSize(Tile.FULL_WIDTH * 32);
            assertThat(store.readTile(0, 1)).hasSize(44 * 32);
            assertThat(store.readTile(1, 0)).hasSize(32);
            assertThat(store.readTile(2, 0)).isNull();
        }
    }

    @Test
    default void logsAccessesWithWhoWhenAndWhy() throws Exception {
        try (ConcernStore store = store()) {
            Ledger ledger = Ledger.open(store, SIGNER, CLOCK);
            ledger.commit(concerns("C-", 1), List.of(new Access("analyst-3", "export persons", null, "case review")));
            List<AccessEvent> events = new ArrayList<>();
            store.forEachAccess(events::add);
            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e.leaf()).isEqualTo(1);
                assertThat(e.actor()).isEqualTo("analyst-3");
                assertThat(e.reason()).isEqualTo("case review");
                assertThat(new String(e.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("case review");
            });
            assertThat(new String(store.entry(1).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("action export persons").doesNotContain("case review");
        }
    }

    /**
     * An access whose reason holds a NUL character is refused before it reaches the store, and the accesses logged
     * beside it are not: on PostgreSQL it failed the whole batch, as the web app commits many users' accesses together.
     */
    @Test
    default void refusesAnAccessWhoseReasonHoldsANulCharacterAndLogsTheOthers() throws Exception {
        try (ConcernStore store = store()) {
            Ledger ledger = Ledger.open(store, SIGNER, CLOCK);
            assertThatThrownBy(() -> ledger.commit(List.of(), List.of(new Access("analyst-1", "view person", "P-000001",
                    "case review"), new Access("analyst-2", "view person", "P-000002", "case\u0000review"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NUL");
            ledger.commit(List.of(), List.of(new Access("analyst-1", "view person", "P-000001", "case review")));
            List<AccessEvent> logged = new ArrayList<>();
            store.forEachAccess(logged::add);
            assertThat(logged).extracting(AccessEvent::reason).containsExactly("case review");
            assertThat(auditProblems(store)).isEmpty();
        }
    }

    @Test
    default void findsTheAccessEventsToAnyOfManyTargetsInLeafOrder() throws Exception {
        try (ConcernStore store = store()) {
            Ledger ledger = Ledger.open(store, SIGNER, CLOCK);
            ledger.commit(concerns("C-", 2), List.of(new Access("analyst-3", "view person", "P-1", "strategy meeting"),
                    new Access("analyst-4", "view person", "P-2", "case work"),
                    new Access("analyst-5", "view alert queue", "P-1", "morning triage")));
            ledger.commit(List.of(), List.of(new Access("auditor", "who knew", "C-0", "annual audit")));
            List<String> asked = new ArrayList<>(List.of("C-0"));
            for (int i = 0; i < 600; i++) {
                asked.add("X-" + i);
            }
            asked.add(550, "P-1");
            asked.add("P-1");
            assertThat(store.accessesTo(asked)).as("across lookups of a few hundred targets each")
                    .extracting(e -> e.leaf() + " " + e.actor() + " " + e.target() + " " + e.reason())
                    .containsExactly("2 analyst-3 P-1 strategy meeting", "4 analyst-5 P-1 morning triage",
                            "5 auditor C-0 annual audit");
            assertThat(store.accessesTo(List.of("C-1", "P-9"))).isEmpty();
            assertThat(store.accessesTo(List.of())).isEmpty();
        }
    }

    /** A page that showed many things is one access, found by its target or by any of them, and audited clean. */
    @Test
    default void findsAnAccessByAnythingItShowedAsOneEvent() throws Exception {
        try (ConcernStore store = store()) {
            Ledger ledger = Ledger.open(store, SIGNER, CLOCK);
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < 700; i++) {
                shown.add("C-" + i);
            }
            shown.add("P-1");
            shown.add("C-3");
            shown.add(null);
            ledger.commit(concerns("C-", 1), List.of(new Access("analyst-3", "view person", "P-1", "strategy meeting",
                    shown), new Access("analyst-4", "view person", "P-2", "case work", List.of("C-3"))));
            assertThat(store.logSize()).as("one entry for each access, whatever it showed").isEqualTo(3);
            assertThat(store.accessesTo(List.of("C-3"))).extracting(e -> e.leaf() + " " + e.actor() + " " + e.target()
                    + " " + e.shown()).containsExactly("1 analyst-3 P-1 [C-3]", "2 analyst-4 P-2 [C-3]");
            assertThat(store.accessesTo(List.of("P-1", "C-699", "C-0"))).as("each once, however it was found")
                    .singleElement().satisfies(e -> assertThat(e.shown()).containsExactlyInAnyOrder("C-699", "C-0"));
            assertThat(store.accessesTo(List.of("C-700"))).isEmpty();
            Map<Long, List<String>> lists = new LinkedHashMap<>();
            store.forEachShownList(lists::put);
            assertThat(lists.keySet()).containsExactly(1L, 2L);
            assertThat(lists.get(1L)).hasSize(700).startsWith("C-0", "C-1", "C-2", "C-3").endsWith("C-699")
                    .doesNotContain("P-1");
            assertThat(lists.get(2L)).containsExactly("C-3");
            // The event commits to the list by its count and the SHA-256 of its ids, each ending in a line feed; the
            // list itself, which can be an export's every person, stays in the store.
            StringBuilder ids = new StringBuilder();
            shown.subList(0, 700).forEach(id -> ids.append(id).append('\n'));
            String digest = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(ids.toString().getBytes(StandardCharsets.UTF_8)));
            List<AccessEvent> events = new ArrayList<>();
            store.forEachAccess(events::add);
            assertThat(new String(events.get(0).body(), StandardCharsets.UTF_8))
                    .endsWith(",\"shown\":{\"count\":700,\"sha256\":\"" + digest + "\"}}").doesNotContain("C-699");
            assertThat(auditProblems(store)).isEmpty();
        }
    }

    @Test
    default void findsWhatOnePersonLookedAtNewestFirst() throws Exception {
        try (ConcernStore store = store()) {
            Ledger ledger = Ledger.open(store, SIGNER, CLOCK);
            ledger.commit(concerns("C-", 2), List.of(new Access("analyst-3", "view person", "P-1", "strategy meeting"),
                    new Access("analyst-4", "view person", "P-2", "case work"),
                    new Access("analyst-3", "search", "sha256:ab", "case work")));
            ledger.commit(List.of(), List.of(new Access("analyst-3", "export persons", Access.EVERY_RECORD, "panel")));
            assertThat(store.accessesBy("analyst-3", 10)).extracting(e -> e.leaf() + " " + e.action() + " " + e.reason())
                    .containsExactly("5 export persons panel", "4 search case work", "2 view person strategy meeting");
            assertThat(store.accessesBy("analyst-3", 2)).extracting(AccessEvent::leaf).containsExactly(5L, 4L);
            assertThat(store.accessesBy("nobody", 10)).isEmpty();
            assertThat(store.accessesBy("analyst-3", 4, Long.MAX_VALUE, 10)).as("the page older than entry 4")
                    .extracting(AccessEvent::leaf).containsExactly(2L);
            long at = store.accessesBy("analyst-3", 10).get(1).atMicros(); // the fixed clock's: every access's time
            assertThat(store.accessesBy("analyst-3", Long.MAX_VALUE, at, 10)).as("at or before a time")
                    .extracting(AccessEvent::leaf).containsExactly(5L, 4L, 2L);
            assertThat(store.accessesBy("analyst-3", Long.MAX_VALUE, at - 1, 10)).as("before it").isEmpty();
        }
    }

    /**
     * Each report names "Ash" with one phone, so linkage makes the three suspects one person. An analyst splits the
     * third off: it is logged and stored, the stored person of that mention changes, the kept side keeps its id, and
     * relinking the store, and linking more reports, keeps the two sides apart.
     */
    @Test
    default void splitsAPersonAndKeepsTheTwoSidesApartInEveryRelinking() throws Exception {
        try (ConcernStore store = store()) {
            Ledger ledger = Ledger.open(store, SIGNER, CLOCK);
            PersonIndex people = new PersonIndex();
            List<Submission> batch = concerns("C-", 3);
            ledger.commit(batch, List.of(), people.link(batch));
            String ash = people.personOf("C-0/s2");
            assertThat(people.mentionsWith("C-0/s2")).containsExactly("C-0/s2", "C-1/s2", "C-2/s2");

            PersonSplits.Outcome out = PersonSplits.split(store, ledger, people, List.of("C-2/s2"), "analyst-3",
                    "C-2 names his brother, who shares the phone", CLOCK.instant());
            PersonSplit split = out.split();
            assertThat(split.leaf()).isEqualTo(3);
            assertThat(store.logSize()).isEqualTo(4);
            assertThat(split.person()).isEqualTo(ash);
            assertThat(split.newPerson()).isNotEqualTo(ash).startsWith("P-");
            assertThat(split.splitOff()).containsExactly("C-2/s2");
            assertThat(split.rest()).containsExactly("C-0/s2", "C-1/s2");
            List<PersonSplit> stored = new ArrayList<>();
            store.forEachSplit(stored::add);
            assertThat(stored).containsExactly(split);
            assertThat(stored.get(0).reason()).isEqualTo("C-2 names his brother, who shares the phone");
            assertThat(out.moved()).containsExactly(new PersonLink("C-2/s2", split.newPerson()));
            Map<String, String> links = new java.util.HashMap<>();
            store.forEachPersonLink(l -> links.put(l.mention(), l.person()));
            assertThat(links).containsEntry("C-2/s2", split.newPerson()).containsEntry("C-0/s2", ash)
                    .containsEntry("C-1/s2", ash);

            PersonIndex again = PersonIndex.rebuild(store);
            assertThat(again.personOf("C-0/s2")).isEqualTo(ash);
            assertThat(again.personOf("C-2/s2")).isEqualTo(split.newPerson());
            assertThat(again.personOf("C-2/s1")).as("the victims are not touched").isEqualTo(people.personOf("C-0/s1"));
            List<Submission> more = concerns("D-", 2);
            ledger.commit(more, List.of(), again.link(more));
            assertThat(again.personOf("D-1/s2")).isIn(ash, split.newPerson());
            assertThat(again.personOf("C-0/s2")).isNotEqualTo(again.personOf("C-2/s2"));
            assertThat(again.personOf("D-0/s2")).as("a new person does not take the split's id")
                    .isIn(ash, split.newPerson());

            // Taken back: the two sides are linked on their evidence again, and the log still verifies.
            PersonSplits.Outcome back = PersonSplits.revoke(store, ledger, again, split.leaf(), "supervisor-1",
                    "the brother was not there; it was him", CLOCK.instant());
            assertThat(back.split().isRevocation()).isTrue();
            assertThat(back.split().revokes()).isEqualTo(split.leaf());
            assertThat(back.moved()).extracting(PersonLink::mention).contains("C-2/s2");
            PersonIndex rejoined = PersonIndex.rebuild(store);
            assertThat(rejoined.personOf("C-2/s2")).isEqualTo(ash);
            assertThat(rejoined.personOf("D-1/s2")).isEqualTo(ash);
            assertThat(rejoined.unusedPersonId()).as("the split's id stays reserved").isNotEqualTo(split.newPerson());
            assertThatThrownBy(() -> PersonSplits.revoke(store, ledger, rejoined, split.leaf(), "supervisor-1", "again",
                    CLOCK.instant())).hasMessageContaining("already taken back");
            assertThatThrownBy(() -> PersonSplits.revoke(store, ledger, rejoined, 0, "supervisor-1", "not a split",
                    CLOCK.instant())).hasMessageContaining("no split of a person at log entry 0");
            assertThat(auditProblems(store)).isEmpty();
        }
    }

    /** The persons as stored are those of linking the store again, down to the next free id, merges and splits included. */
    @Test
    default void holdsThePersonsThatLinkingTheStoreAgainGives() throws Exception {
        try (ConcernStore store = store()) {
            Ledger ledger = Ledger.open(store, SIGNER, CLOCK);
            PersonIndex people = new PersonIndex();
            RecordParser parser = new RecordParser();
            // Known by his name and phone in one report and as "Kez" with his car in two more, then by all of it: the two
            // persons merge (as in PersonIndexTest).
            String[] suspects = {
                "{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"Kieran Lloyd\",\"born\":\"1976-03-04\","
                        + "\"phones\":[\"07700 900111\"]}",
                "{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"Kez\",\"age\":26,\"vehicles\":[{\"vrm\":\"R762 KLT\"}]}",
                "{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"Kez\",\"age\":27,\"vehicles\":[{\"vrm\":\"R762 KLT\"}]}",
                "{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"Kieran Lloyd\",\"born\":\"1976-03-04\","
                        + "\"phones\":[\"07700 900111\"],\"vehicles\":[{\"vrm\":\"R762 KLT\"}]}"};
            for (int i = 0; i < suspects.length; i++) {
                List<Submission> one = List.of(parser.parse(Lines.bytes("{\"type\":\"concern\",\"id\":\"K-" + i
                        + "\",\"received\":\"2003-0" + (i + 1) + "-01T10:00:00Z\",\"agency\":\"Police\","
                        + "\"author\":{\"id\":\"pol-1\"},\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\","
                        + "\"name\":\"Mia Thorn " + (char) ('A' + i) + "\",\"age\":14}," + suspects[i] + "]}")));
                ledger.commit(one, List.of(), people.link(one));
            }
            List<PersonMerge> merges = new ArrayList<>();
            store.forEachMerge(merges::add);
            assertThat(merges).as("the last report joined two persons").isNotEmpty();
            PersonSplits.split(store, ledger, people, List.of("K-2/s2"), "analyst-3", "another man", CLOCK.instant());
            PersonIndex relinked = PersonIndex.rebuild(store);
            org.vigil.people.StoredPersons stored = org.vigil.people.StoredPersons.of(store).orElseThrow();
            store.forEachMention(m -> {
                assertThat(stored.personOf(m.key())).as(m.key()).isEqualTo(relinked.personOf(m.key()));
                assertThat(stored.mentionsWith(m.key())).as(m.key()).isEqualTo(relinked.mentionsWith(m.key()));
            });
            assertThat(stored.unusedPersonId()).isEqualTo(relinked.unusedPersonId());
        }
    }

    @Test
    default void refusesASplitOfEveryMentionOrOfTwoPersonsAndWritesNothing() throws Exception {
        try (ConcernStore store = store()) {
            Ledger ledger = Ledger.open(store, SIGNER, CLOCK);
            PersonIndex people = new PersonIndex();
            List<Submission> batch = concerns("C-", 2);
            ledger.commit(batch, List.of(), people.link(batch));
            assertThatThrownBy(() -> PersonSplits.split(store, ledger, people, List.of("C-0/s2", "C-1/s2"), "analyst-3",
                    "all of him", CLOCK.instant())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("all 2 mentions");
            assertThatThrownBy(() -> PersonSplits.split(store, ledger, people, List.of("C-0/s1", "C-1/s2"), "analyst-3",
                    "two people", CLOCK.instant())).hasMessageContaining("two persons");
            assertThatThrownBy(() -> PersonSplits.split(store, ledger, people, List.of("C-1/s2"), "analyst-3", " ",
                    CLOCK.instant())).hasMessageContaining("reason");
            assertThatThrownBy(() -> PersonSplits.split(store, ledger, people, List.of("C-9/s2"), "analyst-3", "why",
                    CLOCK.instant())).hasMessageContaining("no mention C-9/s2");
            assertThat(store.logSize()).isEqualTo(2);
            List<PersonSplit> stored = new ArrayList<>();
            store.forEachSplit(stored::add);
            assertThat(stored).isEmpty();
        }
    }

    /**
     * Two ledgers over one store, as {@code vigil serve} and a command-line export run side by side: each takes its
     * turn after the other's, and the log verifies.
     */
    @Test
    default void twoWritersTakeTurnsWithoutBreakingTheLog() throws Exception {
        try (ConcernStore store = store()) {
            Ledger serving = Ledger.open(store, SIGNER, CLOCK);
            Ledger commandLine = Ledger.open(store, SIGNER, CLOCK);
            serving.commit(concerns("S-", 2), List.of());
            commandLine.log(new Access("analyst-3", "export persons", null, "weekly review"));
            long first = serving.commit(concerns("T-", 1), List.of(new Access("supervisor", "view person", "P-000001",
                    "case review")));
            assertThat(first).isEqualTo(3);
            assertThat(store.logSize()).isEqualTo(5);
            assertThat(auditProblems(store)).isEmpty();
        }
    }

    /**
     * Two processes with keys of their own (two hosts sharing one PostgreSQL store, each with its own data directory)
     * opened on an empty store: whichever signs first signs the log, and the other is refused, writing nothing, rather
     * than signing the next checkpoint with its own key and forking the log. A process opened later with another key
     * is refused at once.
     */
    @Test
    default void refusesToSignTheLogWithASecondKey() throws Exception {
        NoteSigner other = NoteSigner.generate("vigil.test/other");
        try (ConcernStore one = store(); ConcernStore two = again()) {
            Ledger first = Ledger.open(one, SIGNER, CLOCK);
            Ledger second = Ledger.open(two, other, CLOCK);
            first.commit(concerns("A-", 2), List.of());
            List<Submission> more = concerns("B-", 1);
            assertThatThrownBy(() -> second.commit(more, List.of())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("signed with another key").hasMessageContaining("vigil.test/other");
            assertThatThrownBy(() -> second.log(new Access("analyst", "export persons", null, "review")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("signed with another key");
            assertThatThrownBy(() -> Ledger.open(two, other, CLOCK)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("signed with another key");
            assertThat(one.logSize()).isEqualTo(2);
            first.log(new Access("analyst", "export persons", null, "review"));
            assertThat(one.logSize()).isEqualTo(3);
            assertThat(auditProblems(one)).isEmpty();
        }
    }
    /**
     * The writer lease is one connection's at a time (one process's): another waits for it, gets it once each of the
     * holder's leases is closed, and gets it when the holder's store is closed without giving it back (a process that
     * dies holding it leaves nothing locked).
     */
    @Test
    default void givesTheWriterLeaseToOneConnectionAtATime() throws Exception {
        try (ConcernStore serving = store(); ConcernStore commandLine = again()) {
            WriterLease first = serving.lease(Duration.ZERO).orElseThrow();
            WriterLease again = serving.lease(Duration.ZERO).orElseThrow();
            assertThat(commandLine.lease(Duration.ofMillis(120))).isEmpty();
            first.close();
            first.close();
            assertThat(commandLine.lease(Duration.ZERO)).as("still held by the second lease").isEmpty();
            again.close();
            assertThat(commandLine.lease(Duration.ZERO)).isPresent();
            assertThat(serving.lease(Duration.ZERO)).isEmpty();
            commandLine.close();
            assertThat(serving.lease(Duration.ofSeconds(2))).as("released with its store").isPresent();
        }
    }

    /**
     * Two ingests at once: the one that waited for the lease, once given it, commits a batch before it gives the lease
     * back to the other, which queued for it again at once. It gave it back before committing anything, and so waited
     * for another of the other's batches.
     */
    @Test
    default void anIngestThatWaitedCommitsABatchBeforeGivingTheLeaseBack(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(Lines.concernAbout("B-" + i, i));
        }
        Path file = Files.write(dir.resolve("batch.jsonl"), lines);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (ConcernStore other = store(); ConcernStore ingesting = again()) {
            WriterLease held = other.lease(Duration.ZERO).orElseThrow();
            CountDownLatch waiting = new CountDownLatch(1);
            Future<TakingTurns> starting = pool.submit(() -> TakingTurns.start(ingesting, Duration.ofSeconds(30),
                    waiting::countDown));
            assertThat(waiting.await(30, TimeUnit.SECONDS)).isTrue();
            held.close();
            TakingTurns turns = starting.get(30, TimeUnit.SECONDS);

            Future<Integer> storedWhenGivenBack = pool.submit(() -> {
                try (WriterLease again = other.lease(Duration.ofSeconds(30)).orElseThrow()) {
                    int[] stored = {0};
                    other.forEachRecordFrom(0, r -> stored[0]++);
                    return stored[0];
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!ingesting.othersWaiting()) {
                assertThat(System.nanoTime() - deadline).as("the other queued for the lease").isNegative();
                Thread.sleep(5);
            }
            Ledger ledger = Ledger.open(ingesting, SIGNER, CLOCK);
            List<FileSummary> ingested = new Ingest(ingesting, ledger, turns, dir.resolve("quarantine"),
                    new Ingest.Options(3, 1 << 20, 1 << 20), IngestListener.NONE).ingest(List.of(file));

            assertThat(storedWhenGivenBack.get(30, TimeUnit.SECONDS)).as("records committed before the lease went back")
                    .isPositive();
            assertThat(ingested.get(0).accepted()).isEqualTo(12);
            assertThat(turns.turns()).isPositive();
            assertThat(auditProblems(other)).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A NUL character ({@code \\u0000}, valid JSON, as a legacy export can leave in a name) in free text is stored as
     * received and read as U+FFFD, on both stores: PostgreSQL cannot keep the character in a text column, and once
     * failed the whole batch, and every batch after it. In an id or a ref, which must name one thing exactly, it is
     * refused, and the rest of the batch is stored.
     */
    @Test
    default void storesARecordWithANulInItsTextAsReceivedAndRefusesOneInAnIdOrARef(@TempDir Path dir) throws Exception {
        String agency = Lines.concernAbout("N-2", 2).replace("Youth Project", "Youth\\u0000Project");
        Path file = Files.write(dir.resolve("nul.jsonl"), List.of(Lines.concernAbout("N-1", 1), agency,
                Lines.concernAbout("N-3", 3).replace("Mo Marsh", "Mo\\u0000Marsh"),
                Lines.concernAbout("N-4\\u0000", 4), Lines.concernAbout("N-5", 5).replace("\"ref\":\"s1\"", "\"ref\":\"s\\u00001\""),
                Lines.concernAbout("N-6", 6)));
        try (ConcernStore store = store()) {
            Ledger ledger = Ledger.open(store, SIGNER, CLOCK);
            FileSummary summary = new Ingest(store, ledger, dir.resolve("quarantine"), Ingest.Options.DEFAULT,
                    IngestListener.NONE).ingest(List.of(file)).get(0);
            assertThat(summary.accepted()).isEqualTo(4);
            assertThat(summary.rejected()).isEqualTo(2);
            assertThat(Files.readAllLines(summary.quarantine())).anySatisfy(l -> assertThat(l)
                    .startsWith("4\t\"id\" holds a control character (U+0000)")).anySatisfy(l -> assertThat(l)
                    .startsWith("5\tsubjects[0].ref holds a NUL character"));
            Map<String, byte[]> raw = new LinkedHashMap<>();
            store.forEachRecord(r -> raw.put(r.id(), r.raw()));
            assertThat(raw.keySet()).containsExactly("N-1", "N-2", "N-3", "N-6");
            assertThat(new String(raw.get("N-2"), StandardCharsets.UTF_8)).isEqualTo(agency);
            List<String> names = new ArrayList<>();
            store.forEachMention(m -> names.add(m.name()));
            assertThat(names).contains("Mo\uFFFDMarsh D");
            assertThat(auditProblems(store)).isEmpty();
        }
    }

    /**
     * Two ids that differ only in half a surrogate pair (valid JSON, no character) were both written as "S-?": the
     * unique id failed the whole ingest, every valid record of the batch with it, and a second run too. Each is
     * quarantined on its own, the rest stored, and a second run changes nothing.
     */
    @Test
    default void quarantinesHalfASurrogatePairAndStoresTheRestOfItsBatch(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("surrogates.jsonl"), List.of(Lines.concernAbout("S-1", 1),
                Lines.concernAbout("S-\\ud800", 2), Lines.concernAbout("S-\\ud801", 3), Lines.concernAbout("S-4", 4)));
        try (ConcernStore store = store()) {
            Ledger ledger = Ledger.open(store, SIGNER, CLOCK);
            for (int run = 0; run < 2; run++) {
                FileSummary summary = new Ingest(store, ledger, dir.resolve("quarantine"), Ingest.Options.DEFAULT,
                        IngestListener.NONE).ingest(List.of(file)).get(0);
                assertThat(summary.accepted()).isEqualTo(run == 0 ? 2 : 0);
                assertThat(summary.rejected()).isEqualTo(2);
                assertThat(Files.readAllLines(summary.quarantine())).anySatisfy(l -> assertThat(l)
                        .startsWith("2\t\"id\" holds \\ud800")).anySatisfy(l -> assertThat(l)
                        .startsWith("3\t\"id\" holds \\ud801"));
            }
            List<String> ids = new ArrayList<>();
            store.forEachRecord(r -> ids.add(r.id()));
            assertThat(ids).containsExactly("S-1", "S-4");
            assertThat(auditProblems(store)).isEmpty();
        }
    }

    /**
     * The holder of the writer lease sees that another connection waits for it, for as long as it waits: a long
     * ingest gives the lease over between batches then, and only then.
     */
    @Test
    default void showsTheHolderThatAnotherWaitsForTheLease() throws Exception {
        try (ConcernStore ingesting = store(); ConcernStore serving = again()) {
            WriterLease lease = ingesting.lease(Duration.ZERO).orElseThrow();
            assertThat(ingesting.othersWaiting()).isFalse();
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Boolean> waited = pool.submit(() -> serving.lease(Duration.ofSeconds(30)).isPresent());
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!ingesting.othersWaiting() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(ingesting.othersWaiting()).as("the app waits").isTrue();
                lease.close();
                assertThat(waited.get(10, TimeUnit.SECONDS)).isTrue();
                assertThat(ingesting.othersWaiting()).as("it has the lease now").isFalse();
                assertThat(serving.lease(Duration.ZERO)).isPresent();
                assertThat(pool.submit(() -> ingesting.lease(Duration.ofMillis(200)).isPresent()).get()).isFalse();
                assertThat(serving.othersWaiting()).as("the ingest gave up waiting").isFalse();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * Two processes log accesses to one store at once (the web app's reads, and command-line exports beside it): each
     * entry that finds its index taken by the other's is numbered after it, nothing is lost, and the log verifies.
     */
    @Test
    default void takesAccessesLoggedByTwoProcessesAtOnce() throws Exception {
        int each = 40;
        try (ConcernStore one = store(); ConcernStore two = again()) {
            Ledger first = Ledger.open(one, SIGNER, CLOCK);
            first.commit(concerns("A-", 1), List.of());
            Ledger second = Ledger.open(two, SIGNER, CLOCK);
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (Ledger ledger : List.of(first, second)) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < each; i++) {
                            ledger.log(new Access("analyst-" + i, "export persons", null, "weekly review"));
                        }
                        return null;
                    }));
                }
                for (Future<?> run : runs) {
                    run.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(one.logSize()).isEqualTo(1 + 2 * each);
            List<AccessEvent> accesses = new ArrayList<>();
            one.forEachAccess(accesses::add);
            assertThat(accesses).hasSize(2 * each);
            assertThat(auditProblems(one)).isEmpty();
        }
    }

    /** Reads held at one moment do not see what another process commits meanwhile, and may not write. */
    @Test
    default void holdsReadsAtOneMoment() throws Exception {
        try (ConcernStore writing = store(); ConcernStore reading = again()) {
            Ledger ledger = Ledger.open(writing, SIGNER, CLOCK);
            ledger.commit(concerns("A-", 2), List.of());
            List<Submission> later = concerns("B-", 1);
            List<String> seen = reading.atOneMoment(() -> {
                List<String> ids = new ArrayList<>();
                reading.forEachRecord(r -> ids.add(r.id()));
                ledger.commit(later, List.of());
                reading.forEachRecord(r -> ids.add(r.id()));
                ids.add("size " + reading.logSize());
                return ids;
            });
            assertThat(seen).containsExactly("A-0", "A-1", "A-0", "A-1", "size 2");
            assertThat(reading.logSize()).as("after the moment").isEqualTo(3);
            Ledger readingLedger = Ledger.open(reading, SIGNER, CLOCK);
            List<Submission> more = concerns("C-", 1);
            assertThatThrownBy(() -> reading.atOneMoment(() -> readingLedger.commit(more, List.of())))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(reading.logSize()).isEqualTo(3);
        }
    }

    /**
     * What one process reads of the log while another commits to it is whole: its entry count equals its latest
     * checkpoint's size, and an audit finds nothing wrong (an oversight body verifying a store the app is serving).
     */
    @Test
    default void readsTheLogWholeWhileAnotherProcessCommits() throws Exception {
        try (ConcernStore writing = store(); ConcernStore reading = again()) {
            Ledger ledger = Ledger.open(writing, SIGNER, CLOCK);
            ledger.commit(concerns("A-", 2), List.of());
            AtomicBoolean done = new AtomicBoolean();
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> commits = pool.submit(() -> {
                    for (int i = 0; i < 150; i++) {
                        ledger.commit(concerns("B" + i + "-", 1), List.of(new Access("analyst", "read", "B" + i, "review")));
                    }
                    done.set(true);
                    return null;
                });
                int reads = 0;
                while (!done.get() || reads < 3) {
                    ConcernStore.LogHead head = reading.logHead();
                    assertThat(head.entries()).as("read %d", reads).isEqualTo(head.signed());
                    if (reads++ % 10 == 0) {
                        assertThat(auditProblems(reading)).as("audit %d", reads).isEmpty();
                    }
                }
                commits.get(60, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            assertThat(reading.logHead()).isEqualTo(new ConcernStore.LogHead(2 + 150 * 2, 2 + 150 * 2));
        }
    }

    @Test
    default void keepsEveryCheckpointInSizeOrder() throws Exception {
        try (ConcernStore store = store()) {
            Ledger ledger = Ledger.open(store, SIGNER, CLOCK);
            ledger.commit(concerns("A-", 3), List.of());
            ledger.commit(concerns("B-", 2), List.of());
            assertThat(store.checkpoints()).containsOnlyKeys(3L, 5L);
            assertThat(store.latestCheckpoint()).contains(store.checkpoints().get(5L));
            assertThat(store.latestCheckpoint().orElseThrow()).startsWith("vigil.test/contract\n5\n");
        }
    }
}
