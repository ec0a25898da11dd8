package org.vigil.alerts.evaluation;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Prints the evaluation table of {@code docs/benchmarks/alerts.md}: for each seed, the truth oracle and degraded
 * linkages. Arguments: {@code [concerns] [seed...]}, default 3000 concerns, seeds 1 2 3.
 */
public final class EvaluationTable {
    private EvaluationTable() {
    }

    public static void main(String[] args) throws IOException {
        int concerns = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        List<Long> seeds = args.length > 1
                ? Arrays.stream(args).skip(1).map(Long::parseLong).toList() : List.of(1L, 2L, 3L);
        System.out.println(EvaluationReport.markdownHeader());
        for (long seed : seeds) {
            report(seed, concerns, Linkage.truthOracle(), "truth");
            report(seed, concerns, Linkage.degraded(), "nicknames unlinked");
            report(seed, concerns, Linkage.unlinking(Set.of("nickname", "none", "initial", "misspelt")),
                    "nicknames, initials, misspellings, unnamed unlinked");
        }
    }

    private static void report(long seed, int concerns, Linkage linkage, String name) throws IOException {
        TownEvaluation.Run run = TownEvaluation.replay(seed, concerns, linkage, name, Towns.GENERATOR);
        System.out.println(run.report().toMarkdownRow());
        AlertScore s = run.report().alerts();
        System.err.println("  seed " + seed + " " + name + ": by kind " + s.byKind() + "; benign flagged "
                + s.benignFlagged() + "; benign listed in alerts " + s.benignInAlerts() + "; overdue about exploitation "
                + s.overdueAboutExploitation() + "/" + s.overdue());
    }
}
