package org.vigil.harm.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.harm.HarmDataException;

class HarmWeightsTest {
    private final HarmWeights weights = HarmWeights.bundled();

    @Test
    void everyBundledWeightCarriesASource() {
        assertThat(weights.all()).hasSize(123).allSatisfy(w -> {
            assertThat(w.source()).isNotBlank();
            assertThat(w.category()).isPresent();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"22B", "71", "88A", "106", "21", "20B", "72", "13", "36", "28E", "45", "48", "37.2", "126"})
    void rowsMarkedSubgroupFallbackInTheSourcesArePlaceholders(String code) {
        OffenceWeight w = weights.weightOf(OffenceCode.parse(code));
        assertThat(w.placeholder()).isTrue();
        assertThat(w.basis()).isEqualTo(WeightBasis.SUBGROUP_FALLBACK);
        assertThat(w.source()).startsWith("SUBGROUP FALLBACK");
    }

    @Test
    void cseOffencesWeighAsTheirSubgroupMedianUntilOffenceLevelRowsArrive() {
        assertThat(weights.weightOf(OffenceCode.parse("22B")).days()).isEqualTo(182.25);
        assertThat(weights.weightOf(OffenceCode.parse("106")).days()).isEqualTo(10.0);
    }

    @Test
    void offenceLevelValuesReplaceSubgroupMediansWhereTheSourcesHaveThem() {
        OffenceWeight childRape = weights.weightOf(OffenceCode.parse("19E"));
        assertThat(childRape.days()).isEqualTo(2920.0);
        assertThat(childRape.basis()).isEqualTo(WeightBasis.OFFENCE_LEVEL);
        assertThat(childRape.placeholder()).isFalse();
        assertThat(childRape.source()).contains("Sentencing Council");
        assertThat(weights.weightOf(OffenceCode.parse("19C")).days()).isEqualTo(1825.0);
        // 19D has no offence-level row: it keeps the rape subgroup median and says so.
        assertThat(weights.weightOf(OffenceCode.parse("19D")).days()).isEqualTo(2555.0);
        assertThat(weights.weightOf(OffenceCode.parse("19D")).placeholder()).isTrue();
    }

    @Test
    void volumeCategoriesComeFromTheOnsHierarchy() {
        assertThat(weights.weightOf(OffenceCode.parse("45")).category()).contains(CrimeCategory.VEHICLE_CRIME);
        assertThat(weights.weightOf(OffenceCode.parse("30C")).category()).contains(CrimeCategory.BURGLARY);
        assertThat(weights.weightOf(OffenceCode.parse("34B")).category()).contains(CrimeCategory.ROBBERY);
        assertThat(weights.weightOf(OffenceCode.parse("71")).category())
                .contains(CrimeCategory.VIOLENCE_AND_SEXUAL_OFFENCES);
    }

    @Test
    void aSexualOffenceCodeFromBefore2004WeighsAsTheCodeThatReplacedIt() {
        OffenceWeight indecentAssault = weights.weightOf(OffenceCode.parse("20"));
        assertThat(indecentAssault.days()).isEqualTo(weights.weightOf(OffenceCode.parse("20A")).days());
        assertThat(indecentAssault.code()).isEqualTo(OffenceCode.parse("20"));
        assertThat(indecentAssault.source()).startsWith("SUPERSEDED CODE - HO 20 weighed as its successor 20A");
        assertThat(weights.weightOf(OffenceCode.parse("19A")).days()).isEqualTo(1825.0);
        assertThat(weights.weightOf(OffenceCode.parse("22")).basis()).isNotEqualTo(WeightBasis.UNKNOWN_CODE);
    }

    /**
     * The commonest codes of a police caseload are in the table, weighed by their subgroup: before 1 December 2026 only
     * 46 codes were, and assault with injury (8N) weighed as an unknown code, 10 days against its subgroup's 365.
     */
    @ParameterizedTest
    @CsvSource({"8N, 365", "105A, 10", "46, 1", "5D, 365", "8R, 10", "58A, 2", "49, 2", "92D, 3", "9A, 7.5", "1, 5475"})
    void theCommonestCodesOfACaseloadWeighAsTheirSubgroup(String code, double days) {
        OffenceWeight w = weights.weightOf(OffenceCode.parse(code));
        assertThat(w.basis()).isNotEqualTo(WeightBasis.UNKNOWN_CODE);
        assertThat(w.days()).isEqualTo(days);
        assertThat(w.source()).contains("SUBGROUP FALLBACK");
    }

    @Test
    void aBurglaryCodeFromBefore2017WeighsAsTheCodeThatReplacedIt() {
        for (String[] pair : new String[][] {{"28A", "28E"}, {"28B", "28F"}, {"28C", "28G"}, {"28D", "28H"},
            {"29", "29A"}, {"30A", "30C"}, {"30B", "30D"}, {"31", "31A"}}) {
            OffenceWeight old = weights.weightOf(OffenceCode.parse(pair[0]));
            OffenceWeight now = weights.weightOf(OffenceCode.parse(pair[1]));
            assertThat(old.days()).as(pair[0]).isEqualTo(now.days());
            assertThat(old.category()).as(pair[0]).isEqualTo(now.category()).contains(CrimeCategory.BURGLARY);
            assertThat(old.offence()).as(pair[0]).endsWith("(HO " + pair[0] + " before April 2017)");
            assertThat(old.source()).startsWith("SUPERSEDED CODE - HO " + pair[0] + " weighed as its successor " + pair[1]);
        }
    }

    @Test
    void unknownCodeGetsTheDocumentedPlaceholderInsteadOfFailing() {
        OffenceWeight w = weights.weightOf(OffenceCode.parse("999"));
        assertThat(w.days()).isEqualTo(HarmWeights.UNKNOWN_CODE_DAYS);
        assertThat(w.basis()).isEqualTo(WeightBasis.UNKNOWN_CODE);
        assertThat(w.placeholder()).isTrue();
        assertThat(w.category()).isEmpty();
        assertThat(w.source()).contains("999");
        assertThat(weights.find(OffenceCode.parse("999"))).isEmpty();
    }

    @Test
    void loadsATableFromAFile(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("w.csv");
        Files.writeString(csv, "\uFEFFho_code,offence,category,weight_days,basis,source\n"
                + "71,Abuse of children through sexual exploitation,Violence and sexual offences,1095,offence-level,"
                + "\"Cambridge CCHI 2026, row 412\"\n");
        HarmWeights loaded = HarmWeights.load(csv);
        OffenceWeight w = loaded.weightOf(OffenceCode.parse("71"));
        assertThat(w).isEqualTo(new OffenceWeight(OffenceCode.parse("71"),
                "Abuse of children through sexual exploitation", Optional.of(CrimeCategory.VIOLENCE_AND_SEXUAL_OFFENCES),
                1095.0, WeightBasis.OFFENCE_LEVEL, "Cambridge CCHI 2026, row 412"));
        assertThat(loaded.weightOf(OffenceCode.parse("22B")).source()).contains(csv.toString());
    }

    @Test
    void rejectsABadWeightNamingFileLineAndValue(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "ho_code,offence,category,weight_days,basis,source\n"
                + "71,x,Other crime,10,offence-level,s\n"
                + "22B,y,Other crime,lots,offence-level,s\n");
        assertThatThrownBy(() -> HarmWeights.load(csv))
                .isInstanceOf(HarmDataException.class)
                .hasMessageContaining("bad.csv line 3")
                .hasMessageContaining("'lots'");
    }

    @Test
    void rejectsAFallbackSourceThatClaimsToBeOffenceLevel(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("lying.csv");
        Files.writeString(csv, "ho_code,offence,category,weight_days,basis,source\n"
                + "71,x,Other crime,182.25,offence-level,SUBGROUP FALLBACK - median\n");
        assertThatThrownBy(() -> HarmWeights.load(csv))
                .isInstanceOf(HarmDataException.class)
                .hasMessageContaining("HO 71")
                .hasMessageContaining("SUBGROUP FALLBACK");
    }

    @Test
    void rejectsADuplicateCode(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("dup.csv");
        Files.writeString(csv, "ho_code,offence,category,weight_days,basis,source\n"
                + "71,x,Other crime,1,offence-level,s\n71,x,Other crime,2,offence-level,s\n");
        assertThatThrownBy(() -> HarmWeights.load(csv)).hasMessageContaining("HO code 71 appears more than once");
    }

    @Test
    void rejectsATableWithoutTheRequiredColumns(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("cols.csv");
        Files.writeString(csv, "ho_code,weight_days\n71,10\n");
        assertThatThrownBy(() -> HarmWeights.load(csv))
                .isInstanceOf(HarmDataException.class)
                .hasMessageContaining("[offence, category, basis, source]");
    }
}
