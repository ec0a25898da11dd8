package org.vigil.cli;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.people.PersonSplits;
import org.vigil.store.PersonLink;
import org.vigil.store.PersonSplit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "split", mixinStandardHelpOptions = true,
        description = {"Records your decision that some mentions linked as one person are someone else: the person is"
                + " split in two. The side holding the person's oldest mention keeps its id; the mentions named here"
                + " (or, if they hold the oldest, the others) take a new one.",
                "The decision is logged with who made it and why (DPA 2018 ss.49-50), and from then on linkage keeps"
                + " the two sides apart, in every export and replay of this store. A mention is"
                + " \"<concern id>/<ref>\", e.g. YP-2003-0117/s2; vigil export persons lists them."})
final class SplitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    DecisionOptions decision;

    @Parameters(arity = "1..*", paramLabel = "MENTION", description = "mentions of one person that are someone else")
    List<String> mentions;

    @Option(names = "--dry-run", description = "say what the split would do, and log nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        Workspace opened = Workspace.openExisting(storeOptions);
        try (Workspace workspace = dryRun ? opened : opened.leased(spec.commandLine().getErr())) {
            PersonSplits.Outcome outcome = dryRun
                    ? PersonSplits.preview(workspace.store, workspace.persons(), mentions, decision.actor,
                            decision.reason, Instant.now())
                    : PersonSplits.split(workspace.store, workspace.ledger(), workspace.persons(), mentions,
                            decision.actor, decision.reason, Instant.now());
            PersonSplit split = outcome.split();
            var out = spec.commandLine().getOut();
            int kept = split.rest().size();
            out.printf("%s %s: %d %s %s, %d %s %s%n", split.person(),
                    dryRun ? "would be split (a dry run: nothing was logged)" : "split at log entry " + split.leaf(),
                    kept, kept == 1 ? "mention stays" : "mentions stay", split.person(), split.splitOff().size(),
                    dryRun ? "would become" : "now", split.newPerson());
            for (PersonLink moved : outcome.moved()) {
                out.printf("  %s %s %s%n", moved.mention(), dryRun ? "would be" : "is now", moved.person());
            }
            return ExitCode.OK;
        }
    }
}
