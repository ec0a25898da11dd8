package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands of spec §3 as a careless or hostile new user runs them: odd arguments, odd files, re-runs. */
class HostileUseTest {
    @TempDir
    Path dir;

    private static CliRun vigil(String... args) {
        return CliRun.of(args);
    }

    /** A child reported missing with the same adult each time: three of these raise a missing_pattern alert. */
    private static String missing(String id, String received) {
        return "{\"type\":\"concern\",\"id\":\"" + id + "\",\"received\":\"" + received + "\",\"agency\":\"Youth Project\","
                + "\"author\":{\"id\":\"yp-07\"},\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"Kayla Marsh\","
                + "\"born\":\"1989-02\",\"age\":14,\"sex\":\"F\"},{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"Ash\",\"age\":27,"
                + "\"sex\":\"M\",\"phones\":[\"07700 900461\"],\"vehicles\":[{\"vrm\":\"R7?2 KLT\"}]}],"
                + "\"indicators\":[\"missing\",\"older_partner\"],\"offences\":[\"22B\"]}";
    }

    /** The data directory of a store that has taken in these lines without rejecting any. */
    private String ingested(String... lines) throws Exception {
        Path input = dir.resolve("lines.jsonl");
        Files.writeString(input, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        String data = dir.resolve("data").toString();
        CliRun run = vigil("ingest", "--data", data, input.toString());
        assertThat(run.status()).as(run.err()).isZero();
        return data;
    }

    private Path input() throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, String.join("\n", missing("M-1", "2004-02-01T10:00:00Z"),
                missing("M-2", "2004-02-08T10:00:00Z"), missing("M-3", "2004-02-15T10:00:00Z"),
                missing("M-4", "2004-03-20T10:00:00Z")) + "\n", StandardCharsets.UTF_8);
        return input;
    }

    private static String named(String id, String ref, String name) {
        return "{\"type\":\"concern\",\"id\":\"" + id + "\",\"received\":\"2008-01-01T10:00:00Z\",\"agency\":\"A\","
                + "\"author\":{\"id\":\"a\"},\"subjects\":[{\"ref\":\"" + ref + "\",\"role\":\"victim\",\"name\":\""
                + name + "\"}]}";
    }

    /**
     * Concern "A"'s subject "B/c" and concern "A/B"'s subject "c" are both mention "A/B/c" (spec §2). The later is
     * quarantined, with why, and everything else is taken in, in one run or two; it does not stop the whole ingest.
     */
    @Test
    void twoSubjectsGivenOneMentionKeyByTheirSlashesCostOnlyTheLaterLine() throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, String.join("\n", named("A", "B/c", "Alice Collide"), named("M", "N/o", "Mo Other"),
                named("A/B", "c", "Bartholomew Other"), named("A/B", "d", "Dora Other")) + "\n", StandardCharsets.UTF_8);
        String data = dir.resolve("data").toString();
        CliRun run = vigil("ingest", "--data", data, input.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(ExitCode.REJECTED);
        assertThat(run.err()).contains("3 accepted").contains("1 rejected");
        Path quarantine;
        try (var files = Files.list(dir.resolve("data").resolve("quarantine"))) {
            quarantine = files.findFirst().orElseThrow();
        }
        assertThat(Files.readAllLines(quarantine).get(1)).startsWith("3\tsubject \"c\" would be mention \"A/B/c\", which"
                + " is already subject \"B/c\" of concern \"A\"");
        assertThat(vigil("export", "persons", "--data", data).out()).contains("\"A/B/c\"").contains("\"A/B/d\"")
                .contains("\"M/N/o\"");

        Path later = dir.resolve("later.jsonl");
        Files.writeString(later, named("M/N", "o", "Otto Other") + "\n" + named("M/N", "p", "Pia Other") + "\n");
        CliRun second = vigil("ingest", "--data", data, later.toString());
        assertThat(second.status()).as(second.err()).isEqualTo(ExitCode.REJECTED);
        assertThat(second.err()).contains("1 accepted").contains("1 rejected");
        assertThat(vigil("verify", "--data", data).status()).isZero();
    }

    /**
     * Spec §2.2: an alert's mentions are those that made up the person when it was raised. Two men named in February
     * are joined only by a June report naming his phone and car together, so no alert can rest on the join before June,
     * however the replay batched the three reports.
     */
    @Test
    void noAlertRestsOnAJoinThatOnlyALaterRecordMade() throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"type\":\"concern\",\"id\":\"BR-1\",\"received\":\"2006-01-01T10:00:00Z\",\"agency\":\"Police\",\"author\":{\"id\":\"p1\"},"
                        + "\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"Amy Pond\",\"born\":\"1992-03\",\"sex\":\"F\"},"
                        + "{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"J. Zabrowski\",\"sex\":\"M\",\"phones\":[\"07700 900111\"]}],"
                        + "\"offences\":[\"22B\"]}",
                "{\"type\":\"decision\",\"id\":\"BR-D1\",\"concern\":\"BR-1\",\"at\":\"2006-01-01T12:00:00Z\",\"by\":{\"id\":\"d\"},"
                        + "\"outcome\":\"investigation\"}",
                "{\"type\":\"concern\",\"id\":\"BR-2\",\"received\":\"2006-02-01T10:00:00Z\",\"agency\":\"Social Care\",\"author\":{\"id\":\"p2\"},"
                        + "\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"Clara Oswald\",\"born\":\"1991-07\",\"sex\":\"F\"},"
                        + "{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"Jan Zabrowski\",\"sex\":\"M\",\"vehicles\":[{\"vrm\":\"KX55 ABC\"}]}],"
                        + "\"offences\":[\"22B\"]}",
                "{\"type\":\"concern\",\"id\":\"BR-3\",\"received\":\"2006-06-01T10:00:00Z\",\"agency\":\"Youth Project\",\"author\":{\"id\":\"p3\"},"
                        + "\"subjects\":[{\"ref\":\"s1\",\"role\":\"suspect\",\"name\":\"Jan Zabrowski\",\"sex\":\"M\","
                        + "\"phones\":[\"07700 900111\"],\"vehicles\":[{\"vrm\":\"KX55 ABC\"}]}]}") + "\n", StandardCharsets.UTF_8);
        String data = dir.resolve("data").toString();
        Path alerts = dir.resolve("alerts.jsonl");
        assertThat(vigil("replay", "--data", data, input.toString(), "--alerts", alerts.toString()).status()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<String> suspectAlerts = new ArrayList<>();
        for (String line : Files.readAllLines(alerts)) {
            var alert = json.readTree(line);
            if (alert.get("kind").asText().equals("repeat_suspect")) {
                suspectAlerts.add(alert.get("raised").asText() + " " + alert.get("trigger").asText());
            }
        }
        assertThat(suspectAlerts).as("the join was made in June").allSatisfy(a -> assertThat(a).startsWith("2006-06-01"));
        String persons = vigil("export", "persons", "--data", data, "--as-of", "2006-02-05").out();
        assertThat(persons).as("two persons in February").contains("[\"BR-1/s2\"]").contains("[\"BR-2/s2\"]");
    }

    /** A file not in time order: explain names each mention's person by the id export persons gives it. */
    @Test
    void explainNamesThePersonsExportPersonsNamesWhateverTheOrderOfIngest() throws Exception {
        String data = ingested(
                "{\"type\":\"concern\",\"id\":\"B\",\"received\":\"2010-01-01T10:00:00Z\",\"agency\":\"A\",\"author\":{\"id\":\"a\"},"
                        + "\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"Zed Alpha\"}]}",
                "{\"type\":\"concern\",\"id\":\"A\",\"received\":\"2005-01-01T10:00:00Z\",\"agency\":\"A\",\"author\":{\"id\":\"a\"},"
                        + "\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"Yan Beta\"}]}");
        ObjectMapper json = new ObjectMapper();
        java.util.Map<String, String> exported = new java.util.HashMap<>();
        for (String line : vigil("export", "persons", "--data", data).out().lines().toList()) {
            var person = json.readTree(line);
            person.get("mentions").forEach(m -> exported.put(m.asText(), person.get("person").asText()));
        }
        assertThat(exported).containsEntry("A/s1", "P-000001").containsEntry("B/s1", "P-000002");
        CliRun explain = vigil("explain", "--data", data, "A/s1", "B/s1");
        assertThat(explain.status()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("A/s1 is P-000001; B/s1 is P-000002: different persons");
    }

    /** Two people named side by side in one report stay two, and explain says why though their names agree. */
    @Test
    void explainSaysWhyAPairOverTheThresholdIsTwoPersons() throws Exception {
        String data = ingested("{\"type\":\"concern\",\"id\":\"SCH-1\",\"received\":\"2010-01-01T10:00:00Z\","
                + "\"agency\":\"School\",\"author\":{\"id\":\"t\"},\"subjects\":["
                + "{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"Jade Marsh\",\"born\":\"1996-04-02\"},"
                + "{\"ref\":\"s2\",\"role\":\"victim\",\"name\":\"Jade Marsh\",\"born\":\"1996-04-02\"}]}");
        CliRun explain = vigil("explain", "--data", data, "SCH-1/s1", "SCH-1/s2");
        assertThat(explain.status()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("different persons, though the pair reaches the threshold: kept apart as asked"
                + " when they were linked: the two were named side by side in one report");
    }

    /**
     * A store whose log key has gone is not given a new one: that would sign the same log under another origin, forking
     * it, and no receipt given out would check against the key published. Every command says what to restore.
     */
    @Test
    void aLogWhoseKeyIsMissingIsNotSignedWithANewOne() throws Exception {
        String data = ingested("{\"type\":\"concern\",\"id\":\"K-1\",\"received\":\"2012-01-01T10:00:00Z\","
                + "\"agency\":\"Police\",\"author\":{\"id\":\"p\"},\"subjects\":[]}");
        String published = vigil("key", "--data", data).out();
        Path key = Path.of(data, "log.key");
        Path aside = dir.resolve("log.key.aside");
        Files.move(key, aside);
        for (String[] command : List.of(new String[] {"key"}, new String[] {"checkpoint"}, new String[] {"verify"},
                new String[] {"ingest", dir.resolve("lines.jsonl").toString()})) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--data", data));
            CliRun run = vigil(args.toArray(String[]::new));
            assertThat(run.status()).as(String.join(" ", command)).isNotZero();
            assertThat(run.err()).contains("log.key is missing, but the log holds 1 entries signed with it: restore the key");
        }
        assertThat(key).as("no key was made").doesNotExist();
        Files.move(aside, key);
        assertThat(vigil("key", "--data", data).out()).isEqualTo(published);
        assertThat(vigil("verify", "--data", data).status()).isZero();
        assertThat(vigil("key", "--data", dir.resolve("new").toString()).status()).as("a new store gets a key").isZero();
    }

    /**
     * A store put back to an earlier copy of itself, checkpoints and all, verifies on its own; against a checkpoint kept
     * elsewhere (saved, or at the end of a receipt) it does not. An emptied store file is said to be empty, not
     * verified as a new store.
     */
    @Test
    void aStorePutBackToAnEarlierCopyFailsAgainstACheckpointKeptElsewhere() throws Exception {
        String data = ingested("{\"type\":\"concern\",\"id\":\"R-1\",\"received\":\"2012-01-01T10:00:00Z\","
                + "\"agency\":\"Police\",\"author\":{\"id\":\"p\"},\"subjects\":[]}");
        Path early = Files.writeString(dir.resolve("early.txt"), vigil("checkpoint", "--data", data).out());
        Path receipt = Files.writeString(dir.resolve("receipt.txt"), vigil("receipt", "--data", data, "R-1").out());
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        for (String name : List.of("vigil.db", "log.key")) {
            Files.copy(Path.of(data, name), copy.resolve(name));
        }
        Path more = Files.writeString(dir.resolve("more.jsonl"), "{\"type\":\"concern\",\"id\":\"R-2\",\"received\":"
                + "\"2012-02-01T10:00:00Z\",\"agency\":\"Police\",\"author\":{\"id\":\"p\"},\"subjects\":[]}\n");
        assertThat(vigil("ingest", "--data", data, more.toString()).status()).isZero();
        Path later = Files.writeString(dir.resolve("later.txt"), vigil("checkpoint", "--data", data).out());

        CliRun now = vigil("verify", "--data", data, "--checkpoint", early.toString(), "--checkpoint", receipt.toString(),
                "--checkpoint", later.toString());
        assertThat(now.status()).as(now.err()).isZero();
        assertThat(now.out()).contains("the log holds the tree of each checkpoint given");

        String old = copy.toString();
        assertThat(vigil("verify", "--data", old).status()).as("alone, the earlier copy is a sound log").isZero();
        CliRun back = vigil("verify", "--data", old, "--checkpoint", later.toString());
        assertThat(back.status()).isEqualTo(ExitCode.TAMPERED);
        assertThat(back.err()).contains(later + " is signed for a tree of 3 entries, but the log now holds 2: entries"
                + " were removed");

        Path forged = Files.writeString(dir.resolve("forged.txt"),
                Files.readString(early).replaceFirst("\n[A-Za-z0-9+/=]{44}\n", "\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n"));
        CliRun bad = vigil("verify", "--data", data, "--checkpoint", forged.toString());
        assertThat(bad.status()).isEqualTo(ExitCode.TAMPERED);
        assertThat(bad.err()).contains(forged + ": not a checkpoint signed by this log's key");

        Files.write(Path.of(data, "vigil.db"), new byte[0]);
        CliRun emptied = vigil("verify", "--data", data);
        assertThat(emptied.status()).as("an emptied store is not as logged").isEqualTo(ExitCode.TAMPERED);
        assertThat(emptied.err()).contains("vigil.db is an empty file: the store's contents are gone");
        assertThat(Files.size(Path.of(data, "vigil.db"))).as("left as found").isZero();
    }

    /**
     * A store whose hash tiles were deleted fails verification with a checkpoint kept elsewhere as without one (exit 4,
     * each problem named), where the checkpoint's check once stopped the command as a usage error (exit 2) because
     * the log's tree could not be read.
     */
    @Test
    void aStoreWithoutItsHashTilesFailsVerificationAgainstACheckpointKeptElsewhere() throws Exception {
        String data = ingested("{\"type\":\"concern\",\"id\":\"T-1\",\"received\":\"2012-01-01T10:00:00Z\","
                + "\"agency\":\"Police\",\"author\":{\"id\":\"p\"},\"subjects\":[]}");
        Path kept = Files.writeString(dir.resolve("kept.txt"), vigil("checkpoint", "--data", data).out());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + Path.of(data, "vigil.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM log_tile");
        }
        CliRun run = vigil("verify", "--data", data, "--checkpoint", kept.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(ExitCode.TAMPERED);
        assertThat(run.err()).contains("FAILED").contains("stored hash tile 0/0 is missing")
                .contains("the checkpoints given cannot be checked, since the log's tree cannot be read");
    }

    /**
     * Verify's exit status is 4 whenever the store is not as logged (spec §3: "says what, if anything, is wrong"): a
     * store file cut short or written over, which the database itself finds damaged, is reported as such, not as a
     * store that could not be used (1), which an auditor's script would read as "not checked".
     */
    @Test
    void aStoreFileCutShortOrWrittenOverFailsVerificationAsDamaged() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            lines.add("{\"type\":\"concern\",\"id\":\"CUT-" + i + "\",\"received\":\"2012-01-01T10:00:00Z\",\"agency\":"
                    + "\"Police\",\"author\":{\"id\":\"p\"},\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\",\"name\":"
                    + "\"Girl " + i + "\",\"age\":14}],\"narrative\":\"" + "x".repeat(2000) + "\"}");
        }
        String data = ingested(lines.toArray(String[]::new));
        Path file = Path.of(data, "vigil.db");
        byte[] whole = Files.readAllBytes(file);
        Path copy = Files.write(dir.resolve("whole.db"), whole);

        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        CliRun cut = vigil("verify", "--data", data);
        assertThat(cut.status()).as(cut.err()).isEqualTo(ExitCode.TAMPERED);
        assertThat(cut.err()).startsWith("FAILED: the store is damaged");

        byte[] overwritten = Files.readAllBytes(copy);
        Arrays.fill(overwritten, 0, 100, (byte) 0x5a);
        Files.write(file, overwritten);
        CliRun garbage = vigil("verify", "--data", data);
        assertThat(garbage.status()).as(garbage.err()).isEqualTo(ExitCode.TAMPERED);
        assertThat(garbage.err()).startsWith("FAILED: the store is damaged");
        assertThat(vigil("export", "persons", "--data", data).status()).as("other commands: could not be used")
                .isEqualTo(ExitCode.FAILED);
    }

    /** --by orders the priorities; given to another export, or with an order it does not know, it is a usage error. */
    @Test
    void byOrdersPrioritiesOnlyAndOnlyByHarmOrVolume() throws Exception {
        String data = ingested("{\"type\":\"concern\",\"id\":\"BY-1\",\"received\":\"2012-01-01T10:00:00Z\","
                + "\"agency\":\"Police\",\"author\":{\"id\":\"p\"},\"subjects\":[]}");
        CliRun persons = vigil("export", "persons", "--data", data, "--by", "volume");
        assertThat(persons.status()).isEqualTo(ExitCode.USAGE);
        assertThat(persons.err()).contains("--by orders priorities only, not persons");
        CliRun size = vigil("export", "priorities", "--data", data, "--by", "size");
        assertThat(size.status()).isEqualTo(ExitCode.USAGE);
        assertThat(size.err()).contains("--by is harm or volume, not size");
        assertThat(vigil("export", "priorities", "--data", data, "--by", "volume", "--as-of", "2012-06-01").status()).isZero();
        List<String> actions = new ArrayList<>();
        try (org.vigil.store.SqliteConcernStore store = org.vigil.store.SqliteConcernStore.open(Path.of(data))) {
            store.forEachAccess(a -> actions.add(a.action()));
        }
        assertThat(actions).as("what was disclosed is logged as asked").containsExactly(
                "export priorities as of 2012-06-01T23:59:59.999999Z by volume");
    }

    /** An offence code that ingest takes but the weights do not know is scored as unknown; it never stops a ranking. */
    @Test
    void anOffenceCodeTheWeightsDoNotKnowIsRankedAsUnknownAndStopsNoExport() throws Exception {
        String data = ingested("{\"type\":\"concern\",\"id\":\"OC-02\",\"received\":\"2012-01-01T10:00:00Z\","
                + "\"agency\":\"Police\",\"author\":{\"id\":\"p\"},\"subjects\":[{\"ref\":\"s1\",\"role\":\"victim\","
                + "\"name\":\"Amy Test\",\"age\":14},{\"ref\":\"s2\",\"role\":\"suspect\",\"name\":\"Bob Test\",\"age\":40}],"
                + "\"offences\":[\"37/2\",\"022B\",\"8AB\"]}");
        CliRun priorities = vigil("export", "priorities", "--data", data);
        assertThat(priorities.status()).as(priorities.err()).isZero();
        assertThat(priorities.out()).contains("HO 37.2", "HO 22B", "HO 8AB unknown offence code");
        assertThat(vigil("export", "alerts", "--data", data).status()).isZero();
    }

    @Test
    void replayRunAgainOnTheSameStoreWritesTheSameAlerts() throws Exception {
        Path input = input();
        String data = dir.resolve("data").toString();
        Path first = dir.resolve("alerts-1.jsonl");
        Path second = dir.resolve("alerts-2.jsonl");
        assertThat(vigil("replay", "--data", data, input.toString(), "--alerts", first.toString()).status()).isZero();
        assertThat(Files.readString(first)).contains("\"kind\":\"missing_pattern\"");
        assertThat(vigil("replay", "--data", data, input.toString(), "--alerts", second.toString()).status()).isZero();
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void ingestAndReplayRefuseAMissingFileOrADirectoryBeforeStoringAnything() throws Exception {
        Path input = input();
        Path data = dir.resolve("data");
        Files.createDirectories(dir.resolve("folder"));
        for (String command : List.of("ingest", "replay")) {
            for (String bad : List.of(dir.resolve("nope.jsonl").toString(), dir.resolve("folder").toString())) {
                List<String> args = new ArrayList<>(List.of(command, "--data", data.toString(), input.toString(), bad));
                if (command.equals("replay")) {
                    args.addAll(List.of("--alerts", dir.resolve("a.jsonl").toString()));
                }
                CliRun run = vigil(args.toArray(String[]::new));
                assertThat(run.status()).as(command + " " + bad).isEqualTo(ExitCode.USAGE);
                assertThat(run.err()).contains(bad).containsAnyOf("no such file", "is a directory").doesNotContain("Exception");
            }
        }
        assertThat(data).doesNotExist();
        CliRun run = vigil("replay", "--data", data.toString(), input.toString(), "--alerts",
                dir.resolve("no/such/dir/a.jsonl").toString());
        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("no such directory").doesNotContain("Exception");
    }

    @Test
    void ingestRefusesABatchOfNoRecordsByItsOptionBeforeMakingAStore() throws Exception {
        Path data = dir.resolve("data");
        CliRun run = vigil("ingest", "--data", data.toString(), "--batch", "0", input().toString());
        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--batch").contains("at least 1");
        assertThat(data).doesNotExist();
    }

    @Test
    void harmReportRefusesAChartInADirectoryThatDoesNotExistBeforeReadingAnything() throws Exception {
        Path csv = dir.resolve("2018-10-street.csv");
        Files.writeString(csv, "Month,Crime type\n2018-10,Burglary\n", StandardCharsets.UTF_8);
        CliRun run = vigil("harm-report", csv.toString(), "--chart", dir.resolve("no/such/dir/c.png").toString());
        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("no such directory").doesNotContain("Exception");
        assertThat(run.out()).doesNotContain("Harm versus volume");
    }

    /** README, exit status 2: a file named on the command line that does not exist or is a directory, for every command. */
    @Test
    void everyCommandReadingAFileRefusesAMissingFileOrADirectoryAsAUsageError() throws Exception {
        String data = ingested(missing("M-1", "2004-02-01T10:00:00Z"));
        Path receipt = dir.resolve("receipt.tlog-proof");
        Files.writeString(receipt, vigil("receipt", "--data", data, "M-1").out(), StandardCharsets.UTF_8);
        Path key = dir.resolve("vkey.txt");
        Files.writeString(key, vigil("key", "--data", data).out(), StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("folder"));
        for (String bad : List.of(dir.resolve("nope").toString(), dir.resolve("folder").toString())) {
            List<List<String>> commands = List.of(
                    List.of("verify", "--data", data, "--checkpoint", bad),
                    List.of("check-receipt", bad, "--key", key.toString()),
                    List.of("check-receipt", receipt.toString(), "--key", bad),
                    List.of("check-receipt", receipt.toString(), "--key", key.toString(), "--record", bad),
                    List.of("check-receipt", receipt.toString(), "--key", key.toString(), "--later", bad, "--proof", key.toString()),
                    List.of("evaluate", "--data", data, "--truth", bad),
                    List.of("harm-report", bad),
                    List.of("link", bad, "--id", "id", "--out", dir.resolve("pairs.csv").toString()),
                    List.of("link", key.toString(), bad, "--id", "id", "--out", dir.resolve("pairs.csv").toString()),
                    List.of("link", key.toString(), "--id", "id", "--out", dir.resolve("pairs.csv").toString(),
                            "--model", bad));
            for (List<String> args : commands) {
                CliRun run = vigil(args.toArray(String[]::new));
                assertThat(run.status()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
                assertThat(run.err()).as(String.join(" ", args)).contains(bad).containsAnyOf("no such file", "is a directory")
                        .doesNotContain("Exception").doesNotContain(bad + ": " + bad);
            }
        }
    }

    @Test
    void evaluateRefusesATruthFileThatNamesNoMentionRatherThanScoreEverythingPerfect() throws Exception {
        String data = ingested(missing("M-1", "2004-02-01T10:00:00Z"));
        for (String content : List.of("", "{\"x\":1}\n")) {
            Path truth = dir.resolve("truth.jsonl");
            Files.writeString(truth, content, StandardCharsets.UTF_8);
            CliRun run = vigil("evaluate", "--data", data, "--truth", truth.toString());
            assertThat(run.status()).as(content).isEqualTo(ExitCode.FAILED);
            assertThat(run.err()).contains(truth.toString(), "names no mention");
            assertThat(run.out()).doesNotContain("F1");
        }
    }

    @Test
    void exportAsOfTakesAnOffsetInEitherFormADateOrATimeWithoutAZoneWithATOrASpace() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(vigil("ingest", "--data", data, input().toString()).status()).isZero();
        String z = vigil("export", "alerts", "--data", data, "--as-of", "2004-02-15T10:00:00Z").out();
        assertThat(z).contains("missing_pattern");
        assertThat(vigil("export", "alerts", "--data", data, "--as-of", "2004-02-15T11:00:00+01:00").out()).isEqualTo(z);
        assertThat(vigil("export", "alerts", "--data", data, "--as-of", "2004-02-15T10:00:00").out()).isEqualTo(z);
        assertThat(vigil("export", "alerts", "--data", data, "--as-of", "2004-02-15T11:00:00+0100").out()).isEqualTo(z);
        assertThat(vigil("export", "alerts", "--data", data, "--as-of", "2004-02-15 10:00:00Z").out()).isEqualTo(z);
        assertThat(vigil("export", "alerts", "--data", data, "--as-of", "2004-02-15 10:00:00").out()).isEqualTo(z);
        CliRun date = vigil("export", "alerts", "--data", data, "--as-of", "2004-02-15");
        assertThat(date.status()).isZero();
        assertThat(date.out()).contains("missing_pattern");
        assertThat(vigil("export", "alerts", "--data", data, "--as-of", "2004-02-14").out()).doesNotContain("missing_pattern");
        CliRun bad = vigil("export", "priorities", "--data", data, "--as-of", "last tuesday");
        assertThat(bad.status()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("2004-02-02T11:00:00Z").doesNotContain("DateTimeParseException");
    }

    @Test
    void exportPersonsAsOfLeavesOutMentionsReceivedLater() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(vigil("ingest", "--data", data, input().toString()).status()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<String> mentions = new ArrayList<>();
        CliRun run = vigil("export", "persons", "--data", data, "--as-of", "2004-02-08");
        assertThat(run.status()).isZero();
        for (String line : run.out().lines().toList()) {
            json.readTree(line).get("mentions").forEach(m -> mentions.add(m.asText()));
        }
        assertThat(mentions).containsExactlyInAnyOrder("M-1/s1", "M-1/s2", "M-2/s1", "M-2/s2");
    }

    @Test
    void exportedAlertsAndPrioritiesNameThePersonsThatExportPersonsWritesWhateverTheOrderOfIngest() throws Exception {
        // Bob's concern comes first in the file but last in event time: linked in file order he would be P-000001,
        // while the alerts, worked out in event time, call the missing child P-000001.
        Path input = dir.resolve("unsorted.jsonl");
        Files.writeString(input, String.join("\n", "{\"type\":\"concern\",\"id\":\"B-1\",\"received\":"
                + "\"2005-01-01T10:00:00Z\",\"agency\":\"School\",\"author\":{\"id\":\"t-1\"},\"subjects\":[{\"ref\":\"s1\","
                + "\"role\":\"witness\",\"name\":\"Bob Stone\"}]}", missing("M-1", "2004-02-01T10:00:00Z"),
                missing("M-2", "2004-02-08T10:00:00Z"), missing("M-3", "2004-02-15T10:00:00Z")) + "\n",
                StandardCharsets.UTF_8);
        String data = dir.resolve("data").toString();
        assertThat(vigil("ingest", "--data", data, input.toString()).status()).isZero();
        ObjectMapper json = new ObjectMapper();
        java.util.Map<String, List<String>> persons = new java.util.HashMap<>();
        for (String line : vigil("export", "persons", "--data", data).out().lines().toList()) {
            List<String> mentions = new ArrayList<>();
            json.readTree(line).get("mentions").forEach(m -> mentions.add(m.asText()));
            persons.put(json.readTree(line).get("person").asText(), mentions);
        }
        String alerts = vigil("export", "alerts", "--data", data).out();
        assertThat(alerts).contains("missing_pattern");
        for (String line : alerts.lines().toList()) {
            for (var p : json.readTree(line).get("persons")) {
                List<String> mentions = new ArrayList<>();
                p.get("mentions").forEach(m -> mentions.add(m.asText()));
                assertThat(persons.get(p.get("person").asText())).as(line).containsAll(mentions);
            }
        }
        for (String line : vigil("export", "priorities", "--data", data).out().lines().toList()) {
            var p = json.readTree(line);
            List<String> mentions = new ArrayList<>();
            p.get("mentions").forEach(m -> mentions.add(m.asText()));
            assertThat(persons.get(p.get("person").asText())).as(line).containsExactlyInAnyOrderElementsOf(mentions);
        }
    }

    @Test
    void commandsThatReadAStoreSayWhenThereIsNoneInsteadOfMakingAnEmptyOne() {
        String data = dir.resolve("typo").toString();
        for (String[] args : List.of(new String[] {"verify"}, new String[] {"export", "persons"},
                new String[] {"checkpoint"}, new String[] {"receipt", "X"}, new String[] {"consistency", "1"})) {
            List<String> line = new ArrayList<>(List.of(args));
            line.addAll(List.of("--data", data));
            CliRun run = vigil(line.toArray(String[]::new));
            assertThat(run.status()).as(line.toString()).isEqualTo(ExitCode.FAILED);
            assertThat(run.err()).as(line.toString()).contains("no Vigil store in " + data);
        }
        assertThat(dir.resolve("typo")).doesNotExist();
    }

    /** README: "vigil COMMAND --help describes each": every argument and option of every command says what it is. */
    @Test
    void everyCommandsHelpSaysWhatEachOfItsArgumentsAndOptionsIs() {
        List<String> undescribed = new ArrayList<>();
        new picocli.CommandLine(new Main()).getSubcommands().forEach((name, command) -> {
            command.getCommandSpec().positionalParameters().stream()
                    .filter(p -> String.join("", p.description()).isBlank())
                    .forEach(p -> undescribed.add(name + " " + p.paramLabel()));
            command.getCommandSpec().options().stream()
                    .filter(o -> String.join("", o.description()).isBlank())
                    .forEach(o -> undescribed.add(name + " " + o.longestName()));
        });
        assertThat(undescribed).isEmpty();
    }

    @Test
    void noCommandAtAllIsAUsageErrorAndADataFileThatIsNotADirectoryIsSaidToBeOne() throws Exception {
        CliRun bare = vigil();
        assertThat(bare.status()).isEqualTo(ExitCode.USAGE);
        assertThat(bare.err()).contains("Usage: vigil");
        Path file = Files.writeString(dir.resolve("plain.txt"), "not a directory");
        CliRun run = vigil("ingest", "--data", file.toString(), input().toString());
        assertThat(run.status()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains(file + ": exists and is not a directory");
    }

    @Test
    void replayRefusesToWriteItsAlertsOverOneOfItsInputs() throws Exception {
        Path input = input();
        String before = Files.readString(input);
        CliRun run = vigil("replay", "--data", dir.resolve("data").toString(), input.toString(), "--alerts", input.toString());
        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("is also an input");
        assertThat(Files.readString(input)).isEqualTo(before);
    }

    /** Arguments in the wrong order name a partner's file, not yet taken in, as the alerts file: it is kept. */
    @Test
    void replayWritesOverAnEarlierAlertsFileButNotOverAFileOfRecords() throws Exception {
        Path input = input();
        Path records = Files.writeString(dir.resolve("records.jsonl"), missing("M-9", "2004-04-01T10:00:00Z") + "\n");
        String data = dir.resolve("data").toString();
        CliRun swapped = vigil("replay", "--data", data, input.toString(), "--alerts", records.toString());
        assertThat(swapped.status()).isEqualTo(ExitCode.USAGE);
        assertThat(swapped.err()).contains("holds something other than alerts");
        assertThat(Files.readString(records)).startsWith("{\"type\":\"concern\",\"id\":\"M-9\"");

        Path alerts = dir.resolve("alerts.jsonl");
        assertThat(vigil("replay", "--data", data, input.toString(), "--alerts", alerts.toString()).status()).isZero();
        String first = Files.readString(alerts);
        assertThat(first).startsWith("{\"alert\":");
        CliRun again = vigil("replay", "--data", data, input.toString(), "--alerts", alerts.toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(Files.readString(alerts)).isEqualTo(first);
    }

    @Test
    void anEmptyLogHasNoCheckpointAndNoTreeSizeToProveFrom() throws Exception {
        String data = dir.resolve("data").toString();
        CliRun ingest = vigil("ingest", "--data", data, Files.writeString(dir.resolve("empty.jsonl"), "").toString());
        assertThat(ingest.status()).isZero();
        assertThat(ingest.err()).contains("log: 0 entries").doesNotContain("signed checkpoint for size 0");
        CliRun consistency = vigil("consistency", "1", "--data", data);
        assertThat(consistency.status()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(consistency.err()).contains("tree size 1 is beyond the log, which has 0 entries");
    }

    @Test
    void aLogOfOneEntrySaysEntryNotEntries() throws Exception {
        String data = dir.resolve("data").toString();
        Path one = Files.writeString(dir.resolve("one.jsonl"), missing("M-1", "2004-02-01T10:00:00Z") + "\n");
        CliRun ingest = vigil("ingest", "--data", data, one.toString());
        assertThat(ingest.status()).isZero();
        assertThat(ingest.err()).contains("log: 1 entry, signed checkpoint for size 1");
        CliRun consistency = vigil("consistency", "1", "2", "--data", data);
        assertThat(consistency.status()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(consistency.err()).contains("tree size 2 is beyond the log, which has 1 entry").doesNotContain("1 entries");
        CliRun verify = vigil("verify", "--data", data);
        assertThat(verify.status()).isZero();
        assertThat(verify.out()).startsWith("ok: 1 log entry, 1 record, 0 access events and 1 checkpoint verified");
    }

    @Test
    void consistencyBetweenSizesTheLogCannotHaveSaysWhichSizesAreAllowed() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(vigil("ingest", "--data", data, input().toString()).status()).isZero();
        for (String[] sizes : List.of(new String[] {"-1", "3"}, new String[] {"3", "2"})) {
            CliRun run = vigil("consistency", "--data", data, "--", sizes[0], sizes[1]);
            assertThat(run.status()).as(String.join(" ", sizes)).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("the old tree size must be from 1 to the new size, " + sizes[1] + ", not "
                    + sizes[0]);
        }
        assertThat(vigil("consistency", "--data", data, "0").err()).contains("from the empty tree");
        assertThat(vigil("consistency", "--data", data, "1", "99").status()).isEqualTo(ExitCode.NOT_FOUND);
        CliRun same = vigil("consistency", "--data", data, "2", "2");
        assertThat(same.status()).isZero();
        assertThat(same.out()).isEmpty();
    }

    @Test
    void anEmptyDataDirectoryIsRefusedRatherThanTakenAsTheWorkingDirectory() throws Exception {
        CliRun run = vigil("ingest", "--data", "", input().toString());
        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--data is empty");
    }

    @Test
    void linkTakesDataLikeEveryOtherCommand() throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "id,First Name,Surname,DOB\n1,Amy,Smith,1990-01-02\n2,Amy,Smith,1990-01-02\n3,Ben,Jones,1980-05-06\n");
        CliRun run = vigil("link", csv.toString(), "--id", "id", "--out", dir.resolve("pairs.csv").toString(),
                "--data", dir.resolve("data").toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("pairs.csv"))).startsWith("left_id,right_id,probability");
        CliRun over = vigil("link", csv.toString(), "--id", "id", "--out", csv.toString());
        assertThat(over.status()).isEqualTo(ExitCode.USAGE);
        assertThat(over.err()).contains("is also an input");
        assertThat(Files.readString(csv)).startsWith("id,First Name");
    }

    @Test
    void linkRefusesToWriteItsModelOrWaterfallsOverOneOfItsTables() throws Exception {
        Path csv = dir.resolve("people.csv");
        String table = "id,First Name,Surname,DOB\n1,Amy,Smith,1990-01-02\n2,Amy,Smith,1990-01-02\n3,Ben,Jones,1980-05-06\n";
        Files.writeString(csv, table);
        for (String option : List.of("--save-model", "--explain")) {
            CliRun run = vigil("link", csv.toString(), "--id", "id", "--out", dir.resolve("pairs.csv").toString(), option,
                    csv.toString());
            assertThat(run.status()).as(option).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(option).contains("is also an input");
            assertThat(Files.readString(csv)).as(option).isEqualTo(table);
        }
    }

    @Test
    void linkRefusesToWritePairsOrWaterfallsOverTheModelItReads() throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "id,First Name,Surname,DOB\n1,Amy,Smith,1990-01-02\n2,Amy,Smith,1990-01-02\n3,Ben,Jones,1980-05-06\n");
        Path model = dir.resolve("model.json");
        CliRun trained = vigil("link", csv.toString(), "--id", "id", "--out", dir.resolve("pairs.csv").toString(),
                "--save-model", model.toString());
        assertThat(trained.status()).as(trained.err()).isZero();
        String saved = Files.readString(model);
        String pairs = dir.resolve("pairs.csv").toString();
        for (String option : List.of("--out", "--explain")) {
            CliRun run = vigil("link", csv.toString(), "--id", "id", "--model", model.toString(), "--out",
                    option.equals("--out") ? model.toString() : pairs, "--explain", option.equals("--out") ? pairs
                    + ".txt" : model.toString());
            assertThat(run.status()).as(option).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(option).contains("is also an input");
            assertThat(Files.readString(model)).as(option).isEqualTo(saved);
        }
    }

    @Test
    void linkRefusesTwoOutputsThatAreOneFileAndWritesPairsToStandardOutputForADash() throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "id,First Name,Surname,DOB\n1,Amy,Smith,1990-01-02\n2,Amy,Smith,1990-01-02\n3,Ben,Jones,1980-05-06\n");
        Path pairs = dir.resolve("pairs.csv");
        CliRun same = vigil("link", csv.toString(), "--id", "id", "--out", pairs.toString(), "--explain",
                dir.resolve(".").resolve("pairs.csv").toString());
        assertThat(same.status()).isEqualTo(ExitCode.USAGE);
        assertThat(same.err()).contains("--out and --explain both name").contains("the second written would erase");
        assertThat(pairs).doesNotExist();
        CliRun dash = vigil("link", csv.toString(), "--id", "id", "--out", "-");
        assertThat(dash.status()).as(dash.err()).isZero();
        assertThat(dash.out()).startsWith("left_id,right_id,probability\n1,2,");
        assertThat(dir.resolve("-")).doesNotExist();
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void linkBlocksOnTheRulesGivenAndNamesAKeyItDoesNotKnow() throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "id,First Name,Surname,DOB\n1,Amy,Smith,1990-01-02\n2,Amy,Smith,1990-01-02\n3,Ben,Jones,1980-05-06\n");
        Path pairs = dir.resolve("pairs.csv");
        CliRun run = vigil("link", csv.toString(), "--id", "id", "--out", pairs.toString(), "--blocking", "dob",
                "--blocking", "surname&given_initial");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("blocking: [dob, surname&given_initial]");
        assertThat(Files.readAllLines(pairs)).hasSize(2).element(1).asString().startsWith("1,2,");
        CliRun unknown = vigil("link", csv.toString(), "--id", "id", "--out", pairs.toString(), "--blocking", "dob&nope");
        assertThat(unknown.status()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("unknown blocking key: nope");

        Path given = dir.resolve("given.csv");
        Files.writeString(given, "id,name\n1,a,b,c\n2\n3,b\n");
        CliRun tooFew = vigil("link", given.toString(), "--id", "id", "--out", pairs.toString());
        assertThat(tooFew.status()).isEqualTo(ExitCode.USAGE);
        assertThat(tooFew.err()).contains("no blocking rule can be made of it alone")
                .contains("or give the rules with --blocking").doesNotContain("at least one blocking rule is needed");
    }

    @Test
    void linkReadsTheRightFilesIdsFromTheColumnRightIdNames() throws Exception {
        Path left = dir.resolve("left.csv");
        Files.writeString(left, "id,First Name,Surname,DOB\n1,Amy,Smith,1990-01-02\n3,Ben,Jones,1980-05-06\n");
        Path right = dir.resolve("right.csv");
        Files.writeString(right, "ref,forename,surname,date_of_birth\nR7,Amy,SMITH,02/01/1990\nR8,Cal,Brown,1971-03-04\n");
        Path pairs = dir.resolve("pairs.csv");
        CliRun without = vigil("link", left.toString(), right.toString(), "--id", "id", "--out", pairs.toString());
        assertThat(without.status()).isNotZero();
        assertThat(without.err()).contains("right.csv has no id column id").contains("give it with --right-id COLUMN");
        CliRun run = vigil("link", left.toString(), right.toString(), "--id", "id", "--right-id", "ref",
                "--out", pairs.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readAllLines(pairs)).hasSize(2).element(1).asString().startsWith("1,R7,");

        Path french = dir.resolve("french.csv");
        Files.writeString(french, "ref,prenom,nom,date_of_birth\nR7,Amy,SMITH,02/01/1990\nR8,Cal,Brown,1971-03-04\n");
        CliRun named = vigil("link", left.toString(), french.toString(), "--id", "id", "--right-id", "ref",
                "--out", pairs.toString(), "--column", "given_name=prenom", "--column", "surname=nom");
        assertThat(named.status()).as(named.err()).isZero();
        assertThat(Files.readAllLines(pairs)).hasSize(2).element(1).asString().startsWith("1,R7,");
        CliRun twice = vigil("link", left.toString(), french.toString(), "--id", "id", "--right-id", "ref",
                "--out", pairs.toString(), "--column", "surname=Surname", "--column", "surname=nom");
        assertThat(twice.status()).isEqualTo(ExitCode.USAGE);
        assertThat(twice.err()).contains("--column surname is given 2 times (Surname, nom)");
    }

    @Test
    void aVehicleRecordedAsUnknownTiesNobodyTogether() throws Exception {
        // The last build raised a network and a vehicle alert on three unconnected suspects whose cars were "UNKNOWN".
        StringBuilder lines = new StringBuilder();
        String[] girls = {"Amy Lee", "Beth Ray", "Cara Fox"};
        for (int i = 1; i <= 3; i++) {
            lines.append("{\"type\":\"concern\",\"id\":\"V-").append(i).append("\",\"received\":\"2010-0").append(i)
                    .append("-01T10:00:00Z\",\"agency\":\"Police\",\"author\":{\"id\":\"p-1\"},\"subjects\":[")
                    .append("{\"ref\":\"s1\",\"role\":\"victim\",\"name\":\"").append(girls[i - 1])
                    .append("\",\"age\":14,\"sex\":\"F\"},{\"ref\":\"s2\",\"role\":\"suspect\",\"sex\":\"M\",")
                    .append("\"vehicles\":[{\"vrm\":\"").append(i == 2 ? "NOT KNOWN" : "UNKNOWN")
                    .append("\",\"description\":\"taxi\"}]}],\"indicators\":[\"older_partner\"]}\n");
        }
        Path in = Files.writeString(dir.resolve("unknown-cars.jsonl"), lines);
        Path alerts = dir.resolve("alerts.jsonl");
        CliRun run = vigil("replay", in.toString(), "--alerts", alerts.toString(), "--data", dir.resolve("d").toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readAllLines(alerts)).isNotEmpty().noneMatch(l -> l.contains("\"kind\":\"vehicle\"")
                || l.contains("\"kind\":\"network\""));
    }
}
