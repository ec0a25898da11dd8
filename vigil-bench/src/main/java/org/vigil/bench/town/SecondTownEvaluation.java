package org.vigil.bench.town;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Random;
import org.vigil.alerts.Alert;
import org.vigil.alerts.AlertPerson;
import org.vigil.alerts.evaluation.EvaluationReport;
import org.vigil.alerts.evaluation.Linkage;
import org.vigil.alerts.evaluation.TownEvaluation;
import org.vigil.alerts.evaluation.TownSource;
import org.vigil.alerts.evaluation.Truth;
import org.vigil.alerts.pattern.AlertKind;
import org.vigil.alerts.state.Casebook;
import org.vigil.alerts.state.PersonRecord;

/**
 * The alert figures of SecondTown with perfect linkage, so that what is measured is detection alone. With a share
 * above 0, that share of the benign adults' mentions as reporter, witness, other or associate are rewritten as
 * {@code suspect} first (false allegations: a carer accused by a child in her care), as {@code PerturbedTown} does for
 * vigil-town: SecondTown itself never names a benign adult as a suspect.
 *
 * <pre>
 * java -cp vigil-bench/target/benchmarks.jar org.vigil.bench.town.SecondTownEvaluation SEEDS [CONCERNS] [SHARE]
 * </pre>
 * SEEDS is a list of seeds and ranges ({@code 1-3,7-9}); {@code -Dlist=true} also lists the offenders no alert
 * flagged, with what detection counted of each, and the other persons flagged.
 */
public final class SecondTownEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SecondTownEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SecondTownEvaluation SEEDS [CONCERNS] [FALSE_ALLEGATION_SHARE]");
            System.exit(2);
        }
        int concerns = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        double share = args.length > 2 ? Double.parseDouble(args[2]) : 0;
        String name = share > 0 ? "truth; benign adults falsely named suspect " + share : "truth";
        System.out.println(EvaluationReport.markdownHeader());
        for (String part : args[0].split(",")) {
            String[] range = part.split("-");
            long to = Long.parseLong(range[range.length - 1]);
            for (long seed = Long.parseLong(range[0]); seed <= to; seed++) {
                TownEvaluation.Run run = TownEvaluation.replay(seed, concerns, Linkage.truthOracle(), name,
                        source(share));
                EvaluationReport r = run.report();
                System.out.println(r.toMarkdownRow() + " benign: " + r.alerts().benignFlagged());
                if (Boolean.getBoolean("list")) {
                    list(run);
                }
            }
        }
    }

    /** Prints the offenders no alert flagged, and the other persons flagged, with their kind. */
    private static void list(TownEvaluation.Run run) {
        Truth truth = run.truth();
        Set<String> flagged = new TreeSet<>();
        for (Alert alert : run.engine().alerts()) {
            if (alert.kind() == AlertKind.OVERDUE) {
                continue; // overdue alerts list a concern's subjects in its roles and flag no one
            }
            List<List<AlertPerson>> versions = new ArrayList<>();
            versions.add(alert.persons());
            alert.updates().forEach(u -> versions.add(u.persons()));
            for (List<AlertPerson> persons : versions) {
                for (AlertPerson p : persons) {
                    if (p.part().equals("suspect")) {
                        flagged.add(truth.majorityOf(p.mentions()));
                    }
                }
            }
        }
        for (Truth.Person p : new TreeMap<>(truth.persons()).values()) {
            boolean offender = p.kind().equals(Truth.OFFENDER);
            if (offender && !p.mentioned().isEmpty() && !flagged.contains(p.id())) {
                System.out.println("  missed " + p.id() + ": " + counts(run, p));
            } else if (!offender && flagged.contains(p.id())) {
                System.out.println("  wrongly flagged " + p.id() + " " + p.kind() + " " + p.occupation());
            }
        }
    }

    /**
     * What detection counted of the truth person {@code t} (with the truth as linkage, persons keep the truth's ids):
     * his mentions by role, the reports counted against him, and whether rule 4's bar held him, the first things to
     * read when an offender is missed.
     */
    private static String counts(TownEvaluation.Run run, Truth.Person t) {
        Casebook book = run.engine().casebook();
        int id = book.persons.lookup(t.id());
        if (id < 0) {
            return "(not in the casebook)";
        }
        PersonRecord r = book.persons.record(book.persons.find(id));
        return "suspected " + r.suspected.size() + ", counted " + r.suspectedOfExploitation.size() + " (as associate "
                + r.asAssociate.size() + "), associate " + r.associated.size() + " (of exploitation "
                + r.associateInEvidence + ", waiting " + r.associateWaiting.size() + "), context " + r.context
                + ", held to the bar " + book.suspicion.heldToTheBar(r) + ", held " + r.held.size();
    }

    /** SecondTown as a {@link TownSource}, with {@code share} of benign adults' mentions falsely made suspects. */
    public static TownSource source(double share) {
        return (seed, n, records, truth) -> {
            Path dir = Files.createTempDirectory("second-town");
            Path r = dir.resolve("records.jsonl");
            Path t = dir.resolve("truth.jsonl");
            try {
                new SecondTown(seed, n).write(r, t, 0);
                Truth known = Truth.read(t);
                Random random = new Random(seed * 31 + 7);
                for (String line : Files.readAllLines(r, StandardCharsets.UTF_8)) {
                    records.write((share > 0 ? accused(line, known, random, share) : line)
                            .getBytes(StandardCharsets.UTF_8));
                    records.write('\n');
                }
                truth.write(Files.readAllBytes(t));
            } finally {
                Files.deleteIfExists(r);
                Files.deleteIfExists(t);
                Files.deleteIfExists(dir);
            }
        };
    }

    private static String accused(String line, Truth known, Random random, double share) throws IOException {
        JsonNode o = JSON.readTree(line);
        if (!o.path("type").asText().equals("concern")) {
            return line;
        }
        for (JsonNode s : o.path("subjects")) {
            String person = known.personOf().get(o.get("id").asText() + "/" + s.get("ref").asText());
            if (Truth.BENIGN_ADULT.equals(known.kindOf(person))
                    && List.of("reporter", "witness", "other", "associate").contains(s.path("role").asText())
                    && random.nextDouble() < share) {
                ((ObjectNode) s).put("role", "suspect");
            }
        }
        return JSON.writeValueAsString(o);
    }
}
