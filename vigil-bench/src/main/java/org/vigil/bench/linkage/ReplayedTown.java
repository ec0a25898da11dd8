package org.vigil.bench.linkage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.evaluation.Truth;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Submission;
import org.vigil.ingest.Ingest;
import org.vigil.people.PersonIndex;
import org.vigil.town.TownGenerator;
import org.vigil.town.TownOptions;
import org.vigil.watch.Watch;

/**
 * A vigil-town town generated in memory and replayed as {@code StoreReplay} does it: every record in event-time order
 * (ties by id), in ingest's batches, linked by a {@link PersonIndex} and watched by an {@link AlertEngine}.
 *
 * @param truth the town's ground truth
 * @param records the records, parsed, in the order replayed
 * @param people the persons the records were linked into
 * @param engine the alerts raised on the way
 */
record ReplayedTown(Truth truth, List<Submission> records, PersonIndex people, AlertEngine engine) {

    static ReplayedTown of(long seed, int concerns, int district) throws Exception {
        ByteArrayOutputStream records = new ByteArrayOutputStream();
        ByteArrayOutputStream truthBytes = new ByteArrayOutputStream();
        new TownGenerator(TownOptions.defaults().withSeed(seed).withConcerns(concerns).withDistrictConcerns(district))
                .writeTo(records, truthBytes);
        Truth truth = Truth.read(new ByteArrayInputStream(truthBytes.toByteArray()));
        RecordParser parser = new RecordParser();
        List<Submission> all = new ArrayList<>();
        for (String line : records.toString(StandardCharsets.UTF_8).split("\n")) {
            all.add(parser.parse(line.getBytes(StandardCharsets.UTF_8)));
        }
        all.sort(Comparator.<Submission, java.time.Instant>comparing(s -> s.record().eventTime())
                .thenComparing(s -> s.record().id()));
        PersonIndex people = new PersonIndex();
        AlertEngine engine = new AlertEngine();
        Watch watch = new Watch(engine, change -> { });
        int batch = Ingest.Options.DEFAULT.batchSize();
        for (int i = 0; i < all.size(); i += batch) {
            List<Submission> b = all.subList(i, Math.min(all.size(), i + batch));
            watch.committed(List.copyOf(b), people.link(b), -1);
        }
        return new ReplayedTown(truth, List.copyOf(all), people, engine);
    }
}
