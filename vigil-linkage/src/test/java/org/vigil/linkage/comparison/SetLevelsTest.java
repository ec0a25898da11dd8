package org.vigil.linkage.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.linkage.comparison.Tables.level;
import static org.vigil.linkage.comparison.Tables.person;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.PersonRecord;

class SetLevelsTest {

    @Test
    void phonesWrittenDifferentlyAreShared() {
        Comparison phone = Comparisons.shared(Field.PHONE);
        assertThat(level(phone, person("a").phone("07700 900461").build(), person("b").phone("+44 7700 900461").build()))
                .isEqualTo("shared");
        assertThat(level(phone, person("a").phone("07700 900461").phone("0114 496 0000").build(),
                person("b").phone("(0114) 4960000").build())).isEqualTo("shared");
        assertThat(level(phone, person("a").phone("07700 900461").build(), person("b").phone("07700 900481").build()))
                .isEqualTo("one_digit");
        assertThat(level(phone, person("a").phone("07700 900461").build(), person("b").phone("07700 123456").build())).isEqualTo("else");
    }

    @Test
    void vehiclesMatchThroughWildcards() {
        Comparison vrm = Comparisons.shared(Field.VRM);
        assertThat(level(vrm, person("a").vrm("R762 KLT").build(), person("b").vrm("r762klt").build())).isEqualTo("shared");
        assertThat(level(vrm, person("a").vrm("R7?2 KLT").build(), person("b").vrm("R762 KLT").build())).isEqualTo("wildcard");
        // Two identical partial marks are compatible, not a shared complete registration.
        assertThat(level(vrm, person("a").vrm("R7?2 KLT").build(), person("b").vrm("R7?2 KLT").build())).isEqualTo("wildcard");
        assertThat(level(vrm, person("a").vrm("R7?2 KLT").build(), person("b").vrm("S762 KLT").build())).isEqualTo("else");
    }

    @Test
    void aPartialRegistrationWeighsByHowManyCharactersBothMarksGive() {
        Comparison vrm = Comparisons.shared(Field.VRM);
        PersonRecord complete = person("b").vrm("R762 KLT").build();
        assertThat(level(vrm, person("a").vrm("R7?2 K?T").build(), complete)).isEqualTo("wildcard");
        assertThat(level(vrm, person("a").vrm("???? KLT").build(), complete)).isEqualTo("wildcard");
        assertThat(level(vrm, person("a").vrm("R??? ???").build(), complete)).isEqualTo("wildcard_vague");
        // Two partial marks pin down only what both give: R7?2 ??? and R??2 KLT give R and 2.
        assertThat(level(vrm, person("a").vrm("R7?2 ???").build(), person("b").vrm("R??2 KLT").build()))
                .isEqualTo("wildcard_vague");
        // Of several marks each, the pair that pins most down.
        assertThat(level(vrm, person("a").vrm("R??? ???").vrm("R762 ???").build(), complete)).isEqualTo("wildcard");
        assertThat(weight(vrm, "shared")).isGreaterThan(weight(vrm, "wildcard"));
        assertThat(weight(vrm, "wildcard")).isGreaterThan(weight(vrm, "wildcard_vague"));
        assertThat(weight(vrm, "wildcard_vague")).isPositive();
        assertThat(weight(vrm, "else")).isNegative();
    }

    @Test
    void aModelSavedBeforeTheVagueLevelLoadsAsItWasSaved() {
        Comparison saved = Comparisons.fromSpec(new ComparisonSpec(SetLevels.KIND, Field.VRM, Map.of()));
        assertThat(saved.levels()).extracting(ComparisonLevel::label).containsExactly("null", "shared", "wildcard", "else");
        assertThat(level(saved, person("a").vrm("R??? ???").build(), person("b").vrm("R762 KLT").build()))
                .isEqualTo("wildcard");
        Comparison now = Comparisons.shared(Field.VRM);
        assertThat(Comparisons.fromSpec(now.spec()).levels()).isEqualTo(now.levels());
    }

    /** The prior match weight of a level, in bits. */
    private static double weight(Comparison c, String label) {
        ComparisonLevel level = c.levels().stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow();
        return Math.log(level.priorM() / level.priorU()) / Math.log(2);
    }

    @Test
    void streetLinesAgreeByCharactersOrByWords() {
        Comparison street = Comparisons.address(Field.ADDRESS_LINE);
        assertThat(level(street, person("a").address("14 Ferham Rd").build(), person("b").addressLine("ferham road").build()))
                .isEqualTo("exact");
        assertThat(level(street, person("a").addressLine("ferham raod").build(), person("b").addressLine("ferham road").build()))
                .isEqualTo("jaro_winkler_0.92");
        assertThat(level(street, person("a").addressLine("flat 2 ferham road").build(), person("b").addressLine("ferham road").build()))
                .isEqualTo("token_overlap");
        assertThat(level(street, person("a").addressLine("moorgate road").build(), person("b").addressLine("ferham road").build()))
                .isEqualTo("else");
    }

    @Test
    void postcodesAgreeByUnitSectorOrDistrict() {
        Comparison pc = Comparisons.postcode();
        assertThat(level(pc, person("a").postcode("S61 1AP").build(), person("b").postcode("s611ap").build())).isEqualTo("exact");
        assertThat(level(pc, person("a").postcode("S61 1AP").build(), person("b").postcode("S61 1ZZ").build())).isEqualTo("same_sector");
        assertThat(level(pc, person("a").postcode("S61 1AP").build(), person("b").postcode("S61 4QQ").build())).isEqualTo("same_district");
        assertThat(level(pc, person("a").address("14 Ferham Rd, S61 1AP").build(), person("b").postcode("S61").build()))
                .isEqualTo("same_district");
        assertThat(level(pc, person("a").postcode("4223").build(), person("b").postcode("4233").build())).isEqualTo("one_character");
    }
}
