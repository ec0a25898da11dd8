package org.vigil.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.Ingest;
import org.vigil.store.SqliteConcernStore;
import org.vigil.testing.Lines;
import org.vigil.testing.Workspace;

/** Tampering done straight in the database, behind Vigil's back, and what the audit says about it. */
class LogAuditTest {
    @TempDir
    Path dir;

    /** 40 concerns in batches of 10 (so 4 checkpoints), then one logged export at entry 40. */
    private Workspace loaded() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append(Lines.concern("C-" + i)).append('\n');
        }
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, text);
        Workspace w = new Workspace(dir.resolve("data"));
        w.ingest(new Ingest.Options(10, 1 << 20, 64 << 20)).ingest(file);
        w.ledger.log(new Access("analyst-3", "export persons", null, "weekly review"));
        return w;
    }

    private void tamper(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data").resolve(SqliteConcernStore.FILE_NAME));
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                assertThat(s.executeUpdate(sql)).as(sql).isPositive();
            }
        }
    }

    private List<String> problemsAfter(String... statements) throws Exception {
        loaded().close();
        tamper(statements);
        try (SqliteConcernStore store = SqliteConcernStore.open(dir.resolve("data"))) {
            return new LogAudit(store, org.vigil.log.NoteVerifier.fromVkey(Workspace.SIGNER.vkey()),
                    Workspace.SIGNER.name()).run().problems();
        }
    }

    @Test
    void passesAnUntouchedStore() throws Exception {
        try (Workspace w = loaded()) {
            AuditReport report = w.audit().run();
            assertThat(report.problems()).isEmpty();
            assertThat(report.entries()).isEqualTo(41);
            assertThat(report.records()).isEqualTo(40);
            assertThat(report.accesses()).isEqualTo(1);
            assertThat(report.checkpoints()).isEqualTo(5);
        }
    }

    @Test
    void namesARecordEditedAfterItWasLogged() throws Exception {
        assertThat(problemsAfter("UPDATE record SET raw = CAST(REPLACE(CAST(raw AS TEXT), 'Star Pizza', 'Star Kebab') AS BLOB)"
                + " WHERE id = 'C-7'"))
                .containsExactly("record C-7 (log entry 7) no longer matches its commitment: it was altered after it was logged");
    }

    @Test
    void namesARecordDeletedFromTheStore() throws Exception {
        assertThat(problemsAfter("DELETE FROM record WHERE id = 'C-12'"))
                .containsExactly("record C-12 logged at entry 12 is missing from the store");
    }

    @Test
    void namesAMentionEditedInTheStoreThatItsRecordDoesNotHold() throws Exception {
        assertThat(problemsAfter("UPDATE mention SET name = 'Bob' WHERE ref = 's2' AND leaf = (SELECT leaf FROM record WHERE id = 'C-7')"))
                .containsExactly("concern C-7 (log entry 7): its mentions in the store are not those of the record as"
                        + " received: they were altered after it was logged");
    }

    @Test
    void namesAConcernWhoseMentionsWereDeletedFromTheStore() throws Exception {
        assertThat(problemsAfter("DELETE FROM mention WHERE leaf = (SELECT leaf FROM record WHERE id = 'C-3')"))
                .containsExactly("concern C-3 (log entry 3): its mentions in the store are not those of the record as"
                        + " received: they were altered after it was logged");
    }

    @Test
    void namesAConcernsRowEditedInTheQueryTables() throws Exception {
        assertThat(problemsAfter("UPDATE concern SET agency = 'Police' WHERE leaf = 7"))
                .containsExactly("concern C-7 (log entry 7): its row in the store's concern table is not the record as"
                        + " received: it was altered after it was logged");
    }

    @Test
    void namesEveryRecordWhoseRowWasEditedInTheOrderOfTheLog() throws Exception {
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            expected.add("concern C-" + i + " (log entry " + i + "): its row in the store's concern table is not the"
                    + " record as received: it was altered after it was logged");
        }
        assertThat(problemsAfter("UPDATE concern SET author_name = 'R. Hale'")).containsExactlyElementsOf(expected);
    }

    @Test
    void namesAMentionsPhoneAndAPlaceEditedInTheQueryTables() throws Exception {
        assertThat(problemsAfter("UPDATE mention SET phones = '[\"07700 900999\"]' WHERE leaf = 5 AND ref = 's2'",
                "UPDATE place SET name = 'Star Kebab' WHERE leaf = 9"))
                .containsExactly("concern C-5 (log entry 5): its mentions in the store are not those of the record as"
                        + " received: they were altered after it was logged",
                        "concern C-9 (log entry 9): its places in the store are not those of the record as received:"
                        + " they were altered after it was logged");
    }

    @Test
    void namesRowsAddedForALogEntryThatIsNoRecord() throws Exception {
        // Entry 40 is the logged export, not a concern.
        assertThat(problemsAfter("INSERT INTO place (leaf, ref, kind, name) VALUES (40, 'p9', 'hotel', 'Grand')",
                "INSERT INTO place (leaf, ref, kind, name) VALUES (41, 'p9', 'hotel', 'Grand')"))
                .containsExactly("the store's query tables hold rows for log entry 41, beyond the log of 41 entries:"
                        + " they were added behind its back",
                        "the store's query tables hold rows for log entry 40, which no stored concern or decision is"
                        + " at: they were added behind its back, or its record was deleted");
    }

    @Test
    void namesADecisionsRowEditedInTheQueryTables() throws Exception {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, Lines.concern("C-1") + "\n" + Lines.decision("D-1", "C-1") + "\n");
        try (Workspace w = new Workspace(dir.resolve("data"))) {
            w.ingest(Ingest.Options.DEFAULT).ingest(file);
        }
        tamper("UPDATE decision SET outcome = 'arrest' WHERE leaf = 1");
        try (SqliteConcernStore store = SqliteConcernStore.open(dir.resolve("data"))) {
            assertThat(new LogAudit(store, org.vigil.log.NoteVerifier.fromVkey(Workspace.SIGNER.vkey()),
                    Workspace.SIGNER.name()).run().problems())
                    .containsExactly("decision D-1 (log entry 1): its row in the store's decision table is not the"
                            + " record as received: it was altered after it was logged");
        }
    }

    @Test
    void namesALogEntryEditedInPlace() throws Exception {
        assertThat(problemsAfter("UPDATE log_entry SET entry = CAST(REPLACE(CAST(entry AS TEXT), 'by yp-07', 'by yp-08')"
                + " AS BLOB) WHERE idx = 25"))
                .contains("stored hash tile 0/0 differs from the tree rebuilt from the entries: log entry 25 was"
                        + " altered after it was logged")
                .anyMatch(p -> p.startsWith("checkpoint for tree size 30 is not consistent with today's tree"))
                .noneMatch(p -> p.startsWith("checkpoint for tree size 20 "));
    }

    @Test
    void namesADeletedLogEntry() throws Exception {
        assertThat(problemsAfter("DELETE FROM log_entry WHERE idx = 3"))
                .containsExactly("log entry 3 is missing from the store",
                        "record C-3 claims log entry 3, which does not record it");
    }

    /** An entry moved far beyond the log is one gap, named once, not a problem for every index up to it. */
    @Test
    void namesAnEntryMovedFarOutOfPlaceOnce() throws Exception {
        List<String> problems = problemsAfter("UPDATE log_entry SET idx = 1000000000000 WHERE idx = 40");
        assertThat(problems).contains("log entries 40 to 999999999999 are missing from the store",
                "access event (export persons) logged at entry 1000000000000 is missing from the store");
        assertThat(problems).hasSizeLessThan(10);
    }

    @Test
    void namesEntriesCutFromTheEndAgainstEveryCheckpointThatCoveredThem() throws Exception {
        assertThat(problemsAfter("DELETE FROM log_entry WHERE idx >= 35", "DELETE FROM record WHERE leaf >= 35"))
                .contains("checkpoint for tree size 40 is beyond the log, which has 35 entries: entries were removed",
                        "checkpoint for tree size 41 is beyond the log, which has 35 entries: entries were removed");
    }

    @Test
    void namesAnExtraEntryNoCheckpointCovers() throws Exception {
        assertThat(problemsAfter("INSERT INTO log_entry (idx, entry) VALUES (41, CAST('vigil/entry/v1 record\nid X\n' AS BLOB))"))
                .contains("log entries 41 to 41 are beyond the latest checkpoint (tree size 41): they were added without"
                        + " being signed");
    }

    @Test
    void namesAForgedCheckpoint() throws Exception {
        assertThat(problemsAfter("UPDATE checkpoint SET note = REPLACE(note, char(10) || '20' || char(10), char(10) || '21'"
                + " || char(10)) WHERE size = 20"))
                .singleElement().asString().startsWith("checkpoint for tree size 20 does not verify with the log's key");
    }

    @Test
    void namesAnAlteredAccessEvent() throws Exception {
        assertThat(problemsAfter("UPDATE access_event SET body = CAST(REPLACE(CAST(body AS TEXT), 'weekly review', 'nothing')"
                + " AS BLOB)"))
                .containsExactly("access event at log entry 40 (export persons by analyst-3) was altered after it was logged");
    }

    /** The columns that exports and the "who knew" page read are checked against what was logged, not only the bytes. */
    @Test
    void namesAStoredEventTimeOrAccessorThatIsNotWhatWasLogged() throws Exception {
        assertThat(problemsAfter("UPDATE record SET event_us = event_us + 31536000000000 WHERE id = 'C-5'",
                "UPDATE access_event SET actor = 'bob', reason = 'routine'"))
                .containsExactly("record C-5 (log entry 5): its stored type or event time is not the record's: they were"
                                + " altered after it was logged",
                        "access event at log entry 40: who, what, of what, why or when as stored (export persons by bob)"
                                + " is not what was logged: altered after it was logged");
    }

    /**
     * "Who knew" about a concern finds a page that showed it through the index of what each access showed: a row taken
     * out would hide the reader, one put in or changed would name a reader who never saw it, and a value stored as
     * another type would match no lookup. The audit checks the index against the count and digest each event commits to.
     */
    @Test
    void namesAnIndexOfWhatAccessesShowedThatIsNotWhatTheyListed() throws Exception {
        String problem = "the index of what the access at log entry 41 showed is not the list its event commits to";
        String[][] tampering = {
            {"DELETE FROM access_shown WHERE target = 'C-4'", problem},
            {"UPDATE access_shown SET target = 'C-9' WHERE target = 'C-4'", problem},
            {"INSERT INTO access_shown (leaf, pos, target) VALUES (41, 3, 'C-9')", problem},
            {"UPDATE access_shown SET pos = 5 - pos", problem},
            {"UPDATE access_shown SET target = CAST(target AS BLOB) WHERE target = 'C-4'",
                "the index of what accesses showed holds rows of log entry 41 that are not"},
            {"UPDATE access_shown SET leaf = leaf + 0.25 WHERE target = 'C-4'",
                "the index of what accesses showed holds rows that are not"},
            {"INSERT INTO access_shown (leaf, pos, target) VALUES (40, 0, 'C-9')",
                "the index of what accesses showed holds 1 rows for log entry 40, whose access event lists nothing"},
            {"DELETE FROM access_shown", "the index of what the access at log entry 41 showed has no rows"},
            {"UPDATE access_event SET target = CAST(target AS BLOB) WHERE leaf = 41",
                "access event at log entry 41: who, what, of what, why or when as stored"},
        };
        for (String[] t : tampering) {
            try (Workspace w = loaded()) {
                w.ledger.log(new Access("analyst-4", "view person", "P-000001", "case work", List.of("C-3", "C-4", "P-2")));
                assertThat(w.audit().run().problems()).isEmpty();
                assertThat(w.store.accessesTo(List.of("C-4"))).singleElement()
                        .satisfies(a -> assertThat(a.actor()).isEqualTo("analyst-4"));
            }
            tamper(t[0]);
            try (SqliteConcernStore store = SqliteConcernStore.open(dir.resolve("data"))) {
                assertThat(new LogAudit(store, org.vigil.log.NoteVerifier.fromVkey(Workspace.SIGNER.vkey()),
                        Workspace.SIGNER.name()).run().problems()).as(t[0]).anySatisfy(p -> assertThat(p).startsWith(t[1]));
            }
            try (java.util.stream.Stream<Path> files = Files.walk(dir.resolve("data"))) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void namesAnAlteredSplitOfAPerson() throws Exception {
        try (Workspace w = loaded()) {
            org.vigil.people.PersonIndex people = org.vigil.people.PersonIndex.rebuild(w.store);
            org.vigil.people.PersonSplits.split(w.store, w.ledger, people, List.of("C-39/s2"), "analyst-3",
                    "a different man", java.time.Instant.parse("2026-11-30T10:00:00Z"));
            assertThat(w.audit().run().problems()).isEmpty();
        }
        tamper("UPDATE person_split SET body = CAST(REPLACE(CAST(body AS TEXT), 'C-39/s2', 'C-38/s2') AS BLOB)");
        try (SqliteConcernStore store = SqliteConcernStore.open(dir.resolve("data"))) {
            assertThat(new LogAudit(store, org.vigil.log.NoteVerifier.fromVkey(Workspace.SIGNER.vkey()),
                    Workspace.SIGNER.name()).run().problems())
                    .singleElement().asString().matches("split of P-\\d{6} \\(log entry 41\\) was altered after it was logged");
        }
        // A body that is no longer a decision at all is named too, and linking refuses to guess what it said.
        tamper("UPDATE person_split SET body = CAST('not a decision' AS BLOB)");
        try (SqliteConcernStore store = SqliteConcernStore.open(dir.resolve("data"))) {
            assertThat(new LogAudit(store, org.vigil.log.NoteVerifier.fromVkey(Workspace.SIGNER.vkey()),
                    Workspace.SIGNER.name()).run().problems())
                    .singleElement().asString().matches("split of P-\\d{6} \\(log entry 41\\) was altered after it was logged");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.vigil.people.PersonIndex.rebuild(store))
                    .hasMessageContaining("run vigil verify");
        }
    }

    /** Audited with another log's key, every checkpoint fails: the first problem says so, rather than only tampering. */
    @Test
    void saysWhenNoCheckpointVerifiesWithTheKeyGiven() throws Exception {
        try (Workspace w = loaded()) {
            org.vigil.log.NoteSigner other = org.vigil.log.NoteSigner.generate("vigil.test/another-log");
            List<String> problems = new LogAudit(w.store, org.vigil.log.NoteVerifier.fromVkey(other.vkey()),
                    other.name()).run().problems();
            assertThat(problems.get(0)).contains("no checkpoint verifies with this data directory's key")
                    .contains("signed as " + Workspace.SIGNER.name()).contains("log.key");
            assertThat(problems).anyMatch(p -> p.contains("does not verify with the log's key"));
            assertThat(w.audit().run().problems()).as("with its own key").isEmpty();
        }
    }

    @Test
    void namesEachOfSeveralChanges() throws Exception {
        assertThat(problemsAfter("DELETE FROM record WHERE id = 'C-1'",
                "UPDATE record SET raw = CAST(REPLACE(CAST(raw AS TEXT), 'Ash', 'Ashley') AS BLOB) WHERE id = 'C-2'",
                "DELETE FROM access_event"))
                .containsExactlyInAnyOrder("record C-1 logged at entry 1 is missing from the store",
                        "record C-2 (log entry 2) no longer matches its commitment: it was altered after it was logged",
                        "access event (export persons) logged at entry 40 is missing from the store");
    }
}
