package org.vigil.bench.linkage;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.evaluation.AlertScore;
import org.vigil.alerts.evaluation.LinkageScore;
import org.vigil.alerts.evaluation.SafeguardingPairs;
import org.vigil.alerts.evaluation.Truth;
import org.vigil.people.PersonIndex;
import org.vigil.town.TownOptions;

/**
 * Mention linkage and alerts with Vigil's own linkage on many towns, one line per seed: every record replayed in event
 * time (ties by id) in ingest's batches, linked by {@link PersonIndex} and watched by {@link Watch}, as
 * {@code StoreReplay} does it without a store, then scored against the town's truth. Prints pairwise precision,
 * recall and F1, offenders' pair recall, parents merged with children (true persons of one surname born fifteen or
 * more years apart, neither an offender) and benign adults merged with children, then offender recall, precision per
 * flagged person and per alert, benign adults flagged and the median concerns before an offender's first alert.
 *
 * <pre>
 * java -cp vigil-bench/target/benchmarks.jar org.vigil.bench.linkage.TownQuality [concerns] [districtConcerns] [seeds]
 * </pre>
 * Defaults: 3,000 concerns, districts of 5,000, seeds 1-3; seeds as a list and ranges ({@code 31-40,51}). Synthetic
 * people only.
 */
public final class TownQuality {
    private TownQuality() {
    }

    public static void main(String[] args) throws Exception {
        int concerns = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int district = args.length > 1 ? Integer.parseInt(args[1]) : TownOptions.DEFAULT_DISTRICT_CONCERNS;
        for (String part : (args.length > 2 ? args[2] : "1-3").split(",")) {
            String[] range = part.split("-");
            long to = Long.parseLong(range[range.length - 1]);
            for (long seed = Long.parseLong(range[0]); seed <= to; seed++) {
                System.out.println(run(seed, concerns, district));
            }
        }
    }

    static String run(long seed, int concerns, int district) throws Exception {
        ReplayedTown town = ReplayedTown.of(seed, concerns, district);
        Truth truth = town.truth();
        PersonIndex people = town.people();
        AlertEngine engine = town.engine();
        Map<String, String> assignment = new HashMap<>();
        truth.personOf().keySet().forEach(m -> assignment.put(m, people.personOf(m)));
        LinkageScore l = LinkageScore.of(assignment, truth.personOf());
        AlertScore a = AlertScore.of(engine.alerts(), truth);
        SafeguardingPairs s = SafeguardingPairs.of(assignment, truth);
        return String.format(Locale.ROOT, "seed %d (%d concerns, districts of %d): linkage P %.4f R %.4f F1 %.4f,"
                        + " offender pairs %.3f, parents with children %d, benign adult with child pairs %d | offender"
                        + " recall %d/%d, precision per person %d/%d, per alert %d/%d, benign adults flagged %d, median %s",
                seed, concerns, district, l.precision(), l.recall(), l.f1(),
                s.offenderRecall(), s.parentsWithChildren().size(), s.benignAdultWithChild(), a.offendersFlagged(),
                a.offenders(), a.flaggedOffenders(), a.flagged(), a.alertsTrue(), a.alerts(), a.benignFlagged().size(),
                Double.isInfinite(a.medianConcernsBeforeAlert()) ? "never"
                        : String.format(Locale.ROOT, "%.1f", a.medianConcernsBeforeAlert()));
    }
}
