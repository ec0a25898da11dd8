package org.vigil.linkage.quality;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.vigil.linkage.LinkageSettings;
import org.vigil.linkage.Linker;
import org.vigil.linkage.blocking.BlockingRecall;
import org.vigil.linkage.csv.CsvPersons;
import org.vigil.linkage.evaluation.PairwiseQuality;
import org.vigil.linkage.scoring.Predictions;
import org.vigil.linkage.table.PersonRecord;
import org.vigil.linkage.table.RecordTable;

/** One benchmark run: unsupervised training, prediction and measurement, as {@code vigil link} does it. */
record Benchmark(String name, Linker linker, Predictions predictions, String[] entity, int leftSize) {

    static Path resource(String path) {
        try {
            return Path.of(Benchmark.class.getResource("/linkage-data/" + path).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource linkage-data/" + path, e);
        }
    }

    static String febrlEntity(String id) {
        return id.split("-")[1];
    }

    static Benchmark run(String name, String idColumn, Function<String, String> entityOf, String left, String right) {
        List<PersonRecord> l = CsvPersons.read(resource(left), idColumn, Map.of()).records();
        RecordTable t = new RecordTable();
        l.forEach(r -> t.add(r, 0));
        if (right != null) {
            CsvPersons.read(resource(right), idColumn, Map.of()).records().forEach(r -> t.add(r, 1));
        }
        String[] entity = new String[t.size()];
        for (int i = 0; i < t.size(); i++) {
            entity[i] = entityOf.apply(t.id(i));
        }
        LinkageSettings settings = LinkageSettings.defaultsFor(t.presentFields(), t.size()).withThreads(2);
        Linker linker = right == null ? Linker.dedupe(t, settings) : Linker.link(t, settings);
        Predictions p = linker.predict(linker.train().model());
        return new Benchmark(name, linker, p, entity, right == null ? t.size() : l.size());
    }

    PairwiseQuality quality() {
        return PairwiseQuality.of(predictions.matchLefts(), predictions.matchRights(), predictions.matchCount(), entity, leftSize);
    }

    BlockingRecall blockingRecall() {
        return linker.blockingRecall(entity);
    }

    /** The figures, printed so that the test report records them. */
    String report() {
        String line = String.format("%s: %s; %s; lambda %.3g; stages %s", name, quality(), blockingRecall(),
                predictions.model().lambda(), linker.stageMillis());
        System.out.println(line);
        return line;
    }
}
