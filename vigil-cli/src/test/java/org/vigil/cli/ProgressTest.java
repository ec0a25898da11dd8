package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Spec §3: progress on long work only when standard error is a terminal. */
class ProgressTest {
    @Test
    void aTerminalIsAPseudoTerminalOrATtyAndNotAFileOrAPipe() {
        assertThat(Progress.isTerminal("/dev/pts/3")).isTrue();
        assertThat(Progress.isTerminal("/dev/tty1")).isTrue();
        assertThat(Progress.isTerminal("/tmp/ingest.log")).isFalse();
        assertThat(Progress.isTerminal("pipe:[48213]")).isFalse();
        assertThat(Progress.isTerminal("/dev/null")).isFalse();
    }

    @Test
    void drawsNothingWhenStandardErrorIsNotATerminal() {
        // Under the build, standard error is a pipe or a file whatever standard input and output are.
        assertThat(Progress.standardErrorIsTerminal()).isFalse();
        StringWriter err = new StringWriter();
        new Progress(new PrintWriter(err), Progress.Mode.AUTO).committed(Path.of("in.jsonl"), 10, 10, 1, 1, 0);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aReplayInEventOrderCountsRecordsNotTheLinesOfAFile() {
        StringWriter bar = new StringWriter();
        new Progress(new PrintWriter(bar), Progress.Mode.BAR).committedInEventOrder(5_000, 5_000, 4_990);
        assertThat(bar.toString()).isEqualTo("\rreplaying in event order [" + "#".repeat(30)
                + "] 100%  5,000 of 5,000 records  4,990 accepted\n");
        StringWriter lines = new StringWriter();
        new Progress(new PrintWriter(lines), Progress.Mode.LINES).committedInEventOrder(2_000, 5_000, 1_990);
        assertThat(lines.toString()).isEqualTo("committed 2000 of 5000 records in event-time order: 1990 accepted\n");
    }

    @Test
    void aReplayOfTheStoreIsABarOnATerminalAndALineEachTimeWhenAskedFor() {
        StringWriter bar = new StringWriter();
        Progress onTerminal = new Progress(new PrintWriter(bar), Progress.Mode.BAR);
        onTerminal.replayed(1_000, 4_000);
        onTerminal.replayed(4_000, 4_000);
        onTerminal.stage("ranking the priorities");
        assertThat(bar.toString()).startsWith("\rreplaying the store").contains("25%  1,000 of 4,000 records")
                .endsWith("100%  4,000 of 4,000 records\nranking the priorities\n");
        StringWriter lines = new StringWriter();
        Progress forAScript = new Progress(new PrintWriter(lines), Progress.Mode.LINES);
        forAScript.replayed(1_000, 4_000);
        forAScript.stage("writing the alerts");
        assertThat(lines.toString()).isEqualTo("replayed 1000 of 4000 records\nwriting the alerts\n");
        StringWriter none = new StringWriter();
        Progress auto = new Progress(new PrintWriter(none), Progress.Mode.AUTO);
        auto.replayed(4_000, 4_000);
        auto.stage("writing the alerts");
        assertThat(none.toString()).isEmpty();
    }

    @Test
    void anAuditIsABarForEachPassOnATerminal() {
        StringWriter bar = new StringWriter();
        Progress onTerminal = new Progress(new PrintWriter(bar), Progress.Mode.BAR);
        onTerminal.checked("rebuilding the tree", 0, 20_000);
        onTerminal.checked("rebuilding the tree", 20_000, 20_000);
        onTerminal.checked("checking the records", 19_000, 19_000);
        assertThat(bar.toString()).isEqualTo("\rrebuilding the tree      [" + " ".repeat(30) + "]   0%  0 of 20,000"
                + "\rrebuilding the tree      [" + "#".repeat(30) + "] 100%  20,000 of 20,000\n"
                + "\rchecking the records     [" + "#".repeat(30) + "] 100%  19,000 of 19,000\n");
    }
}
