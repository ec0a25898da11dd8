package org.vigil.cli;

import java.util.concurrent.Callable;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.priority.Priorities;
import org.vigil.alerts.priority.PriorityLine;
import org.vigil.ledger.Access;
import org.vigil.watch.StoreReplay;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import org.vigil.people.PersonsExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes persons, alerts or priorities as JSON Lines on standard output (spec §2). Alerts and"
                + " priorities are worked out by replaying the store in event time, so they depend only on what was"
                + " received. Rankings advise; people decide. The export is logged with who made it and why."})
final class ExportCommand implements Callable<Integer> {
    enum What { persons, alerts, priorities }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AccessOptions access;

    @Parameters(paramLabel = "WHAT", description = "persons, alerts or priorities")
    What what;

    @Mixin
    ProgressOptions progressOptions;

    @Option(names = "--as-of", paramLabel = "TIME", converter = EventTime.class,
            description = "persons, alerts or priorities as they stood at this event time: 2004-02-02T11:00:00Z,"
                    + " 2004-02-02T12:00:00+01:00, a time without a zone (UTC) or a date (the end of that day, UTC);"
                    + " default: all")
    Instant asOf;

    @Option(names = "--by", defaultValue = "harm", paramLabel = "ORDER",
            description = "priorities ranked by harm (default) or by volume, as a volume-target regime would")
    String by;

    @Override
    public Integer call() {
        // Before anything is read or logged: an order that orders nothing, or no order at all, is the user's slip.
        if (what != What.priorities && spec.commandLine().getParseResult().hasMatchedOption("--by")) {
            throw new ParameterException(spec.commandLine(), "--by orders priorities only, not " + what);
        }
        if (!by.equals("harm") && !by.equals("volume")) {
            throw new ParameterException(spec.commandLine(), "--by is harm or volume, not " + by);
        }
        try (Workspace workspace = Workspace.openExisting(storeOptions)) {
            // What was disclosed, as asked: the time it stood at and the order.
            String action = "export " + what + (asOf == null ? "" : " as of " + asOf)
                    + (by.equals("volume") ? " by volume" : "");
            workspace.ledger().log(new Access(access.actor, action, Access.EVERY_RECORD, access.reason));
            PrintWriter out = spec.commandLine().getOut();
            // What other processes commit meanwhile is left out rather than half read.
            Progress progress = progressOptions.on(spec.commandLine().getErr());
            workspace.store.atOneMoment(() -> write(workspace, out, progress));
            out.flush();
            return ExitCode.OK;
        }
    }

    /** Writes the export; {@code progress} is told how far the replay of the store is, then what comes after it. */
    private Void write(Workspace workspace, PrintWriter out, Progress progress) {
        switch (what) {
            case persons -> {
                int written = asOf == null ? PersonsExport.write(workspace.store, workspace::people, out, progress)
                        : PersonsExport.writeAsOf(workspace.store, asOf, out, progress);
                progress.stage("wrote " + Counted.of(written, "person", "persons"));
            }
            case alerts -> {
                AlertEngine engine = replay(workspace, progress);
                progress.stage("writing the alerts");
                engine.alerts().forEach(a -> out.println(a.toJsonWithHistory().toString()));
            }
            case priorities -> {
                AlertEngine engine = replay(workspace, progress);
                progress.stage("ranking the priorities");
                Priorities priorities = new Priorities(engine);
                Instant at = asOf != null ? asOf : engine.clock();
                List<PriorityLine> lines = switch (by) {
                    case "harm" -> priorities.rank(at);
                    case "volume" -> priorities.rankByVolume(at);
                    default -> throw new IllegalArgumentException("--by is harm or volume, not " + by);
                };
                lines.forEach(l -> out.println(l.toJsonLine()));
            }
            default -> throw new IllegalStateException(what.name());
        }
        return null;
    }

    private AlertEngine replay(Workspace workspace, Progress progress) {
        return StoreReplay.run(workspace.store, asOf, change -> { }, AlertEngine.History.ALL, progress);
    }
}
