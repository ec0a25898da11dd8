package org.vigil.cli;

import java.util.concurrent.Callable;
import org.vigil.ledger.LogKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "key", mixinStandardHelpOptions = true,
        description = "Writes the log's verifier key (signed-note vkey form), making the key first if there is none.")
final class KeyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(LogKeys.loadOrCreate(storeOptions.data).vkey());
        return ExitCode.OK;
    }
}
