package org.vigil.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "checkpoint", mixinStandardHelpOptions = true,
        description = "Writes the latest signed checkpoint (C2SP tlog-checkpoint signed note).")
final class CheckpointCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.openExisting(storeOptions)) {
            spec.commandLine().getOut().print(workspace.ledger().latestCheckpoint());
            return ExitCode.OK;
        }
    }
}
