package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.vigil.ledger.Access;
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

    private static final ObjectMapper JSON = new ObjectMapper();

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
            PrintWriter out = spec.commandLine().getOut();
            long[] n = {0};
            // Until linkage lands, each mention is its own person (issue 2); ids follow the log's order.
            workspace.store.forEachMention(m -> {
                ObjectNode person = JSON.createObjectNode();
                person.put("person", String.format("P-%06d", ++n[0]));
                person.putArray("mentions").add(m.key());
                var names = person.putArray("names");
                if (m.name() != null) {
                    names.add(m.name());
                }
                person.putObject("roles").put(m.role(), 1);
                try {
                    out.println(JSON.writeValueAsString(person));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
            return ExitCode.OK;
        }
    }
}
