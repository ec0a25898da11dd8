package org.vigil.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The {@code --progress} option of every command that shows progress on long work (spec §3). */
final class ProgressOptions {
    @Option(names = "--progress", defaultValue = "AUTO", paramLabel = "MODE",
            description = "progress on standard error: ${COMPLETION-CANDIDATES} (default: a bar on a terminal)")
    Progress.Mode mode;

    /** Progress drawn on {@code err} as this option says. */
    Progress on(PrintWriter err) {
        return new Progress(err, mode);
    }
}
