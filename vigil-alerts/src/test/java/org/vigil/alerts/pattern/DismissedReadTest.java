package org.vigil.alerts.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.Fixtures;
import org.vigil.alerts.observation.ConcernObserved;
import org.vigil.alerts.observation.PersonsMerged;
import org.vigil.alerts.observation.PlaceObserved;

class DismissedReadTest {
    private static final String KEY = "takeaway:the chippy";

    @Test
    void aPlaceReadIncrementallyFindsWhatReadingItWholeFinds() {
        AlertEngine engine = new AlertEngine();
        Dismissed incremental = new Dismissed(Thresholds.defaults(), 1);
        Evidence last = null;
        Random random = new Random(11);
        PlaceObserved chippy = new PlaceObserved(KEY, "takeaway");
        int findings = 0;
        int skipped = 0;
        for (int i = 0; i < 400; i++) {
            List<Fixtures.Subject> subjects = new ArrayList<>();
            // Men and children drawn from small pools, so that men recur, a man is later named as a child (and a
            // child later as a suspect), and linkage merges join persons already read.
            boolean there = random.nextInt(3) > 0;
            Fixtures.Subject man = Fixtures.suspect("M" + random.nextInt(60));
            subjects.add(there ? man.at(KEY) : man);
            if (random.nextInt(3) == 0) {
                subjects.add(Fixtures.suspect("M" + random.nextInt(60)).at(KEY));
            }
            subjects.add(Fixtures.child(random.nextInt(5) == 0 ? "M" + random.nextInt(60) : "K" + random.nextInt(200),
                    14));
            ConcernObserved c = Fixtures.grooming("C-" + i, i, subjects.toArray(Fixtures.Subject[]::new));
            if (i > 20 && random.nextInt(10) == 0) {
                // a correction of an earlier concern, naming another child: the report gains a version
                c = Fixtures.grooming("C-" + i, i, man.at(KEY), Fixtures.child("K" + random.nextInt(200), 15))
                        .withAmends("C-" + (i - 1 - random.nextInt(20)));
            }
            engine.observe(there || random.nextInt(8) == 0 ? c.withPlaces(chippy) : c);
            // Most reports are closed, some at once and some later; a few closed ones are acted on after.
            if (random.nextInt(4) > 0) {
                int earlier = Math.max(0, i - random.nextInt(10));
                engine.observe(Fixtures.nfa("D-" + i, "C-" + earlier, i + 0.5));
            }
            if (random.nextInt(15) == 0) {
                engine.observe(Fixtures.decided("A-" + i, "C-" + random.nextInt(i + 1), i + 0.6, "charge"));
            }
            if (i % 37 == 36) {
                int k = random.nextInt(199);
                engine.observe(new PersonsMerged("K" + k, List.of("K" + (k + 1 + random.nextInt(199 - k))),
                        Fixtures.day(i + 0.7), "C-" + i));
            }
            if (i % 53 == 52) {
                int m = random.nextInt(59);
                engine.observe(new PersonsMerged("M" + m, List.of("M" + (m + 1 + random.nextInt(59 - m))),
                        Fixtures.day(i + 0.7), "C-" + i));
            }
            Optional<Finding> whole = new Dismissed(Thresholds.defaults(), Integer.MAX_VALUE)
                    .assessPlace(engine.casebook(), KEY);
            Optional<Finding> read = incremental.assessPlace(engine.casebook(), KEY);
            if (read.isPresent()) {
                findings++;
                assertThat(whole).isPresent();
                assertThat(read.get().evidence().persons()).isEqualTo(whole.get().evidence().persons());
                assertThat(read.get().evidence().facts()).isEqualTo(whole.get().evidence().facts());
                assertThat(read.get().details()).isEqualTo(whole.get().details());
                last = read.get().evidence();
            } else if (whole.isPresent()) {
                skipped++; // nothing new: the finding the alert rests on is the last one made
                assertThat(last).isNotNull();
                assertThat(whole.get().evidence().persons()).isEqualTo(last.persons());
                assertThat(whole.get().evidence().facts()).isEqualTo(last.facts());
            }
        }
        assertThat(findings).isGreaterThan(50);
        assertThat(skipped).isGreaterThan(50);
    }

    @Test
    void aSuspectReadIncrementallyFindsWhatReadingHimWholeFinds() {
        AlertEngine engine = new AlertEngine();
        Dismissed incremental = new Dismissed(Thresholds.defaults(), 1);
        Dismissed whole = new Dismissed(Thresholds.defaults(), Integer.MAX_VALUE);
        Random random = new Random(5);
        int findings = 0;
        for (int i = 0; i < 400; i++) {
            // Ash, or a namesake that linkage later joins to him, about children from a small pool (some named as
            // suspects beside him, some the namesakes, as children), corrected now and then, closed mostly, and some
            // of them acted on later.
            String man = random.nextInt(6) == 0 ? "ASH-" + random.nextInt(20) : "ASH";
            int pool = random.nextInt(10);
            Fixtures.Subject child = Fixtures.child(pool == 0 ? "M" + random.nextInt(10)
                    : pool == 1 ? "ASH-" + random.nextInt(20) : "K" + random.nextInt(150), 14);
            ConcernObserved c = random.nextInt(12) == 0
                    ? Fixtures.grooming("C-" + i, i, Fixtures.suspect(man), Fixtures.suspect("M" + random.nextInt(10)), child)
                    : Fixtures.grooming("C-" + i, i, Fixtures.suspect(man), child);
            if (i > 20 && random.nextInt(12) == 0) {
                c = c.withAmends("C-" + (i - 1 - random.nextInt(20)));
            }
            engine.observe(c);
            if (random.nextInt(4) > 0) {
                engine.observe(Fixtures.nfa("D-" + i, "C-" + Math.max(0, i - random.nextInt(10)), i + 0.5));
            }
            if (random.nextInt(15) == 0) {
                engine.observe(Fixtures.decided("A-" + i, "C-" + random.nextInt(i + 1), i + 0.6, "charge"));
            }
            if (i % 31 == 30) {
                engine.observe(new PersonsMerged("ASH", List.of("ASH-" + random.nextInt(20)), Fixtures.day(i + 0.7),
                        "C-" + i));
            }
            if (i % 37 == 36) {
                int k = random.nextInt(149);
                engine.observe(new PersonsMerged("K" + k, List.of("K" + (k + 1 + random.nextInt(149 - k))),
                        Fixtures.day(i + 0.7), "C-" + i));
            }
            int ash = engine.casebook().persons.lookup("ASH");
            Optional<Finding> read = incremental.assessSuspect(engine.casebook(), ash);
            Optional<Finding> all = whole.assessSuspect(engine.casebook(), ash);
            assertThat(read.isPresent()).isEqualTo(all.isPresent());
            if (read.isPresent()) {
                findings++;
                assertThat(read.get().evidence().persons()).isEqualTo(all.get().evidence().persons());
                assertThat(read.get().evidence().facts()).isEqualTo(all.get().evidence().facts());
                assertThat(read.get().details()).isEqualTo(all.get().details());
            }
        }
        assertThat(findings).isGreaterThan(100);
    }
}
