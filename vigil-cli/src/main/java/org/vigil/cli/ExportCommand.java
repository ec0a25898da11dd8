package org.vigil.cli;

import java.util.concurrent.Callable;
import org.vigil.ledger.Access;
import org.vigil.people.PersonsExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes persons, alerts or priorities as JSON Lines on standard output (spec §2). The export"
                + " is logged with who made it and why."})
final class ExportCommand implements Callable<Integer> {
    enum What { persons, alerts, priorities }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AccessOptions access;

    @Parameters(paramLabel = "WHAT", description = "persons, alerts or priorities")
    What what;

    @Override
    public Integer call() {
        if (what != What.persons) {
            throw new UnsupportedOperationException("export " + what + " needs the alerts engine, which this build"
                    + " does not have yet");
        }
        try (Workspace workspace = Workspace.open(storeOptions)) {
            workspace.ledger().log(new Access(access.actor, "export " + what, null, access.reason));
            PersonsExport.write(workspace.store, workspace::people, spec.commandLine().getOut());
            return ExitCode.OK;
        }
    }
}
