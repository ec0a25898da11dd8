package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./vigil} launcher's choice of JIT options (docs/decisions/jvm-inlining.md), run for real with bash on a
 * copy of the script beside an existing jar, so that it builds nothing, and with {@code java} and {@code nproc} on
 * the path replaced by scripts that print their arguments and claim two cores.
 */
@EnabledOnOs({OS.LINUX, OS.MAC}) // the launcher is a bash script
class LauncherTest {
    private static final String C1 = "-XX:TieredStopAtLevel=1";
    private static final String BUDGET = "-XX:FreqInlineSize=50 -XX:InlineSmallCode=500";

    @TempDir
    Path dir;
    private Path bin;

    @BeforeEach
    void copyTheLauncher() throws IOException {
        Path script = Path.of(System.getProperty("user.dir")).getParent().resolve("vigil");
        Files.copy(script, dir.resolve("vigil"));
        executable(dir.resolve("vigil"));
        Files.createDirectories(dir.resolve("vigil-cli/target"));
        Files.writeString(dir.resolve("vigil-cli/target/vigil.jar"), "a jar newer than every source: none is here");
        bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"$@\"\n");
        Files.writeString(bin.resolve("nproc"), "#!/bin/sh\necho 2\n");
        executable(bin.resolve("java"));
        executable(bin.resolve("nproc"));
    }

    @Test
    void aSmallLinkageRunsOnC1Alone() throws Exception {
        Path csv = Files.writeString(dir.resolve("people.csv"), "id,name\n1,Ash\n");
        assertThat(launch(null, "link", csv.toString(), "--id", "id", "--out", "pairs.csv"))
                .contains("-XX:MaxRAMPercentage=75 " + C1).doesNotContain(BUDGET);
    }

    @Test
    void aLargeInputKeepsC2WithTheSmallerInliningBudget() throws Exception {
        Path big = dir.resolve("people.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(17L * 1024 * 1024); // sparse: the launcher reads its size, not its bytes
        }
        assertThat(launch(null, "link", big.toString(), "--id", "id", "--out", "pairs.csv"))
                .contains(BUDGET).doesNotContain(C1);
    }

    @Test
    void aLargeStoreCountsForTheCommandsThatReadIt() throws Exception {
        Path store = Files.createDirectories(dir.resolve("store"));
        try (RandomAccessFile f = new RandomAccessFile(store.resolve("vigil.db").toFile(), "rw")) {
            f.setLength(20L * 1024 * 1024);
        }
        assertThat(launch(null, "verify", "--data", store.toString())).contains(BUDGET).doesNotContain(C1);
        assertThat(launch(null, "verify", "--data=" + store)).contains(BUDGET).doesNotContain(C1);
        assertThat(launch(null, "verify", "--data", dir.resolve("empty").toString())).contains(C1);
    }

    @Test
    void theDemoRunsOnC1UpToTwentyThousandConcerns() throws Exception {
        assertThat(launch(null, "demo", "--no-serve")).contains(C1);
        assertThat(launch(null, "demo", "--concerns=20000")).contains(C1);
        assertThat(launch(null, "demo", "--concerns", "50000")).contains(BUDGET).doesNotContain(C1);
    }

    @Test
    void theServerKeepsTheDefaultsAndTheUsersOptionsReplaceEverything() throws Exception {
        String serve = launch(null, "serve", "--port", "8080");
        String home = "-Dvigil.home=" + dir.toAbsolutePath() + " -jar ";
        assertThat(serve).startsWith("-XX:MaxRAMPercentage=75 " + home).doesNotContain(C1).doesNotContain(BUDGET);
        assertThat(launch("-Xmx1g", "link", "x.csv", "--id", "id")).as("vigil.home is kept: it is not a JIT option")
                .startsWith("-Xmx1g " + home);
    }

    /** What the launcher passes to java, from {@code -XX} to the last argument. */
    private String launch(String javaOpts, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", dir.resolve("vigil").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        if (javaOpts == null) {
            pb.environment().remove("VIGIL_JAVA_OPTS");
        } else {
            pb.environment().put("VIGIL_JAVA_OPTS", javaOpts);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
