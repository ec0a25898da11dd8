package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ledger.Access;
import org.vigil.log.NoteVerifier;
import org.vigil.log.Receipt;
import org.vigil.store.SqliteConcernStore;
import org.vigil.store.WriterLease;

/** The commands of spec §3 as a user runs them, in process, on the embedded store. */
class CommandLineTest {
    @TempDir
    Path dir;
    Path data;
    Path input;

    private static CliRun vigil(String... args) {
        return CliRun.of(args);
    }

    /** What a command wrote to standard output, saved in a file of the test's folder, as a user would keep it. */
    private Path saved(String name, CliRun run) throws Exception {
        assertThat(run.status()).as(run.err()).isZero();
        return Files.writeString(dir.resolve(name), run.out());
    }

    private static String concern(String id, String suspect, String phone) {
        return "{\"type\":\"concern\",\"id\":\"" + id + "\",\"received\":\"2004-02-02T11:00:00Z\",\"agency\":\"Youth Project\","
                + "\"author\":{\"id\":\"yp-07\"},\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"Jade " + id
                + "\",\"age\":14},{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"" + suspect + "\",\"phones\":[\"" + phone
                + "\"]}],\"indicators\":[\"older_partner\"]}";
    }

    @BeforeEach
    void ingest() throws Exception {
        data = dir.resolve("data");
        input = dir.resolve("in.jsonl");
        Files.writeString(input, String.join("\n", concern("A-1", "Daz", "07700 900123"), "{oops",
                concern("A-2", "Darren Pike", "+44 7700 900123"), "{\"type\":\"decision\",\"id\":\"D-1\",\"concern\":\"A-1\","
                        + "\"at\":\"2004-02-09T11:00:00Z\",\"by\":{\"id\":\"pol-1\"},\"outcome\":\"no_further_action\","
                        + "\"reason\":\"no complaint\"}") + "\n", StandardCharsets.UTF_8);
        CliRun run = vigil("ingest", "--data", data.toString(), input.toString());
        assertThat(run.status()).isEqualTo(ExitCode.REJECTED);
        assertThat(run.err()).contains("3 accepted").contains("1 rejected").containsPattern("in\\.jsonl\\.[0-9a-f]{8}\\.rejected\\.tsv");
    }

    /**
     * {@code vigil serve} holds the store's writer lease while it takes in a submission: an ingest beside it waits,
     * saying so, and links its records once the lease is free, against every person the store then holds.
     */
    @Test
    void anIngestWaitsWhileAnotherProcessIsAddingRecords() throws Exception {
        Path more = Files.writeString(dir.resolve("more.jsonl"), concern("A-3", "Dazza", "07700 900999") + "\n");
        CompletableFuture<CliRun> run;
        try (SqliteConcernStore serving = SqliteConcernStore.open(data);
             WriterLease held = serving.lease(Duration.ZERO).orElseThrow()) {
            run = CompletableFuture.supplyAsync(() -> vigil("ingest", "--data", data.toString(), more.toString()));
            Thread.sleep(1_000);
            assertThat(run).as("waiting for the lease").isNotDone();
        }
        CliRun done = run.get(60, TimeUnit.SECONDS);
        assertThat(done.status()).as(done.err()).isZero();
        assertThat(done.err()).contains("another process is adding records to this store").contains("waiting for it")
                .contains("1 accepted");
    }

    @Test
    void quarantinesTheBadLineAndAReRunChangesNothing() throws Exception {
        Path quarantine;
        try (var files = Files.list(data.resolve("quarantine"))) {
            quarantine = files.collect(java.util.stream.Collectors.toList()).get(0);
        }
        assertThat(Files.readAllLines(quarantine).get(1)).startsWith("2\tnot valid JSON").endsWith("\t{oops");
        String checkpoint = vigil("checkpoint", "--data", data.toString()).out();
        CliRun again = vigil("ingest", "--data", data.toString(), input.toString());
        assertThat(again.status()).isEqualTo(ExitCode.REJECTED);
        assertThat(again.err()).contains("0 accepted, 3 already stored");
        assertThat(vigil("checkpoint", "--data", data.toString()).out()).isEqualTo(checkpoint);
    }

    @Test
    void verifiesAndIssuesAReceiptThatChecksOfflineWithTheKey() throws Exception {
        CliRun verify = vigil("verify", "--data", data.toString());
        assertThat(verify.status()).isZero();
        assertThat(verify.out()).startsWith("ok: 3 log entries, 3 records");
        String key = vigil("key", "--data", data.toString()).out().strip();
        CliRun receipt = vigil("receipt", "--data", data.toString(), "A-2");
        assertThat(receipt.out()).startsWith("c2sp.org/tlog-proof@v1\nextra ");
        assertThat(Receipt.parse(receipt.out()).check(NoteVerifier.fromVkey(key)).size()).isEqualTo(3);
        assertThat(vigil("receipt", "--data", data.toString(), "NOPE").status()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(vigil("checkpoint", "--data", data.toString()).out()).as("the receipt's request is logged, NOPE's not")
                .startsWith(key.split("\\+")[0] + "\n4\n");
        try (SqliteConcernStore store = SqliteConcernStore.open(data)) {
            assertThat(store.accessesTo(List.of("A-2"))).singleElement().satisfies(a -> assertThat(a.action())
                    .isEqualTo("receipt"));
        }
        CliRun consistency = vigil("consistency", "--data", data.toString(), "1");
        assertThat(consistency.status()).isZero();
        assertThat(consistency.out().lines()).allMatch(l -> l.matches("[A-Za-z0-9+/]{43}="));
        assertThat(vigil("consistency", "--data", data.toString(), "1", "99").status()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void checksAReceiptAgainstTheKeyOfTheDataDirectoryWhenGivenNoKeyAsEveryCommandTakesData() throws Exception {
        Path receipt = saved("A-2.tlog-proof", vigil("receipt", "--data", data.toString(), "A-2"));
        CliRun ok = vigil("check-receipt", "--data", data.toString(), receipt.toString());
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("ok: entry 1 of ");
        String otherKey = vigil("key", "--data", dir.resolve("other").toString()).out();
        assertThat(vigil("check-receipt", "--data", dir.resolve("other").toString(), receipt.toString()).status())
                .isEqualTo(ExitCode.TAMPERED);
        CliRun none = vigil("check-receipt", "--data", dir.resolve("none").toString(), receipt.toString());
        assertThat(none.status()).isEqualTo(ExitCode.USAGE);
        assertThat(none.err()).contains("--key");
        assertThat(dir.resolve("none")).as("no key is made where there was none").doesNotExist();
        assertThat(otherKey).isNotBlank();
    }

    /** DIR/log.key is the file a user finds beside the store; it is the signing key, and none of it is printed. */
    @Test
    void checkReceiptGivenTheLogsPrivateKeySaysSoWithoutPrintingIt() throws Exception {
        Path receipt = saved("A-2.tlog-proof", vigil("receipt", "--data", data.toString(), "A-2"));
        Path logKey = data.resolve("log.key");
        String secret = Files.readString(logKey).strip();
        // PRIVATE+KEY+name+id+base64: the base64 may itself hold '+', so the key is everything after the fourth.
        String keyMaterial = secret.split("\\+", 5)[4];
        assertThat(keyMaterial).hasSizeGreaterThan(40);
        for (String given : List.of(logKey.toString(), secret)) {
            CliRun run = vigil("check-receipt", receipt.toString(), "--key", given);
            assertThat(run.status()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("private signing key, not its verifier key").contains("vigil key")
                    .doesNotContain(keyMaterial);
        }
    }

    @Test
    void checksAReceiptWithNoStoreAgainstTheKeyAndTheRecordAsSent() throws Exception {
        Path receipt = saved("A-2.tlog-proof", vigil("receipt", "--data", data.toString(), "A-2"));
        Path key = saved("vigil.vkey", vigil("key", "--data", data.toString()));
        Path sent = dir.resolve("sent.jsonl");
        Files.writeString(sent, Files.readAllLines(input).get(2) + "\r\n");

        CliRun ok = vigil("check-receipt", receipt.toString(), "--key", key.toString(), "--record", sent.toString());
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("ok: entry 1 of ").contains("record concern A-2, by yp-07, at 2004-02-02T11:00:00Z")
                .contains("is the one committed to");
        assertThat(vigil("check-receipt", receipt.toString(), "--key", Files.readString(key).strip()).status()).isZero();
        Path windows = Files.writeString(dir.resolve("windows.tlog-proof"), Files.readString(receipt).replace("\n", "\r\n"));
        CliRun crlf = vigil("check-receipt", windows.toString(), "--key", key.toString());
        assertThat(crlf.status()).as(crlf.err()).isZero();
        assertThat(crlf.err()).contains("has Windows line endings (CRLF)").contains("other tools may refuse it");

        Files.writeString(sent, Files.readAllLines(input).get(2).replace("Darren", "Daren"));
        CliRun changed = vigil("check-receipt", receipt.toString(), "--key", key.toString(), "--record", sent.toString());
        assertThat(changed.status()).isEqualTo(ExitCode.TAMPERED);
        assertThat(changed.err()).contains("is not the record it commits to");

        List<String> lines = new ArrayList<>(Files.readAllLines(receipt));
        lines.set(3, lines.get(3).startsWith("A") ? "B" + lines.get(3).substring(1) : "A" + lines.get(3).substring(1));
        Path forged = dir.resolve("forged.tlog-proof");
        Files.writeString(forged, String.join("\n", lines) + "\n");
        CliRun bad = vigil("check-receipt", forged.toString(), "--key", key.toString());
        assertThat(bad.status()).isEqualTo(ExitCode.TAMPERED);
        assertThat(bad.err()).contains("does not verify");

        String otherKey = vigil("key", "--data", dir.resolve("other").toString()).out();
        CliRun wrongKey = vigil("check-receipt", receipt.toString(), "--key", otherKey.strip());
        assertThat(wrongKey.status()).isEqualTo(ExitCode.TAMPERED);
        assertThat(vigil("check-receipt", input.toString(), "--key", key.toString()).err()).contains("is not a Vigil receipt");
    }

    @Test
    void checksThatALaterCheckpointStillHoldsTheReceiptsTree() throws Exception {
        Path receipt = saved("A-1.tlog-proof", vigil("receipt", "--data", data.toString(), "A-1"));
        Path key = saved("vigil.vkey", vigil("key", "--data", data.toString()));
        Path more = dir.resolve("more.jsonl");
        Files.writeString(more, concern("A-3", "Daz", "07700 900123") + "\n" + concern("A-4", "Daz", "07700 900123") + "\n");
        assertThat(vigil("ingest", "--data", data.toString(), more.toString()).status()).isZero();
        Path later = saved("later.checkpoint", vigil("checkpoint", "--data", data.toString()));
        // 3 records, the receipt's request (logged once the receipt was made), and 2 more records
        Path proof = saved("3-6.proof", vigil("consistency", "--data", data.toString(), "3", "6"));

        CliRun ok = vigil("check-receipt", receipt.toString(), "--key", key.toString(), "--later", later.toString(),
                "--proof", proof.toString());
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("the later checkpoint of 6 entries still holds the receipt's tree of 3");

        Files.writeString(proof, vigil("consistency", "--data", data.toString(), "2", "6").out());
        CliRun wrong = vigil("check-receipt", receipt.toString(), "--key", key.toString(), "--later", later.toString(),
                "--proof", proof.toString());
        assertThat(wrong.status()).isEqualTo(ExitCode.TAMPERED);
        assertThat(wrong.err()).contains("does not extend");
    }

    /** A partner's later receipt is a later signed checkpoint too, as verify --checkpoint takes it. */
    @Test
    void aLaterReceiptServesAsTheLaterCheckpoint() throws Exception {
        Path receipt = saved("A-1.tlog-proof", vigil("receipt", "--data", data.toString(), "A-1"));
        Path key = saved("vigil.vkey", vigil("key", "--data", data.toString()));
        Path more = dir.resolve("more.jsonl");
        Files.writeString(more, concern("A-3", "Daz", "07700 900123") + "\n");
        assertThat(vigil("ingest", "--data", data.toString(), more.toString()).status()).isZero();
        // 3 records, the first receipt's request and A-3: the later receipt is issued under a checkpoint of 5
        Path later = saved("A-3.tlog-proof", vigil("receipt", "--data", data.toString(), "A-3"));
        Path proof = saved("3-5.proof", vigil("consistency", "--data", data.toString(), "3", "5"));

        CliRun ok = vigil("check-receipt", receipt.toString(), "--key", key.toString(), "--later", later.toString(),
                "--proof", proof.toString());
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("the later checkpoint of 5 entries still holds the receipt's tree of 3");
    }

    @Test
    void exportsEveryMentionInExactlyOnePersonAndLogsTheExport() throws Exception {
        CliRun export = vigil("export", "persons", "--data", data.toString(), "--as", "analyst-3", "--reason", "case review");
        assertThat(export.status()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<String> mentions = new ArrayList<>();
        Set<String> persons = new HashSet<>();
        for (String line : export.out().lines().toList()) {
            JsonNode person = json.readTree(line);
            assertThat(persons.add(person.get("person").asText())).isTrue();
            person.get("mentions").forEach(m -> mentions.add(m.asText()));
            assertThat(person.get("roles").size()).isPositive();
        }
        assertThat(mentions).containsExactlyInAnyOrder("A-1/s1", "A-1/s2", "A-2/s1", "A-2/s2");
        assertThat(vigil("verify", "--data", data.toString()).out()).contains("1 access event and");
    }

    @Test
    void explainsAPairAsAWaterfallOfMatchWeights() {
        CliRun explain = vigil("explain", "--data", data.toString(), "A-1/s2", "A-2/s2");
        assertThat(explain.status()).isZero();
        assertThat(explain.out()).containsIgnoringCase("prior").containsIgnoringCase("phone")
                .contains("A-1/s2 is P-");
        assertThat(vigil("explain", "--data", data.toString(), "A-1/s2", "Z-9/s1").status()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(explain.out()).as("a person of two mentions: every mention counted").doesNotContain("term frequencies");
    }

    /** "Who knew" looks a person or concern up by its mentions' keys: the explain is logged against each of the two. */
    @Test
    void explainIsLoggedAsAnAccessToEachMentionItShows() throws Exception {
        CliRun explain = vigil("explain", "--data", data.toString(), "--as", "analyst", "--reason", "linkage query",
                "A-1/s2", "A-2/s2");
        assertThat(explain.status()).as(explain.err()).isZero();
        try (SqliteConcernStore store = SqliteConcernStore.open(data)) {
            for (String mention : List.of("A-1/s2", "A-2/s2")) {
                assertThat(store.accessesTo(List.of(mention))).as(mention).singleElement().satisfies(a -> {
                    assertThat(a.action()).isEqualTo("explain");
                    assertThat(a.actor()).isEqualTo("analyst");
                    assertThat(a.reason()).isEqualTo("linkage query");
                });
            }
        }
    }

    @Test
    void explainsThatAPersonNamedOftenIsLeftOutOfTheFrequencies() throws Exception {
        List<String> more = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            more.add(concern("B-" + i, "Daz", "07700 900123"));
        }
        Path file = Files.writeString(dir.resolve("more.jsonl"), String.join("\n", more) + "\n");
        assertThat(vigil("ingest", "--data", data.toString(), file.toString()).status()).isZero();
        CliRun explain = vigil("explain", "--data", data.toString(), "A-1/s2", "B-39/s2");
        assertThat(explain.status()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("counted without the other mentions of the earlier mention's person (42 in all)")
                .contains("the same person");
    }

    /** The person of each mention, as {@code export persons} (with {@code more} arguments) writes them. */
    private java.util.Map<String, String> personsOfMentions(String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("export", "persons", "--data", data.toString()));
        args.addAll(List.of(more));
        CliRun export = vigil(args.toArray(String[]::new));
        assertThat(export.status()).as(export.err()).isZero();
        java.util.Map<String, String> personOf = new java.util.HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : export.out().lines().toList()) {
            JsonNode person = json.readTree(line);
            person.get("mentions").forEach(m -> personOf.put(m.asText(), person.get("person").asText()));
        }
        return personOf;
    }

    @Test
    void splitsAPersonWithAReasonAndEveryExportKeepsTheTwoApart() throws Exception {
        java.util.Map<String, String> before = personsOfMentions();
        assertThat(before.get("A-2/s2")).as("Daz and Darren Pike share a phone").isEqualTo(before.get("A-1/s2"));
        assertThat(vigil("split", "--data", data.toString(), "A-2/s2").status()).as("a reason is required")
                .isEqualTo(ExitCode.USAGE);
        assertThat(vigil("split", "--data", data.toString(), "--reason", "both", "A-1/s2", "A-2/s2").err())
                .contains("all 2 mentions");

        String checkpoint = vigil("checkpoint", "--data", data.toString()).out();
        CliRun preview = vigil("split", "--data", data.toString(), "--reason", "trying it", "--dry-run", "A-2/s2");
        assertThat(preview.status()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("would be split (a dry run: nothing was logged)")
                .contains("A-2/s2 would be P-");
        assertThat(vigil("checkpoint", "--data", data.toString()).out()).as("nothing logged").isEqualTo(checkpoint);
        assertThat(personsOfMentions().get("A-2/s2")).isEqualTo(before.get("A-1/s2"));

        CliRun split = vigil("split", "--data", data.toString(), "--as", "analyst-3", "--reason",
                "Darren Pike is Daz's father; the phone is the family's", "A-2/s2");
        assertThat(split.status()).as(split.err()).isZero();
        String kept = before.get("A-1/s2");
        assertThat(split.out()).startsWith(kept + " split at log entry 5: 1 mention stays " + kept + ", 1 now P-")
                .contains("A-2/s2 is now P-");
        java.util.Map<String, String> after = personsOfMentions();
        assertThat(after.get("A-1/s2")).isEqualTo(kept);
        assertThat(after.get("A-2/s2")).isNotEqualTo(kept).startsWith("P-");
        assertThat(after.get("A-1/s1")).isEqualTo(before.get("A-1/s1"));
        java.util.Map<String, String> asOf = personsOfMentions("--as-of", "2004-03-01T00:00:00Z");
        assertThat(asOf.get("A-2/s2")).as("a replay in event time obeys the split too").isEqualTo(after.get("A-2/s2"));
        CliRun explain = vigil("explain", "--data", data.toString(), "A-1/s2", "A-2/s2");
        assertThat(explain.out()).contains("different persons");
        CliRun verify = vigil("verify", "--data", data.toString());
        assertThat(verify.status()).as(verify.out() + verify.err()).isZero();
        assertThat(vigil("split", "--data", data.toString(), "--reason", "again", "A-2/s2").err())
                .as("the split-off side is one mention now").contains("all 1 mentions");

        CliRun unsplit = vigil("unsplit", "--data", data.toString(), "--as", "supervisor-1", "--reason",
                "Darren Pike is Daz: the father was abroad", "5");
        assertThat(unsplit.status()).as(unsplit.err()).isZero();
        assertThat(unsplit.out()).startsWith("the split of " + kept + " at log entry 5 is taken back at log entry ")
                .contains("A-2/s2 is now " + kept);
        assertThat(personsOfMentions().get("A-2/s2")).isEqualTo(kept);
        assertThat(vigil("unsplit", "--data", data.toString(), "--reason", "twice", "5").status())
                .isEqualTo(ExitCode.USAGE);
        assertThat(vigil("verify", "--data", data.toString()).status()).isZero();
    }

    /**
     * Spec §3: an export's replay of the store says how far it is, then what it does next, on standard error when it
     * is a terminal or as --progress asks; under the build standard error is no terminal, so by default nothing. What
     * is written on standard output is the same either way.
     */
    @Test
    void exportsShowHowFarTheReplayOfTheStoreIsOnlyWhenAskedAndWriteTheSame() {
        List<List<String>> exports = List.of(List.of("persons", "wrote 2 persons"),
                List.of("alerts", "writing the alerts"), List.of("priorities", "ranking the priorities"));
        for (List<String> export : exports) {
            // As of a day before the decision: two of the three records are replayed.
            List<String> args = new ArrayList<>(List.of("export", export.get(0), "--data", data.toString(),
                    "--as-of", "2004-02-05"));
            CliRun quiet = vigil(args.toArray(String[]::new));
            assertThat(quiet.status()).as(quiet.err()).isZero();
            assertThat(quiet.err()).as(export.get(0) + ", by default").isEmpty();
            args.addAll(List.of("--progress", "lines"));
            CliRun shown = vigil(args.toArray(String[]::new));
            assertThat(shown.status()).as(shown.err()).isZero();
            assertThat(shown.out()).as(export.get(0)).isNotEmpty().isEqualTo(quiet.out());
            assertThat(shown.err()).as(export.get(0)).isEqualTo("replayed 2 of 2 records\n" + export.get(1) + "\n");
        }
    }

    /** Spec §3: verify says how far each of its passes is only when asked (or on a terminal), and its verdict is the same. */
    @Test
    void verifyShowsHowFarEachPassIsOnlyWhenAskedAndSaysTheSame() {
        CliRun quiet = vigil("verify", "--data", data.toString());
        assertThat(quiet.status()).as(quiet.err()).isZero();
        assertThat(quiet.err()).isEmpty();
        CliRun shown = vigil("verify", "--data", data.toString(), "--progress", "lines");
        assertThat(shown.status()).as(shown.err()).isZero();
        assertThat(shown.out()).isEqualTo(quiet.out());
        java.util.regex.Matcher counts = java.util.regex.Pattern.compile("ok: (\\d+) log entr\\w+, (\\d+) record")
                .matcher(quiet.out());
        assertThat(counts.find()).as(quiet.out()).isTrue();
        String n = counts.group(1);
        String records = counts.group(2);
        assertThat(shown.err()).isEqualTo("rebuilding the tree: 0 of " + n + "\n"
                + "rebuilding the tree: " + n + " of " + n + "\n"
                + "reading the query tables: 0 of " + n + "\n"
                + "reading the query tables: " + n + " of " + n + "\n"
                + "checking the records: 0 of " + records + "\n"
                + "checking the records: " + records + " of " + records + "\n");
    }

    /** A replay into a store that already holds records replays all of it, and says how far it is when asked. */
    @Test
    void aReplayIntoAStoreThatHoldsRecordsShowsHowFarItsReplayOfTheStoreIs() throws Exception {
        Path quiet = dir.resolve("quiet.jsonl");
        Path shown = dir.resolve("shown.jsonl");
        CliRun first = vigil("replay", "--data", data.toString(), "--alerts", quiet.toString(), input.toString());
        assertThat(first.err()).contains("the store already held records").doesNotContain("replayed");
        CliRun second = vigil("replay", "--data", data.toString(), "--alerts", shown.toString(), "--progress", "lines",
                input.toString());
        assertThat(second.status()).isEqualTo(first.status());
        assertThat(second.err()).contains("replayed 3 of 3 records\n")
                // Its files' records are committed in event-time order, so it counts records rather than lines.
                .contains("committed 3 of 3 records in event-time order: 0 accepted\n").doesNotContain("through line");
        assertThat(Files.readString(shown)).isEqualTo(Files.readString(quiet));
    }

    @Test
    void exportsAlertsAndPrioritiesFromAReplayOfTheStoreInEventTime() throws Exception {
        CliRun alerts = vigil("export", "alerts", "--data", data.toString());
        assertThat(alerts.status()).isZero();
        ObjectMapper json = new ObjectMapper();
        for (String line : alerts.out().lines().toList()) {
            JsonNode alert = json.readTree(line);
            assertThat(alert.get("alert").asText()).startsWith("A-");
            assertThat(alert.get("reasons").size()).isPositive();
            assertThat(alert.get("raised").asText()).startsWith("2004-");
        }
        assertThat(vigil("export", "alerts", "--data", data.toString()).out()).isEqualTo(alerts.out());
        CliRun priorities = vigil("export", "priorities", "--data", data.toString(), "--as-of", "2004-03-01T00:00:00Z");
        assertThat(priorities.status()).isZero();
        assertThat(priorities.out().lines()).allMatch(l -> l.startsWith("{\"rank\":"));
        assertThat(vigil("export", "priorities", "--data", data.toString(), "--by", "fame").status()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void replayWritesEveryAlertAsItIsRaisedAndTheSameAlertsEachTime() throws Exception {
        Path first = dir.resolve("alerts-1.jsonl");
        Path second = dir.resolve("alerts-2.jsonl");
        assertThat(vigil("replay", "--data", dir.resolve("r1").toString(), input.toString(), "--alerts", first.toString())
                .status()).isEqualTo(ExitCode.REJECTED);
        assertThat(vigil("replay", "--data", dir.resolve("r2").toString(), input.toString(), "--alerts", second.toString())
                .status()).isEqualTo(ExitCode.REJECTED);
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        assertThat(vigil("verify", "--data", dir.resolve("r1").toString()).status()).isZero();
    }

    /**
     * Spec §5: every export and disclosure is logged. A replay writes the alerts of the whole store to its file, so
     * with nothing new to take in it is export alerts by another name, and it is logged as one, after the records.
     */
    @Test
    void replayIsLoggedAsADisclosureOfEveryRecordEvenWithNothingNewToTakeIn() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        Path alerts = dir.resolve("alerts.jsonl");
        CliRun replay = vigil("replay", "--data", data.toString(), "--as", "analyst", "--reason", "alert review",
                empty.toString(), "--alerts", alerts.toString());
        assertThat(replay.status()).as(replay.err()).isZero();
        assertThat(Files.readString(alerts)).as("the store's alerts were written").startsWith("{\"alert\":");
        try (SqliteConcernStore store = SqliteConcernStore.open(data)) {
            assertThat(store.accessesTo(List.of(Access.EVERY_RECORD))).singleElement().satisfies(a -> {
                assertThat(a.action()).isEqualTo("replay alerts");
                assertThat(a.actor()).isEqualTo("analyst");
                assertThat(a.reason()).isEqualTo("alert review");
                assertThat(a.leaf()).as("after the 3 records").isEqualTo(3);
            });
        }
        Path fresh = dir.resolve("fresh");
        assertThat(vigil("replay", "--data", fresh.toString(), input.toString(), "--alerts",
                dir.resolve("fresh.jsonl").toString()).status()).isEqualTo(ExitCode.REJECTED);
        try (SqliteConcernStore store = SqliteConcernStore.open(fresh)) {
            assertThat(store.accessesTo(List.of(Access.EVERY_RECORD))).as("into an empty store too")
                    .singleElement().satisfies(a -> assertThat(a.leaf()).isEqualTo(3));
        }
        assertThat(vigil("verify", "--data", fresh.toString()).status()).isZero();
    }
}
