package org.vigil.harm.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.harm.HarmDataException;

class CategoryWeightsTest {
    private final CategoryWeights weights = CategoryWeights.bundled();

    @Test
    void usesTheForcesOwnWeightsForItsData() {
        CategoryWeight burglary = weights.weightFor(CrimeCategory.BURGLARY, "South Yorkshire Police");
        assertThat(burglary.days()).isEqualTo(252.17);
        assertThat(burglary.force()).contains("South Yorkshire");
        assertThat(burglary.source()).contains("cchi_weights_by_force_category.csv");
    }

    @Test
    void fallsBackToNationalForAForceWithoutWeights() {
        CategoryWeight burglary = weights.weightFor(CrimeCategory.BURGLARY, "British Transport Police");
        assertThat(burglary.days()).isEqualTo(244.68);
        assertThat(burglary.scope()).isEqualTo("national");
        assertThat(weights.hasForce("British Transport Police")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "South Yorkshire Police, south yorkshire",
            "Avon and Somerset Constabulary, avon and somerset",
            "Metropolitan Police Service, metropolitan",
            "Metropolitan Police, metropolitan",
            "Devon & Cornwall Police, devon and cornwall",
            "City of London Police, city of london"})
    void matchesPoliceUkForceNamesToTheTables(String policeUk, String key) {
        assertThat(CategoryWeights.forceKey(policeUk)).isEqualTo(key);
        assertThat(weights.hasForce(policeUk)).isTrue();
    }

    @Test
    void holdsAllFortyThreeForcesAndEveryCategoryNationally() {
        assertThat(weights.forces()).hasSize(43).contains("South Yorkshire", "Metropolitan Police");
        for (CrimeCategory c : CrimeCategory.values()) {
            assertThat(weights.national(c).source()).isNotBlank();
        }
    }

    @Test
    void antiSocialBehaviourIsAConventionNotAHarmValue() {
        CategoryWeight asb = weights.weightFor(CrimeCategory.ANTI_SOCIAL_BEHAVIOUR, "South Yorkshire Police");
        assertThat(asb.days()).isEqualTo(1.0);
        assertThat(asb.convention()).isTrue();
        assertThat(asb.source()).startsWith("NOT a CHI value");
        assertThat(weights.national(CrimeCategory.VEHICLE_CRIME).convention()).isFalse();
    }

    @Test
    void loadsNationalAndForceTablesFromFiles(@TempDir Path dir) throws IOException {
        Path national = dir.resolve("national.csv");
        StringBuilder text = new StringBuilder("crime_type,cchi_days,source\n");
        for (CrimeCategory c : CrimeCategory.values()) {
            if (c.isNotifiableCrime()) {
                text.append(c.label()).append(",7,test table\n");
            }
        }
        Files.writeString(national, text);
        Path force = dir.resolve("force.csv");
        Files.writeString(force, "force,crime_type,cchi_days\nSouth Yorkshire,Drugs,9\n");
        CategoryWeights loaded = CategoryWeights.load(List.of(national, force));
        assertThat(loaded.weightFor(CrimeCategory.DRUGS, "South Yorkshire Police").days()).isEqualTo(9.0);
        assertThat(loaded.weightFor(CrimeCategory.DRUGS, "South Yorkshire Police").source()).isEqualTo("force.csv");
        assertThat(loaded.weightFor(CrimeCategory.ROBBERY, "South Yorkshire Police").days()).isEqualTo(7.0);
        assertThat(loaded.national(CrimeCategory.ANTI_SOCIAL_BEHAVIOUR).convention()).isTrue();
    }

    @Test
    void rejectsATableMissingANationalCategory(@TempDir Path dir) throws IOException {
        Path national = dir.resolve("short.csv");
        Files.writeString(national, "crime_type,cchi_days\nRobbery,365\n");
        assertThatThrownBy(() -> CategoryWeights.load(List.of(national)))
                .isInstanceOf(HarmDataException.class)
                .hasMessageContaining("no national weight for")
                .hasMessageContaining("Vehicle crime");
    }

    @Test
    void rejectsAnUnknownCategoryNamingIt(@TempDir Path dir) throws IOException {
        Path national = dir.resolve("odd.csv");
        Files.writeString(national, "crime_type,cchi_days\nViolent crime,100\n");
        assertThatThrownBy(() -> CategoryWeights.load(List.of(national)))
                .isInstanceOf(HarmDataException.class)
                .hasMessageContaining("odd.csv line 2")
                .hasMessageContaining("'Violent crime'");
    }
}
