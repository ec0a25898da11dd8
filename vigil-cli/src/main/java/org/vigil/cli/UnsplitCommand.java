package org.vigil.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.vigil.people.PersonSplits;
import org.vigil.store.PersonLink;
import org.vigil.store.PersonSplit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "unsplit", mixinStandardHelpOptions = true,
        description = {"Records your decision that a split of a person was wrong: the split made at log entry SPLIT"
                + " (as vigil split printed it) is taken back, and linkage joins the two sides again on their evidence.",
                "The decision is logged with who made it and why; the split stays in the log. The split's new id is"
                + " not given to anyone else, so no other person's id moves."})
final class UnsplitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    DecisionOptions decision;

    @Parameters(index = "0", paramLabel = "SPLIT", description = "the log entry of the split to take back")
    long split;

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.openExisting(storeOptions).leased(spec.commandLine().getErr())) {
            PersonSplits.Outcome outcome = PersonSplits.revoke(workspace.store, workspace.ledger(),
                    workspace.persons(), split, decision.actor, decision.reason, Instant.now());
            PersonSplit revocation = outcome.split();
            var out = spec.commandLine().getOut();
            out.printf("the split of %s at log entry %d is taken back at log entry %d%n", revocation.person(),
                    revocation.revokes(), revocation.leaf());
            for (PersonLink moved : outcome.moved()) {
                out.printf("  %s is now %s%n", moved.mention(), moved.person());
            }
            return ExitCode.OK;
        }
    }
}
