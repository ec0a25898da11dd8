package org.vigil.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.priority.PriorityLine;
import org.vigil.alerts.priority.Priorities;
import org.vigil.watch.StoreReplay;
import org.vigil.web.WebApp;
import org.vigil.web.WebOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the analyst's web app on this store: intake with receipts, alert queue, persons and"
                + " networks, search, priorities, who knew what when, harm against volume, log status.",
                "Alerts and priorities are worked out at start by replaying the store in event time. A store with no"
                + " accounts gets an admin account whose password is printed once."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 for any free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--police-uk", paramLabel = "CSV", split = ",",
            description = "data.police.uk street-level files for the force harm chart")
    List<Path> policeUk = List.of();

    @Override
    public Integer call() throws Exception {
        WebApp app = start(storeOptions, host, port, policeUk);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "vigil-web-stop"));
        Thread.currentThread().join();
        return ExitCode.OK;
    }

    /** Works out alerts and priorities from the store, writes them beside it, and starts the web app over both. */
    static WebApp start(StoreOptions store, String host, int port, List<Path> policeUk) throws IOException {
        Path alerts = store.data.resolve("alerts.jsonl");
        Path priorities = store.data.resolve("priorities.jsonl");
        try (Workspace workspace = Workspace.open(store)) {
            AlertEngine engine = StoreReplay.run(workspace.store, null, change -> { });
            write(alerts, engine.alerts().stream().map(Alert::toJsonLine).toList());
            Instant now = engine.clock();
            write(priorities, new Priorities(engine).rank(now).stream().map(PriorityLine::toJsonLine).toList());
        }
        return WebApp.start(WebOptions.defaults(store.data).withHost(host).withPort(port).withDbUrl(store.dbUrl)
                .withAlerts(alerts).withPriorities(priorities).withPoliceUk(policeUk));
    }

    private static void write(Path file, List<String> lines) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
    }
}
