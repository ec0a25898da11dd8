package org.vigil.alerts.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.observation.Observation;

/**
 * Generates a town, links its mentions with the given linkage, replays it through a fresh {@link AlertEngine} in
 * event time, and scores the alerts and the linkage against the town's truth.
 *
 * <pre>{@code
 * EvaluationReport r = TownEvaluation.run(7, 3000, Linkage.truthOracle(), "truth", source);
 * }</pre>
 */
public final class TownEvaluation {
    /** The result of one run: the report, the engine (for its alerts and priorities) and what it was fed. */
    public record Run(EvaluationReport report, AlertEngine engine, List<Observation> observations, Truth truth,
            Map<String, String> assignment) {
    }

    private TownEvaluation() {
    }

    public static EvaluationReport run(long seed, int concerns, Linkage linkage, String linkageName, TownSource town)
            throws IOException {
        return replay(seed, concerns, linkage, linkageName, town).report();
    }

    /** As {@link #run}, keeping the engine and the observations. */
    public static Run replay(long seed, int concerns, Linkage linkage, String linkageName, TownSource town)
            throws IOException {
        Path dir = Files.createTempDirectory("vigil-alerts-town");
        Path records = dir.resolve("town.jsonl");
        Path truthFile = dir.resolve("truth.jsonl");
        try {
            try (OutputStream r = Files.newOutputStream(records); OutputStream t = Files.newOutputStream(truthFile)) {
                town.write(seed, concerns, r, t);
            }
            Truth truth = Truth.read(truthFile);
            Map<String, String> assignment = linkage.assign(records, truth);
            List<Observation> observations = InterchangeReader.read(records, assignment, PlaceScope.TOWN_DISTRICT);
            observations.sort(Observation.EVENT_ORDER);
            AlertEngine engine = new AlertEngine();
            long start = System.nanoTime();
            for (Observation o : observations) {
                engine.observe(o);
            }
            double micros = (System.nanoTime() - start) / 1e3 / Math.max(1, observations.size());
            AlertScore score = AlertScore.of(engine.alerts(), truth);
            LinkageScore linkageScore = LinkageScore.of(assignment, truth.personOf());
            EvaluationReport report = new EvaluationReport(seed, concerns, observations.size(), linkageName, score,
                    linkageScore, micros);
            return new Run(report, engine, observations, truth, assignment);
        } finally {
            Files.deleteIfExists(records);
            Files.deleteIfExists(truthFile);
            Files.deleteIfExists(dir);
        }
    }
}
