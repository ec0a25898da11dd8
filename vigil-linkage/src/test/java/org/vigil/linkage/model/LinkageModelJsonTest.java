package org.vigil.linkage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.linkage.comparison.Comparison;
import org.vigil.linkage.comparison.Comparisons;
import org.vigil.linkage.scoring.Scorer;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.PersonRecord;
import org.vigil.linkage.table.RecordTable;

class LinkageModelJsonTest {

    /** Every field but three (the mention fields all among them): a model holds at most 16 comparisons. */
    private static final List<Comparison> ALL = Comparisons.defaultsFor(EnumSet.complementOf(EnumSet.of(Field.ADDRESS_LINE_2,
            Field.REGION, Field.BIRTH_PLACE)));

    /** A model with pseudo-random m, u and lambda drawn from {@code seed}. */
    static LinkageModel randomModel(long seed) {
        Random r = new Random(seed);
        LinkageModel m = LinkageModel.withPriors(ALL, 1e-6 + r.nextDouble() * 0.01);
        for (int k = 0; k < ALL.size(); k++) {
            double[] mm = new double[ALL.get(k).levels().size()];
            double[] uu = new double[mm.length];
            for (int l = 1; l < mm.length; l++) {
                mm[l] = 1e-4 + r.nextDouble();
                uu[l] = 1e-6 + r.nextDouble() * r.nextDouble();
            }
            m = m.withM(k, mm).withU(k, uu);
        }
        return m;
    }

    private static RecordTable people() {
        return RecordTable.of(List.of(
                PersonRecord.builder("1").name("Ashraf Khan").born("1976-03").phone("07700 900461").vrm("R762 KLT").build(),
                PersonRecord.builder("2").name("Ash").age(27, java.time.LocalDate.of(2003, 7, 14)).phone("+44 7700 900461")
                        .vrm("R7?2 KLT").place("Star Pizza").build(),
                PersonRecord.builder("3").name("Kayleigh Marsh").born("1989-02").sex("F").address("14 Ferham Rd, S61 1AP").build(),
                PersonRecord.builder("4").name("Kay Marsh").born("1989-02-10").sex("F").postcode("S61 1AP").email("k@example.org").build(),
                PersonRecord.builder("5").name("Daniel Smith").born("1990-03-04").identifier("QQ123456C").occupation("driver").build(),
                PersonRecord.builder("6").name("Dan Smith").born("1990-04-03").identifier("QQ123465C").birthPlace("Leeds").build()));
    }

    @Property(tries = 50)
    void aSavedModelLoadsEqualAndScoresIdentically(@ForAll long seed) {
        LinkageModel model = randomModel(seed);
        LinkageModel loaded = LinkageModel.fromJson(model.toJson());
        assertThat(loaded).isEqualTo(model);
        RecordTable t = people();
        Scorer before = new Scorer(model, t);
        Scorer after = new Scorer(loaded, t);
        for (int a = 0; a < t.size(); a++) {
            for (int b = 0; b < t.size(); b++) {
                assertThat(after.weight(a, b)).isEqualTo(before.weight(a, b));
            }
        }
    }

    @Test
    void savesToAFileAndLoadsAgain(@TempDir Path dir) throws Exception {
        LinkageModel model = randomModel(7);
        Path file = dir.resolve("model.json");
        model.save(file);
        assertThat(Files.readString(file)).contains("\"format\" : \"vigil-linkage-model/1\"", "\"label\" : \"nickname\"");
        assertThat(LinkageModel.load(file)).isEqualTo(model);
    }

    @Test
    void refusesJsonThatIsNotAModelAndNamesWhy() {
        assertThatThrownBy(() -> LinkageModel.fromJson("{\"format\":\"something-else\"}"))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("something-else");
        assertThatThrownBy(() -> LinkageModel.fromJson("not json")).isInstanceOf(ModelFormatException.class);
        String json = randomModel(3).toJson().replaceFirst("\"label\" : \"nickname\"", "\"label\" : \"pet_name\"");
        assertThatThrownBy(() -> LinkageModel.fromJson(json)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("nickname").hasMessageContaining("pet_name");
    }

    @Test
    void rejectsProbabilitiesOutsideTheUnitInterval() {
        String json = randomModel(5).toJson().replaceFirst("\"lambda\" : [0-9.eE-]+", "\"lambda\" : 1.5");
        assertThatThrownBy(() -> LinkageModel.fromJson(json)).isInstanceOf(ModelFormatException.class).hasMessageContaining("1.5");
    }
}
