package org.vigil.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.vigil.watch.StoreReplay;
import org.vigil.web.Engines;
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
                "Alerts and priorities are worked out at start by replaying the store in event time, and follow what"
                + " intake receives after that, and the clock: a concern whose service level runs out with no"
                + " decision is raised as overdue within a minute, whether or not another record arrives.",
                "A store with no accounts gets an admin account whose password is printed once."})
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

    @Option(names = "--secure-cookies", description = "mark the session cookie Secure, so a browser sends it only over"
            + " HTTPS: set it when the app is served behind a TLS proxy, as it must be whenever --host is not this"
            + " machine's own")
    boolean secureCookies;

    @Override
    public Integer call() throws Exception {
        WebApp app = start(storeOptions, host, port, policeUk, secureCookies, true);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "vigil-web-stop"));
        Thread.currentThread().join();
        return ExitCode.OK;
    }

    /** How often a served store's alerts are brought up to the wall clock. */
    static final long TICK_SECONDS = 60;

    /**
     * Works out alerts and priorities from the store and starts the web app over both; records sent through its intake
     * then update them as they are committed ({@link LiveAlerts}). With {@code wallClock}, time
     * passing does too, every {@link #TICK_SECONDS}: a live store's concerns fall overdue by the clock. The demo's
     * town is history, whose clock is its records'.
     */
    static WebApp start(StoreOptions store, String host, int port, List<Path> policeUk, boolean secureCookies,
                        boolean wallClock) {
        // Read only when a page asks for the chart: a mistyped name would otherwise fail there, not here.
        InputFiles.checkReadable(policeUk, "a police.uk CSV file");
        LiveAlerts live = new LiveAlerts(() -> {
            try (Workspace workspace = Workspace.open(store)) {
                return StoreReplay.snapshot(workspace.store);
            }
        });
        live.publish();
        if (wallClock) {
            ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "vigil-wall-clock");
                t.setDaemon(true);
                return t;
            });
            ticks.scheduleAtFixedRate(() -> {
                try {
                    live.timePassed(Instant.now());
                } catch (RuntimeException e) {
                    // tried again at the next tick
                    System.err.println("vigil serve: alerts not brought up to the clock: " + e);
                }
            }, 0, TICK_SECONDS, TimeUnit.SECONDS);
        }
        WebOptions options = WebOptions.defaults(store.data).withHost(host).withPort(port).withDbUrl(store.dbUrl)
                .withPoliceUk(policeUk).withSecureCookies(secureCookies);
        return WebApp.start(options, Engines.from(options).withAlerts(live.alerts()).withPriorities(live.priorities())
                .withIntakeListener(live));
    }
}
