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
}
