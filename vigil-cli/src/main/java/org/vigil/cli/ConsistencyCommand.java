package org.vigil.cli;

import java.util.concurrent.Callable;
import org.vigil.log.Hash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "consistency", mixinStandardHelpOptions = true,
        description = "Writes the RFC 6962 consistency proof between two tree sizes, one base64 hash a line."
                + " NEW_SIZE defaults to the size of the latest checkpoint.")
final class ConsistencyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "OLD_SIZE",
            description = "the older tree size, such as that of the checkpoint a receipt ends with")
    long oldSize;

    @Parameters(index = "1", paramLabel = "NEW_SIZE", arity = "0..1",
            description = "the newer tree size (default: that of the latest checkpoint)")
    Long newSize;

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.openExisting(storeOptions)) {
            long logSize = workspace.ledger().size();
            long size = newSize == null ? logSize : newSize;
            for (long asked : new long[] {oldSize, size}) {
                if (asked > logSize) {
                    throw new java.util.NoSuchElementException("tree size " + asked + " is beyond the log, which has "
                            + Counted.of(logSize, "entry", "entries"));
                }
            }
            var out = spec.commandLine().getOut();
            for (Hash hash : workspace.ledger().consistencyProof(oldSize, size)) {
                out.println(hash.base64());
            }
            return ExitCode.OK;
        }
    }
}
