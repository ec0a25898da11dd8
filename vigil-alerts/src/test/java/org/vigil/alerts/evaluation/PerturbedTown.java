package org.vigil.alerts.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;

/**
 * A town made harder than vigil-town makes it, without touching vigil-town: after generation, some mentions of the
 * given true kinds have their role rewritten. {@code falseAllegations} names benign adults as suspects (a carer
 * accused by a child in her care, a driver blamed by a parent); {@code offendersAsAssociates} writes offenders as
 * "associate" (a man seen with the girl, not yet suspected). Seeded, so runs repeat.
 */
public final class PerturbedTown {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PerturbedTown() {
    }

    /** Mentions of persons of {@code kinds} in {@code fromRoles} become {@code toRole} with probability {@code share}. */
    public static TownSource rewriting(TownSource town, Set<String> kinds, Set<String> fromRoles, String toRole,
            double share) {
        return (seed, concerns, records, truth) -> {
            ByteArrayOutputStream r = new ByteArrayOutputStream();
            ByteArrayOutputStream t = new ByteArrayOutputStream();
            town.write(seed, concerns, r, t);
            Truth known = Truth.read(new ByteArrayInputStream(t.toByteArray()));
            Random random = new Random(seed * 31 + toRole.hashCode());
            StringBuilder out = new StringBuilder();
            for (String line : r.toString(StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = JSON.readTree(line);
                if (o.path("type").asText().equals("concern")) {
                    for (JsonNode s : o.path("subjects")) {
                        String key = o.get("id").asText() + "/" + s.get("ref").asText();
                        String kind = known.kindOf(known.personOf().get(key));
                        if (kinds.contains(kind) && fromRoles.contains(s.get("role").asText()) && random.nextDouble() < share) {
                            ((ObjectNode) s).put("role", toRole);
                        }
                    }
                    line = JSON.writeValueAsString(o);
                }
                out.append(line).append('\n');
            }
            records.write(out.toString().getBytes(StandardCharsets.UTF_8));
            truth.write(t.toByteArray());
        };
    }

    public static TownSource falseAllegations(double share) {
        return rewriting(Towns.GENERATOR, Set.of(Truth.BENIGN_ADULT), Set.of("reporter", "witness", "other", "associate"),
                "suspect", share);
    }

    public static TownSource offendersAsAssociates(double share) {
        return rewriting(Towns.GENERATOR, Set.of(Truth.OFFENDER), Set.of("suspect"), "associate", share);
    }

    /** Prints the evaluation of perturbed towns: {@code share seed...}. */
    public static void main(String[] args) throws IOException {
        double share = Double.parseDouble(args[0]);
        System.out.println(EvaluationReport.markdownHeader());
        for (int i = 1; i < args.length; i++) {
            long seed = Long.parseLong(args[i]);
            EvaluationReport a = TownEvaluation.run(seed, 3000, Linkage.truthOracle(), "truth; benign adults falsely "
                    + "named suspect " + share, falseAllegations(share));
            System.out.println(a.toMarkdownRow() + " benign: " + a.alerts().benignFlagged());
            EvaluationReport b = TownEvaluation.run(seed, 3000, Linkage.truthOracle(), "truth; offenders written as "
                    + "associate " + share, offendersAsAssociates(share));
            System.out.println(b.toMarkdownRow());
        }
    }
}
