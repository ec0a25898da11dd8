package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.evaluation.AlertScore;
import org.vigil.alerts.evaluation.LinkageScore;
import org.vigil.alerts.evaluation.RankingScore;
import org.vigil.alerts.evaluation.Truth;
import org.vigil.alerts.priority.Priorities;
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
                + " an offender before his first alert, mention-linkage precision, recall and F1, and how many"
                + " offenders the work list puts first when ranked by harm and by volume.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AccessOptions access;

    @Mixin
    ProgressOptions progressOptions;

    @Option(names = "--truth", required = true, paramLabel = "TRUTH.jsonl", description = "the town's truth file")
    Path truthFile;

    @Option(names = "--list", description = "also list the offenders no alert flagged, with the persons their mentions"
            + " are in, and the persons flagged who are not offenders, with the alerts that flagged them")
    boolean list;

    @Override
    public Integer call() throws IOException {
        InputFiles.checkReadable(List.of(truthFile), "a truth file");
        Truth truth = Truth.read(truthFile);
        if (truth.personOf().isEmpty()) {
            // Scored against nothing, every figure would read as perfect.
            throw new IllegalStateException(truthFile + " names no mention: it is not a town's truth file (JSON Lines"
                    + " with a line of type \"mention\" for each mention)");
        }
        try (Workspace workspace = Workspace.open(storeOptions)) {
            workspace.ledger().log(new Access(access.actor, "evaluate", Access.EVERY_RECORD, access.reason));
            Progress progress = progressOptions.on(spec.commandLine().getErr());
            AlertEngine engine = StoreReplay.run(workspace.store, null, change -> { }, AlertEngine.History.ALL, progress);
            progress.stage("scoring the alerts and persons against the truth");
            PersonIndex people = workspace.people();
            Map<String, String> assignment = new HashMap<>();
            Map<String, String> scored = new HashMap<>();
            int absent = 0;
            for (String m : truth.personOf().keySet()) {
                String person = people.personOf(m);
                if (person != null) {
                    assignment.put(m, person);
                } else {
                    absent++; // its record was quarantined, or never ingested: linked to no one, so scored alone
                }
                scored.put(m, person != null ? person : NOT_IN_THE_STORE + m);
            }
            AlertScore score = AlertScore.of(engine.alerts(), truth);
            print(spec.commandLine().getOut(), score, LinkageScore.of(scored, truth.personOf()));
            printRankings(spec.commandLine().getOut(), engine, truth);
            if (absent > 0) {
                spec.commandLine().getOut().printf(Locale.ROOT, "%d of the truth's %d mentions are not in the store"
                        + " (their records were quarantined or not ingested): each is scored as a person of its own%n",
                        absent, truth.personOf().size());
            }
            if (list) {
                list(spec.commandLine().getOut(), score, truth, assignment);
            }
            return ExitCode.OK;
        }
    }

    /** What a mention missing from the store is scored as: a person of its own, named apart from Vigil's. */
    private static final String NOT_IN_THE_STORE = "(not in the store) ";

    /**
     * The offenders missed and the persons wrongly flagged, each true person with the persons Vigil holds their
     * mentions in: an offender in several persons was split by the linkage, a wrong flag in a person of several
     * true persons was a join.
     */
    static void list(PrintWriter out, AlertScore a, Truth truth, Map<String, String> assignment) {
        Map<String, List<String>> mentionsOf = new TreeMap<>();
        Map<String, Map<String, Integer>> truthIn = new TreeMap<>(); // Vigil's person -> true persons -> mentions
        truth.personOf().forEach((mention, who) -> {
            mentionsOf.computeIfAbsent(who, k -> new ArrayList<>()).add(mention);
            truthIn.computeIfAbsent(personOf(mention, assignment), k -> new TreeMap<>()).merge(who, 1, Integer::sum);
        });
        out.printf(Locale.ROOT, "%noffenders no alert flagged (%d), by the truth's id, with the persons that hold their"
                + " mentions:%n", a.missed().size());
        for (String who : a.missed()) {
            out.printf(Locale.ROOT, "  %s: %s%n", who, heldIn(who, mentionsOf.getOrDefault(who, List.of()), assignment,
                    truthIn));
        }
        out.printf(Locale.ROOT, "persons flagged who are not offenders (%d), by the truth's id, with the alerts that"
                + " flagged them and the persons that hold their mentions:%n", a.wronglyFlagged().size());
        a.wronglyFlagged().forEach((who, alerts) -> out.printf(Locale.ROOT, "  %s (%s): flagged by %s; %s%n", who,
                truth.kindOf(who), String.join(", ", alerts),
                heldIn(who, mentionsOf.getOrDefault(who, List.of()), assignment, truthIn)));
    }

    /** "3 mentions, in 2 persons: P-000012 ×2 (with T00031), P-000340": where the linkage put them, and beside whom. */
    private static String heldIn(String who, List<String> mentions, Map<String, String> assignment,
            Map<String, Map<String, Integer>> truthIn) {
        Map<String, Integer> persons = new TreeMap<>();
        mentions.forEach(m -> persons.merge(personOf(m, assignment), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        persons.forEach((p, n) -> {
            List<String> with = new ArrayList<>();
            truthIn.getOrDefault(p, Map.of()).forEach((other, k) -> {
                if (!other.equals(who)) {
                    with.add(k == 1 ? other : other + " ×" + k);
                }
            });
            parts.add((n == 1 ? p : p + " ×" + n) + (with.isEmpty() ? "" : " (with " + String.join(", ", with) + ")"));
        });
        return mentions.size() + (mentions.size() == 1 ? " mention" : " mentions") + ", in "
                + persons.size() + (persons.size() == 1 ? " person: " : " persons: ") + String.join(", ", parts);
    }

    private static String personOf(String mention, Map<String, String> assignment) {
        return java.util.Objects.requireNonNullElse(assignment.get(mention), "(not in the store)");
    }

    /**
     * Where the work list puts the town's offenders, ranked by harm and as a volume-target regime would rank the same
     * persons, as of the last record: of its first R lines (R offenders in the truth) and of its first ten.
     */
    static void printRankings(PrintWriter out, AlertEngine engine, Truth truth) {
        Priorities priorities = new Priorities(engine);
        Instant asOf = engine.clock();
        printRanking(out, "work list by harm", RankingScore.of(priorities.rank(asOf), truth));
        printRanking(out, "work list by volume", RankingScore.of(priorities.rankByVolume(asOf), truth));
    }

    private static void printRanking(PrintWriter out, String label, RankingScore r) {
        out.printf(Locale.ROOT, "%-32s offenders in the first %d lines: %d (benign adults %d); in the first %d: %d%n",
                label, r.firstR(), r.offendersInFirstR(), r.benignInFirstR(), r.firstTen(), r.offendersInFirstTen());
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
