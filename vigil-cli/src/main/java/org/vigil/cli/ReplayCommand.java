package org.vigil.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.vigil.alerts.AlertChange;
import org.vigil.alerts.AlertEngine;
import org.vigil.ingest.CommitListener;
import org.vigil.ingest.FileSummary;
import org.vigil.ingest.Ingest;
import org.vigil.ledger.Access;
import org.vigil.watch.StoreReplay;
import org.vigil.watch.Watch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Ingests records in event-time order, as if they had arrived live, linking each mention and"
                + " writing every alert, as it is raised, to the --alerts file (spec §2.2; raised is event time).",
                "Into a store that already holds records, the alerts written are those of the whole store replayed in"
                + " event time, so running the same replay again writes the same file.",
                "Writing the alerts is logged, as export alerts is, with who made it and why.",
                "Bad lines are quarantined as by ingest. Exit status: 0, or 3 if any line was rejected."})
final class ReplayCommand implements Callable<Integer> {
    /** How every line {@code Alert.toJsonLine} writes begins. */
    private static final String ALERT_LINE_START = "{\"alert\":";

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AccessOptions access;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON Lines files (.jsonl or .jsonl.gz)")
    List<Path> files;

    @Option(names = "--alerts", required = true, paramLabel = "OUT.jsonl", description = "where to write the alerts")
    Path alerts;

    @Mixin
    ProgressOptions progressOptions;

    @Override
    public Integer call() throws IOException {
        InputFiles.checkReadable(files);
        InputFiles.checkWritable(alerts, files);
        checkHoldsAlertsOnly(alerts);
        var err = spec.commandLine().getErr();
        Progress progress = progressOptions.on(err);
        long rejected = 0;
        long[] counts = {0, 0};
        boolean rebuilt;
        try (Workspace workspace = Workspace.open(storeOptions);
             BufferedWriter out = Files.newBufferedWriter(alerts, StandardCharsets.UTF_8)) {
            Consumer<AlertChange> writeRaised = change -> {
                if (change.type() == AlertChange.Type.RAISED) {
                    counts[0]++;
                    write(out, change.alert().toJsonLine());
                } else {
                    counts[1]++;
                }
            };
            // Into an empty store the alerts are written live, as each is raised. Into a store that already holds
            // records (a re-run, or inputs ingested before), a live engine would see only what this run adds, so a
            // re-run would write no alerts at all: instead the whole store is replayed in event time once the records
            // are in, which gives the same alerts as the first run did, and as export alerts does.
            rebuilt = workspace.store.logSize() > 0;
            Ingest ingest = new Ingest(workspace.store, workspace.ledger(), workspace.linker(err),
                    storeOptions.data.resolve("quarantine"), Ingest.Options.DEFAULT,
                    progress, rebuilt ? CommitListener.NONE
                            // Alerts are written as raised and updates only counted: the engine keeps no history.
                            : new Watch(new AlertEngine(AlertEngine.History.LATEST), writeRaised));
            for (FileSummary summary : ingest.replay(files)) {
                err.println(summary);
                rejected += summary.rejected();
            }
            // Spec §5: the alerts file discloses what Vigil holds about every person in the store, as export alerts
            // does; logged after the records it derives from, before a rebuilt replay reads them.
            workspace.ledger().log(new Access(access.actor, "replay alerts", Access.EVERY_RECORD, access.reason));
            if (rebuilt) {
                StoreReplay.run(workspace.store, null, writeRaised, AlertEngine.History.LATEST, progress);
            }
        }
        if (rebuilt) {
            err.println("the store already held records, so the alerts are those of replaying all of it in event time");
        }
        err.printf(Locale.ROOT, "%s raised (%,d later updated with new evidence), written to %s%n",
                Counted.of(counts[0], "alert", "alerts"), counts[1], alerts);
        return rejected > 0 ? ExitCode.REJECTED : ExitCode.OK;
    }

    /**
     * A re-run replaces the alerts file it wrote before; a file that exists and holds anything else (a partner's
     * records, given to --alerts by arguments in the wrong order) is not written over.
     */
    private static void checkHoldsAlertsOnly(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            return;
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(ALERT_LINE_START.length());
        }
        if (!new String(start, StandardCharsets.UTF_8).equals(ALERT_LINE_START)) {
            throw new IllegalArgumentException("cannot write " + file + ": it exists and holds something other than"
                    + " alerts, which writing would erase; give --alerts a new file");
        }
    }

    private static void write(BufferedWriter out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the alerts", e);
        }
    }
}
