package org.vigil.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vigil.alerts.AlertChange;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.evaluation.AlertScore;
import org.vigil.alerts.evaluation.LinkageScore;
import org.vigil.alerts.evaluation.Truth;
import org.vigil.ingest.FileSummary;
import org.vigil.ingest.Ingest;
import org.vigil.ledger.Access;
import org.vigil.ledger.AuditReport;
import org.vigil.store.StoredRecord;
import org.vigil.town.TownGenerator;
import org.vigil.town.TownOptions;
import org.vigil.town.TownSummary;
import org.vigil.watch.Watch;
import org.vigil.web.DemoAccounts;
import org.vigil.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generates a synthetic town (seeded; synthetic people only), replays its records in event-time"
                + " order into a fresh demo store, raising alerts as they arrive, scores them against the town's ground"
                + " truth, verifies the log, writes a receipt you can check, and serves the web app on it with demo"
                + " accounts.")
final class DemoCommand implements Callable<Integer> {
    private static final String MARKER = ".vigil-demo";

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./vigil-demo-data",
            description = "the demo's data directory, made afresh each run (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--seed", defaultValue = "1", description = "the town's seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--concerns", defaultValue = "3000", description = "how many concerns (default: ${DEFAULT-VALUE})")
    int concerns;

    @Option(names = "--port", defaultValue = "8080", description = "the web app's port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--no-serve", description = "stop after the replay instead of serving the web app")
    boolean noServe;

    @Option(names = "--police-uk", paramLabel = "CSV", split = ",",
            description = "data.police.uk street-level files for the web app's harm chart (default: the five South"
                    + " Yorkshire months the repository holds, when run by ./vigil from it)")
    List<Path> policeUk;

    /** Where the repository keeps five months of real South Yorkshire street-level crime (vigil-harm's test data). */
    static final String SHIPPED_POLICE_UK = "vigil-harm/src/test/resources/police-uk";

    /**
     * The police.uk files the demo's harm chart shows: those given, or else the months the repository holds, found
     * through {@code vigil.home} (the repository, which {@code ./vigil} names); none if neither.
     */
    List<Path> policeUkFiles() throws IOException {
        if (policeUk != null) {
            return policeUk;
        }
        String home = System.getProperty("vigil.home");
        Path shipped = home == null ? null : Path.of(home, SHIPPED_POLICE_UK);
        if (shipped == null || !Files.isDirectory(shipped)) {
            return List.of();
        }
        try (var files = Files.list(shipped)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
    }

    @Override
    public Integer call() throws Exception {
        int status = build();
        if (noServe || status != ExitCode.OK) {
            return status;
        }
        PrintWriter out = spec.commandLine().getOut();
        List<DemoAccounts.Demo> accounts = DemoAccounts.seed(data);
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        try (java.io.PrintStream printed = new java.io.PrintStream(text, true, StandardCharsets.UTF_8)) {
            DemoAccounts.print(accounts, printed);
        }
        StoreOptions store = new StoreOptions();
        store.data = data;
        WebApp app = ServeCommand.start(store, "127.0.0.1", port, policeUkFiles(), false, false);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "vigil-web-stop"));
        out.printf(Locale.ROOT, "%nThe web app is at http://127.0.0.1:%d/ (Ctrl-C to stop).%n%s", app.port(),
                text.toString(StandardCharsets.UTF_8));
        out.flush();
        Thread.currentThread().join();
        return ExitCode.OK;
    }

    private int build() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (concerns < 1) {
            // A town of none replays, scores and verifies nothing, and ends with no receipt to show.
            throw new IllegalArgumentException("--concerns is how many concerns the town has, at least 1, not " + concerns);
        }
        fresh(data);
        Path town = Files.createDirectories(data.resolve("town"));
        Path records = town.resolve("records.jsonl");
        TownSummary summary = new TownGenerator(TownOptions.defaults().withSeed(seed).withConcerns(concerns))
                .writeTo(records, town.resolve("truth.jsonl"));
        out.printf(Locale.ROOT, "Town (seed %d): %,d concerns and %,d decisions naming %,d synthetic people, %d offender"
                + " networks; records in %s%n", seed, summary.concerns(), summary.decisions(), summary.persons(),
                summary.networks(), records);

        StoreOptions storeOptions = new StoreOptions();
        storeOptions.data = data;
        Path alertsFile = data.resolve("alerts.jsonl");
        try (Workspace workspace = Workspace.open(storeOptions).leased(spec.commandLine().getErr());
             BufferedWriter alerts = Files.newBufferedWriter(alertsFile, StandardCharsets.UTF_8)) {
            AlertEngine engine = new AlertEngine();
            Watch watch = new Watch(engine, change -> {
                if (change.type() == AlertChange.Type.RAISED) {
                    try {
                        alerts.write(change.alert().toJsonLine());
                        alerts.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            Ingest ingest = new Ingest(workspace.store, workspace.ledger(), workspace.people()::link,
                    data.resolve("quarantine"), Ingest.Options.DEFAULT,
                    new Progress(spec.commandLine().getErr(), Progress.Mode.AUTO), watch);
            for (FileSummary s : ingest.replay(List.of(records))) {
                out.printf(Locale.ROOT, "Replayed in event-time order: %,d records accepted, %,d rejected; %,d alerts raised (%s)%n",
                        s.accepted(), s.rejected(), engine.alerts().size(), alertsFile);
            }
            // The scoring reads every record and the receipt discloses one: logged as `evaluate` and `receipt` log them.
            String actor = Objects.requireNonNullElse(System.getenv("VIGIL_USER"), System.getProperty("user.name"));
            workspace.ledger().log(new Access(actor, "evaluate", Access.EVERY_RECORD, "demo: scoring the town"));
            Truth truth = Truth.read(town.resolve("truth.jsonl"));
            Map<String, String> assignment = new HashMap<>();
            truth.personOf().keySet().forEach(m -> assignment.put(m, workspace.people().personOf(m)));
            out.printf(Locale.ROOT, "%nAgainst the town's ground truth:%n");
            EvaluateCommand.print(out, AlertScore.of(engine.alerts(), truth), LinkageScore.of(assignment, truth.personOf()));
            EvaluateCommand.printRankings(out, engine, truth);
            out.println();
            AuditReport audit = workspace.audit().run();
            out.printf(Locale.ROOT, "Log verified: %s (%s, %s)%n", audit.ok() ? "ok" : audit.problems(),
                    Counted.of(audit.entries(), "entry", "entries"), Counted.of(audit.checkpoints(), "checkpoint", "checkpoints"));

            StoredRecord first = firstConcern(workspace);
            workspace.ledger().log(new Access(actor, "receipt", first.id(), "demo: a receipt to check"));
            Path receipt = data.resolve(first.id() + ".tlog-proof");
            Files.writeString(receipt, workspace.ledger().receipt(first.id()).toText());
            Path key = data.resolve("log.vkey");
            Files.writeString(key, workspace.signer.vkey() + "\n");
            out.printf(Locale.ROOT, "Receipt for concern %s: %s (verifier key: %s)%n", first.id(), receipt, key);
            out.printf(Locale.ROOT, "%nTry: ./vigil verify --data %s%n     ./vigil export priorities --data %s | head%n"
                    + "     ./vigil export priorities --data %s --by volume | head%n"
                    + "     ./vigil check-receipt %s --key %s%n     ./vigil evaluate --data %s --truth %s --list%n", data, data, data,
                    receipt, key, data, town.resolve("truth.jsonl"));
            WrongJoins wrong = wrongJoins(workspace, truth);
            if (!wrong.first().isEmpty()) {
                out.printf(Locale.ROOT, "%nLinkage joined %d persons that the town's truth says are more than one. An analyst"
                        + " who finds one splits it, with a reason that is logged:%n     ./vigil split --data %s --reason"
                        + " \"not the same person\" %s%n", wrong.persons(), data, String.join(" ", wrong.first()));
            }
            return audit.ok() ? ExitCode.OK : ExitCode.TAMPERED;
        }
    }

    /** How many persons join mentions of more than one true person, and the mentions to split off the first of them. */
    record WrongJoins(int persons, List<String> first) {
    }

    /**
     * The persons, in log order of their first mention, whose mentions the truth gives to more than one person; for
     * the first, the mentions of the true person with most mentions there besides the one of its oldest mention.
     */
    static WrongJoins wrongJoins(Workspace workspace, Truth truth) {
        Map<String, String> trueOf = truth.personOf();
        Set<String> seen = new HashSet<>();
        int[] persons = {0};
        List<String> first = new ArrayList<>();
        workspace.store.forEachMention(m -> {
            String person = workspace.people().personOf(m.key());
            if (person == null || !seen.add(person)) {
                return;
            }
            Map<String, List<String>> byTruth = new LinkedHashMap<>();
            for (String mention : workspace.people().mentionsWith(m.key())) {
                byTruth.computeIfAbsent(trueOf.getOrDefault(mention, "?"), k -> new ArrayList<>()).add(mention);
            }
            if (byTruth.size() < 2) {
                return;
            }
            persons[0]++;
            if (first.isEmpty()) {
                byTruth.values().stream().skip(1).max(Comparator.comparingInt(List::size)).ifPresent(first::addAll);
            }
        });
        return new WrongJoins(persons[0], first);
    }

    private static StoredRecord firstConcern(Workspace workspace) {
        StoredRecord[] first = new StoredRecord[1];
        workspace.store.forEachRecord(r -> {
            if (first[0] == null && r.type().equals("concern")) {
                first[0] = r;
            }
        });
        if (first[0] == null) {
            throw new IllegalStateException("the town has no concerns");
        }
        return first[0];
    }

    /** Empties a directory this command made before; refuses to touch one it did not make. */
    private static void fresh(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new java.nio.file.FileAlreadyExistsException(dir.toString()); // said as every command says it
        }
        if (Files.exists(dir)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(dir)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(dir.resolve(MARKER))) {
                throw new IllegalArgumentException(dir + " is not empty and was not made by vigil demo; give --data"
                        + " another directory");
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MARKER), "made by vigil demo; deleted and made again by the next run\n");
    }
}
