package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.alerts.Fixtures.as;
import static org.vigil.alerts.Fixtures.child;
import static org.vigil.alerts.Fixtures.concern;
import static org.vigil.alerts.Fixtures.suspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.vigil.alerts.observation.ConcernObserved;
import org.vigil.alerts.pattern.AlertKind;
import org.vigil.alerts.state.Casebook;
import org.vigil.alerts.state.PersonRecord;

/**
 * A correction that names the same persons in the same roles is the same report, not another one: rule 4 of
 * {@code docs/decisions/alerts-benign-adults.md} weighs an adult's reports as carer or professional against his
 * reports as a suspect, and a report sent again corrected must weigh as it did, neither corroborating itself nor
 * counting twice on either side.
 */
class CorrectionsTest {
    private static Set<String> flagged(AlertEngine engine) {
        Set<String> out = new TreeSet<>();
        engine.alerts().stream().filter(a -> a.kind() == AlertKind.REPEAT_SUSPECT)
                .flatMap(a -> a.current().persons().stream())
                .filter(p -> p.part().equals("suspect")).forEach(p -> out.add(p.person()));
        return out;
    }

    /** A corrected missing report naming a man as the adult with the girl is one report, not two. */
    @Test
    void aCorrectedReportNamingAnAdultAgainWeighsOnceAgainstHisAllegations() {
        AlertEngine engine = new AlertEngine();
        engine.observe(concern("MP-1", 0, "Police", child("G", 14), as("other", "MAN", 44)).withIndicators("missing"));
        engine.observe(concern("MP-1-A", 2, "Police", child("G", 14), as("other", "MAN", 44))
                .withIndicators("missing").withAmends("MP-1"));
        engine.observe(concern("PC-2", 10, "Police", child("G", 14), suspect("MAN")).withOffences("22B"));
        engine.observe(concern("PC-3", 20, "Police", child("G", 14), suspect("MAN"))
                .withIndicators("missing", "multiple_adults"));
        assertThat(flagged(engine)).containsExactly("MAN");
    }

    /**
     * A cycle of corrections (X amends Y, Y amends Z, Z amends X), which no sender should write, or a chain taken in
     * against its order, is one report: it cannot be two allegations about one girl.
     */
    @Test
    void aCycleOrAChainOfCorrectionsTakenInOutOfOrderIsOneReport() {
        for (String[][] amends : List.of(new String[][] {{"X", "Y"}, {"Y", "Z"}, {"Z", "X"}},
                new String[][] {{"C", "B"}, {"B", "A"}, {"A", null}})) {
            AlertEngine engine = new AlertEngine();
            for (int i = 0; i < amends.length; i++) {
                ConcernObserved c = concern(amends[i][0], i, i == 1 ? "Youth Project" : "Police", child("G", 14),
                        suspect("MAN")).withIndicators("gifts", "older_partner");
                engine.observe(amends[i][1] == null ? c : c.withAmends(amends[i][1]));
            }
            Casebook book = engine.casebook();
            assertThat(book.concerns.report(book.concerns.lookup(amends[0][0])).index)
                    .isEqualTo(book.concerns.report(book.concerns.lookup(amends[1][0])).index)
                    .isEqualTo(book.concerns.report(book.concerns.lookup(amends[2][0])).index);
            assertThat(flagged(engine)).as("one report from two agencies about one girl is no repeat").isEmpty();
        }
    }

    /** A strong allegation rule 4 held is not corroborated by its own correction. */
    @Test
    void aHeldAllegationIsNotCorroboratedByItsOwnCorrection() {
        AlertEngine engine = new AlertEngine();
        for (int i = 0; i < 3; i++) {
            engine.observe(concern("CSC-" + i, i, "Children's Social Care", child("F" + i, 10),
                    as("reporter", "CARER", 45)));
        }
        // About one child: an offence against two would corroborate itself (rule 17).
        engine.observe(concern("PC-1", 10, "Police", child("F1", 10), suspect("CARER")).withOffences("22B"));
        engine.observe(concern("PC-1-A", 11, "Police", child("F1", 10), suspect("CARER"))
                .withOffences("22B").withAmends("PC-1"));
        Casebook book = engine.casebook();
        PersonRecord carer = book.persons.record(book.persons.find(book.persons.lookup("CARER")));
        assertThat(carer.suspectedOfExploitation.isEmpty()).as("counted").isTrue();
        assertThat(carer.held.size()).as("held").isEqualTo(1);
    }

    /**
     * In any small town of men, carers and children, sending some reports again as corrections with the same subjects,
     * roles and evidence, right after the originals, flags the same persons under {@code repeat_suspect}.
     */
    @Property(tries = 300)
    void correctionsThatChangeNothingFlagNoOneElse(@ForAll long seed) {
        Random random = new Random(seed);
        AlertEngine plain = new AlertEngine();
        AlertEngine corrected = new AlertEngine();
        for (Report r : town(random)) {
            plain.observe(r.sent(r.id, r.day));
            corrected.observe(r.sent(r.id, r.day));
            if (random.nextInt(3) == 0) {
                corrected.observe(r.sent(r.id + "-A", r.day + 0.1).withAmends(r.id));
            }
        }
        assertThat(flagged(corrected)).isEqualTo(flagged(plain));
    }

    private static final String[] ROLES = {"suspect", "suspect", "other", "associate", "reporter", "witness"};
    private static final String[] INDICATORS = {"missing", "alcohol_drugs", "gifts", "older_partner", "taxi",
            "multiple_adults", "hotel"};

    /** One report of the town: sent as it is, or again, corrected, under another id. */
    private record Report(String id, double day, String agency, Fixtures.Subject[] subjects, String[] indicators,
            String[] offences) {
        ConcernObserved sent(String as, double at) {
            return concern(as, at, agency, subjects).withIndicators(indicators).withOffences(offences);
        }
    }

    /** Twenty to forty reports about five girls, each naming one or two of four adults in random roles. */
    private static List<Report> town(Random random) {
        List<Report> out = new ArrayList<>();
        int n = 20 + random.nextInt(21);
        for (int i = 0; i < n; i++) {
            List<Fixtures.Subject> subjects = new ArrayList<>();
            subjects.add(child("G" + random.nextInt(5), 12 + random.nextInt(4)));
            Set<String> named = new TreeSet<>();
            for (int a = 1 + random.nextInt(2); a > 0; a--) {
                String adult = "A" + random.nextInt(4);
                if (named.add(adult)) {
                    String role = ROLES[random.nextInt(ROLES.length)];
                    subjects.add(role.equals("suspect") ? suspect(adult) : as(role, adult, 40));
                }
            }
            List<String> indicators = new ArrayList<>();
            for (String indicator : INDICATORS) {
                if (random.nextInt(4) == 0) {
                    indicators.add(indicator);
                }
            }
            out.add(new Report("R-" + i, i, random.nextBoolean() ? "Police" : "Youth Project",
                    subjects.toArray(Fixtures.Subject[]::new), indicators.toArray(String[]::new),
                    random.nextInt(5) == 0 ? new String[] {"22B"} : new String[0]));
        }
        return out;
    }
}
