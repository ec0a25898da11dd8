package org.vigil.cli;

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
                out.printf("ok: %d log entries, %d records, %d access events and %d checkpoints verified%n",
                        report.entries(), report.records(), report.accesses(), report.checkpoints());
                return ExitCode.OK;
            }
            var err = spec.commandLine().getErr();
            err.printf("FAILED: %d problem%s found in %d log entries, %d records, %d checkpoints:%n",
                    report.problems().size(), report.problems().size() == 1 ? "" : "s", report.entries(),
                    report.records(), report.checkpoints());
            report.problems().forEach(p -> err.println("  - " + p));
            return ExitCode.TAMPERED;
        }
    }
}
