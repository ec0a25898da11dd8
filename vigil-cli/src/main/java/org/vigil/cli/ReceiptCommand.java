package org.vigil.cli;

import java.util.concurrent.Callable;
import org.vigil.ledger.Access;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "receipt", mixinStandardHelpOptions = true,
        description = "Writes the receipt (C2SP tlog-proof@v1) for the record with this id: its log entry, index and"
                + " inclusion proof under the latest signed checkpoint. Check it offline with the key from 'vigil key'."
                + " The request is logged, with who and why, as the web app logs a receipt's download.")
final class ReceiptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AccessOptions access;

    @Parameters(paramLabel = "ID", description = "the record's id")
    String id;

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.openExisting(storeOptions)) {
            String receipt = workspace.ledger().receipt(id).toText(); // first: an id with no record logs nothing
            workspace.ledger().log(new Access(access.actor, "receipt", id, access.reason));
            spec.commandLine().getOut().print(receipt);
            return ExitCode.OK;
        }
    }
}
