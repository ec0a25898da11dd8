package org.vigil.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.ingest.FileSummary;
import org.vigil.ingest.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Takes records in (JSON Lines, plain or gzip): stores each exactly as received, appends it to"
                + " the tamper-evident log, and quarantines any line that cannot be accepted.",
                "Exit status: 0 if every record was accepted or already stored, 3 if any line was rejected."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON Lines files (.jsonl or .jsonl.gz)")
    List<Path> files;

    @Mixin
    ProgressOptions progressOptions;

    @Option(names = "--batch", defaultValue = "5000", paramLabel = "N", description = "records per commit (default: ${DEFAULT-VALUE})")
    int batch;

    @Override
    public Integer call() {
        InputFiles.checkReadable(files);
        if (batch < 1) {
            throw new IllegalArgumentException("--batch is how many records each commit takes, at least 1, not " + batch);
        }
        var err = spec.commandLine().getErr();
        Progress progress = progressOptions.on(err);
        long rejected = 0;
        long taken = 0;
        try (Workspace workspace = Workspace.open(storeOptions)) {
            Ingest.Options defaults = Ingest.Options.DEFAULT;
            Ingest ingest = new Ingest(workspace.store, workspace.ledger(), workspace.linker(err), storeOptions.data.resolve("quarantine"),
                    new Ingest.Options(batch, defaults.maxRecordBytes(), defaults.maxLineBytes()), progress);
            for (FileSummary summary : ingest.ingest(files)) {
                err.println(summary);
                rejected += summary.rejected();
                taken += summary.accepted() + summary.unchanged();
            }
            long size = workspace.store.logSize(); // other processes may have logged since this ingest last did
            err.println("log: " + Counted.of(size, "entry", "entries") + (size == 0 ? " (nothing to sign yet)"
                    : ", signed checkpoint for size " + size));
        }
        if (rejected > 0) {
            err.println(rejected + " line" + (rejected == 1 ? " was" : "s were") + " rejected and quarantined; "
                    + (taken == 0 ? "no record was accepted" : "every other record was accepted"));
            return ExitCode.REJECTED;
        }
        return ExitCode.OK;
    }
}
