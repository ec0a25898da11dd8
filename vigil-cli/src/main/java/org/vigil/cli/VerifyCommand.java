package org.vigil.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.ledger.AuditReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Rebuilds the log's Merkle tree from the stored entries and checks it, every stored record and"
                + " access event, and every checkpoint ever signed. Names anything that is wrong.",
                "Exit status: 0 if all is as logged, 4 if anything is not."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.openExisting(storeOptions)) {
            AuditReport report = workspace.audit().run();
            var out = spec.commandLine().getOut();
            if (report.ok()) {
                out.printf(Locale.ROOT, "ok: %s, %s, %s and %s verified%n", Counted.of(report.entries(), "log entry", "log entries"),
                        Counted.of(report.records(), "record", "records"),
                        Counted.of(report.accesses(), "access event", "access events"),
                        Counted.of(report.checkpoints(), "checkpoint", "checkpoints"));
                return ExitCode.OK;
            }
            var err = spec.commandLine().getErr();
            err.printf(Locale.ROOT, "FAILED: %s found in %s, %s, %s:%n", Counted.of(report.problems().size(), "problem", "problems"),
                    Counted.of(report.entries(), "log entry", "log entries"), Counted.of(report.records(), "record", "records"),
                    Counted.of(report.checkpoints(), "checkpoint", "checkpoints"));
            report.problems().forEach(p -> err.println("  - " + p));
            return ExitCode.TAMPERED;
        }
    }
}
