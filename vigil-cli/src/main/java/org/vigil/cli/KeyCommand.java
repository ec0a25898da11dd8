package org.vigil.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "key", mixinStandardHelpOptions = true,
        description = "Writes the log's verifier key (signed-note vkey form), making the key first for a new, empty store.")
final class KeyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.open(storeOptions)) {
            spec.commandLine().getOut().println(workspace.signer.vkey());
        }
        return ExitCode.OK;
    }
}
