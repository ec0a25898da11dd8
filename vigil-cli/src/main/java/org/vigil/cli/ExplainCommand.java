package org.vigil.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vigil.ledger.Access;
import org.vigil.linkage.explain.Waterfall;
import org.vigil.people.PersonIndex;
import org.vigil.people.PersonsExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explains why two mentions are, or are not, taken for one person: each comparison's level and"
                + " match weight, the prior, the total and the probability (a waterfall of match weights).",
                "A mention is \"<concern id>/<ref>\", e.g. YP-2003-0117/s2. The read is logged."})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AccessOptions access;

    @Parameters(index = "0", paramLabel = "MENTION", description = "one mention, as vigil export persons lists them")
    String left;

    @Parameters(index = "1", paramLabel = "MENTION", description = "the other mention")
    String right;

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.openExisting(storeOptions)) {
            // The persons export persons names, whatever order the records were ingested in.
            PersonIndex people = PersonsExport.exported(workspace.store, workspace::people);
            for (String mention : new String[] {left, right}) {
                if (people.personOf(mention) == null) {
                    throw new java.util.NoSuchElementException("no mention " + mention + " is stored");
                }
            }
            // One access to each mention shown, as the web app logs a view, so "who knew" about either person or
            // concern lists it: a target of both keys together matched neither.
            workspace.ledger().commit(List.of(), Stream.of(left, right).distinct()
                    .map(mention -> new Access(access.actor, "explain", mention, access.reason)).toList());
            Waterfall waterfall = people.explain(left, right);
            var out = spec.commandLine().getOut();
            out.print(waterfall.toText());
            double shift = people.priorShift(left, right);
            if (shift != 0) {
                out.printf(Locale.ROOT, "the prior is %.2f bits below the model's own: the later mention was linked"
                        + " when the store held more mentions than the model's prior was set for, and the more people a"
                        + " town holds, the more of them share a name%n", -shift);
            }
            int leftOut = people.leftOutOfFrequencies(left, right);
            if (leftOut > 0) {
                out.printf(Locale.ROOT, "the term frequencies are counted without the other mentions of the earlier"
                        + " mention's person (%,d in all), so they say how often someone else holds each value: a person"
                        + " named this often would otherwise make his own values look common%n", leftOut);
            }
            out.printf(Locale.ROOT, "%s is %s; %s is %s: %s%n", left, people.personOf(left), right, people.personOf(right),
                    people.personOf(left).equals(people.personOf(right)) ? "the same person" : "different persons"
                            + people.whyApart(left, right).map(why -> ", though the pair reaches the threshold: " + why)
                            .orElse(""));
            return ExitCode.OK;
        }
    }
}
