package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil demo} as a new user runs it, without serving: a town replayed, scored, verified, and what to try next. */
class DemoTest {
    private static final Pattern SPLIT = Pattern.compile("\\./vigil split --data (\\S+) --reason \"([^\"]+)\" (.+)");

    @TempDir
    Path dir;

    @Test
    void replaysATownScoresItVerifiesTheLogAndShowsAWrongJoinToSplit() {
        Path data = dir.resolve("demo");
        CliRun demo = CliRun.of("demo", "--no-serve", "--concerns", "1500", "--data", data.toString());
        assertThat(demo.status()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("offender recall", "mention linkage", "Log verified: ok");
        Matcher split = SPLIT.matcher(demo.out());
        assertThat(split.find()).as("the demo suggests a split:\n" + demo.out()).isTrue();
        assertThat(demo.out()).containsPattern("Linkage joined \\d+ persons that the town's truth says are more than one");

        List<String> args = new java.util.ArrayList<>(List.of("split", "--data", split.group(1), "--reason", split.group(2)));
        args.addAll(Arrays.asList(split.group(3).split(" ")));
        CliRun done = CliRun.of(args.toArray(String[]::new));
        assertThat(done.status()).as(done.err()).isZero();
        assertThat(done.out()).contains(" split at log entry ").contains(" is now P-");
        assertThat(CliRun.of("verify", "--data", data.toString()).status()).isZero();
    }

    /**
     * The demo's web app charts the police.uk months the repository holds, found through {@code vigil.home}, which
     * {@code ./vigil} sets: an outside audit found its harm chart empty ("No police.uk data is configured").
     */
    @Test
    void theDemoChartsThePoliceUkMonthsTheRepositoryHolds() throws Exception {
        String before = System.getProperty("vigil.home");
        try {
            DemoCommand demo = new DemoCommand();
            System.setProperty("vigil.home", Path.of("..").toAbsolutePath().normalize().toString());
            assertThat(demo.policeUkFiles()).hasSize(5).allSatisfy(f -> assertThat(f.getFileName().toString())
                    .endsWith("-south-yorkshire-street.csv"));
            System.setProperty("vigil.home", dir.toString());
            assertThat(demo.policeUkFiles()).as("not run from the repository").isEmpty();
            demo.policeUk = List.of(dir.resolve("given.csv"));
            assertThat(demo.policeUkFiles()).containsExactly(dir.resolve("given.csv"));
        } finally {
            if (before == null) {
                System.clearProperty("vigil.home");
            } else {
                System.setProperty("vigil.home", before);
            }
        }
    }

    @Test
    void aTownOfNoConcernsIsRefusedByItsOptionBeforeAnythingIsMade() {
        for (String concerns : List.of("0", "-5")) {
            Path data = dir.resolve("demo" + concerns);
            CliRun demo = CliRun.of("demo", "--no-serve", "--concerns", concerns, "--data", data.toString());
            assertThat(demo.status()).as(concerns).isEqualTo(ExitCode.USAGE);
            assertThat(demo.err()).as(concerns).contains("--concerns").contains("at least 1");
            assertThat(demo.out()).as(concerns).isEmpty();
            assertThat(data).as(concerns).doesNotExist();
        }
    }

    @Test
    void aDataFileThatIsNotADirectoryIsSaidToBeOneAndKept() throws Exception {
        Path file = Files.writeString(dir.resolve("records.jsonl"), "{}\n");
        CliRun demo = CliRun.of("demo", "--no-serve", "--concerns", "10", "--data", file.toString());
        assertThat(demo.status()).isEqualTo(ExitCode.FAILED);
        assertThat(demo.err()).contains(file + ": exists and is not a directory");
        assertThat(file).hasContent("{}");
    }

    @Test
    void evaluateListsTheOffendersMissedAndThePersonsWronglyFlaggedAsItCountsThem() {
        Path data = dir.resolve("demo");
        assertThat(CliRun.of("demo", "--no-serve", "--concerns", "1500", "--seed", "8", "--data", data.toString()).status())
                .isZero();
        CliRun run = CliRun.of("evaluate", "--data", data.toString(), "--truth", data.resolve("town/truth.jsonl").toString(),
                "--list");
        assertThat(run.status()).as(run.err()).isZero();
        String out = run.out();
        Matcher recall = Pattern.compile("offender recall\\s+(\\d+)/(\\d+)").matcher(out);
        Matcher precision = Pattern.compile("precision per flagged person\\s+(\\d+)/(\\d+)").matcher(out);
        assertThat(recall.find() && precision.find()).as(out).isTrue();
        int missed = Integer.parseInt(recall.group(2)) - Integer.parseInt(recall.group(1));
        assertThat(missed).as("seed 8 of 1,500 concerns misses offenders, so the list has lines to check").isPositive();
        int wrong = Integer.parseInt(precision.group(2)) - Integer.parseInt(precision.group(1));
        assertThat(out).contains("offenders no alert flagged (" + missed + "), by the truth's id",
                "persons flagged who are not offenders (" + wrong + "), by the truth's id");
        String missedPart = out.substring(out.indexOf("offenders no alert flagged"), out.indexOf("persons flagged who"));
        assertThat(missedPart.lines().skip(1).filter(l -> l.matches("  \\S+: \\d+ mentions?, in \\d+ persons?: P-.*")))
                .hasSize(missed);
        String wrongPart = out.substring(out.indexOf("persons flagged who"));
        assertThat(wrongPart.lines().skip(1).filter(l -> l.matches("  \\S+ \\(\\w+\\): flagged by A-\\d+.*; \\d+ mentions?, .*")))
                .hasSize(wrong);

        // Spec §3: its replay of the store says how far it is when asked, and it scores the same.
        assertThat(run.err()).isEmpty();
        CliRun shown = CliRun.of("evaluate", "--data", data.toString(), "--truth",
                data.resolve("town/truth.jsonl").toString(), "--list", "--progress", "lines");
        assertThat(shown.status()).as(shown.err()).isZero();
        assertThat(shown.out()).isEqualTo(out);
        assertThat(shown.err()).matches("(?s)replayed 1000 of (\\d+) records\n.*replayed (\\1) of \\1 records\n"
                + "scoring the alerts and persons against the truth\n");

        // A mention whose record the store never took (quarantined, say) is scored as linked to no one.
        Path truth = dir.resolve("truth-with-a-quarantined-record.jsonl");
        try {
            Files.writeString(truth, Files.readString(data.resolve("town/truth.jsonl"))
                    + "{\"type\":\"mention\",\"mention\":\"NEVER-STORED/s1\",\"person\":\"T-NEW\"}\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CliRun absent = CliRun.of("evaluate", "--data", data.toString(), "--truth", truth.toString());
        assertThat(absent.status()).as(absent.err()).isZero();
        assertThat(absent.out()).containsPattern("1 of the truth's \\d+ mentions are not in the store")
                .contains(out.substring(0, out.indexOf("mention linkage")));
    }
}
