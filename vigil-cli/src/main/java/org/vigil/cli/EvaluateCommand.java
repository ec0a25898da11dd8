package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.evaluation.AlertScore;
import org.vigil.alerts.evaluation.LinkageScore;
import org.vigil.alerts.evaluation.Truth;
import org.vigil.ledger.Access;
import org.vigil.people.PersonIndex;
import org.vigil.watch.StoreReplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Scores Vigil's alerts and persons on a store against a synthetic town's ground truth: offender"
                + " recall, precision per flagged person and per alert, false alarms on benign adults, concerns naming"
                + " an offender before his first alert, and mention-linkage precision, recall and F1.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AccessOptions access;

    @Option(names = "--truth", required = true, paramLabel = "TRUTH.jsonl", description = "the town's truth file")
    Path truthFile;

    @Override
    public Integer call() throws IOException {
        Truth truth = Truth.read(truthFile);
        try (Workspace workspace = Workspace.open(storeOptions)) {
            workspace.ledger().log(new Access(access.actor, "evaluate", Access.EVERY_RECORD, access.reason));
            AlertEngine engine = StoreReplay.run(workspace.store, null, change -> { });
            PersonIndex people = workspace.people();
            Map<String, String> assignment = new HashMap<>();
            truth.personOf().keySet().forEach(m -> assignment.put(m, people.personOf(m)));
            print(spec.commandLine().getOut(), AlertScore.of(engine.alerts(), truth),
                    LinkageScore.of(assignment, truth.personOf()));
            return ExitCode.OK;
        }
    }

    static void print(PrintWriter out, AlertScore a, LinkageScore l) {
        out.printf(Locale.ROOT, "offender recall                  %d/%d = %.3f%n", a.offendersFlagged(), a.offenders(), a.recall());
        out.printf(Locale.ROOT, "precision per flagged person     %d/%d = %.3f%n", a.flaggedOffenders(), a.flagged(),
                a.precisionPerPerson());
        out.printf(Locale.ROOT, "precision per alert              %d/%d = %.3f (all kinds but overdue)%n", a.alertsTrue(), a.alerts(),
                a.precisionPerAlert());
        out.printf(Locale.ROOT, "benign adults flagged as suspect %d%s%n", a.benignFlagged().size(),
                a.benignFlagged().isEmpty() ? "" : " " + a.benignFlagged().keySet());
        out.printf(Locale.ROOT, "median concerns naming an offender before his first alert: %s%n",
                Double.isInfinite(a.medianConcernsBeforeAlert()) ? "never alerted" : String.format(Locale.ROOT, "%.1f",
                        a.medianConcernsBeforeAlert()));
        out.printf(Locale.ROOT, "alerts by kind                   %s%n", a.byKind());
        out.printf(Locale.ROOT, "mention linkage                  precision %.3f, recall %.3f, F1 %.3f%n", l.precision(), l.recall(),
                l.f1());
    }
}
