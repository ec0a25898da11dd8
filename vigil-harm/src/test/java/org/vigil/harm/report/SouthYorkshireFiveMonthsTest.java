package org.vigil.harm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.harm.policeuk.PoliceUkReader;
import org.vigil.harm.policeuk.StreetCrimes;
import org.vigil.harm.weights.CategoryWeights;
import org.vigil.harm.weights.CrimeCategory;

/**
 * The real data: five months of South Yorkshire Police street-level crime (src/test/resources/police-uk,
 * OGL v3.0). Expected counts come from that folder's README, not from this code.
 */
class SouthYorkshireFiveMonthsTest {
    private static List<Path> files;
    private static StreetCrimes data;
    private static HarmVolumeReport byCategory;

    @BeforeAll
    static void readTheFiveMonths() throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(
                SouthYorkshireFiveMonthsTest.class.getResource("/police-uk"), "test data police-uk/").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith("-street.csv")).sorted().toList();
        }
        data = PoliceUkReader.read(files);
        byCategory = HarmVolumeReport.of(data, CategoryWeights.bundled(), Grouping.CATEGORY);
    }

    @Test
    void theReportBuiltAsTheFilesAreReadIsTheReportOfEveryRowHeld() {
        for (Grouping by : Grouping.values()) {
            assertThat(HarmReport.build(files, by)).isEqualTo(HarmVolumeReport.of(data, CategoryWeights.bundled(), by));
        }
    }

    @Test
    void readsEveryRowAndNoneIsMalformed() {
        assertThat(files).hasSize(5);
        assertThat(data.rowsRead()).isEqualTo(73_834);
        assertThat(data.malformed()).isEmpty();
        assertThat(byCategory.antiSocialBehaviour()).isEqualTo(14_497);
        assertThat(byCategory.crimes()).isEqualTo(73_834 - 14_497);
        assertThat(byCategory.row("Violence and sexual offences").orElseThrow().crimes()).isEqualTo(20_049);
        assertThat(byCategory.row("Vehicle crime").orElseThrow().crimes()).isEqualTo(5_515);
    }

    @Test
    void vehicleCrimeIsAboutNinePercentOfVolumeButUnderOnePercentOfHarm() {
        HarmVolumeRow vehicle = byCategory.row("Vehicle crime").orElseThrow();
        assertThat(vehicle.volumeShare()).isBetween(0.085, 0.10);
        assertThat(vehicle.harmShare()).isGreaterThan(0.0).isLessThan(0.01);
        assertThat(vehicle.ratio()).isLessThan(0.1);
    }

    @Test
    void violenceBurglaryAndRobberyCarryMostOfTheHarm() {
        assertThat(byCategory.rows().subList(0, 3)).extracting(HarmVolumeRow::group)
                .containsExactly("Violence and sexual offences", "Burglary", "Robbery");
        double top3Harm = byCategory.rows().subList(0, 3).stream().mapToDouble(HarmVolumeRow::harmShare).sum();
        double top3Volume = byCategory.rows().subList(0, 3).stream().mapToDouble(HarmVolumeRow::volumeShare).sum();
        assertThat(top3Harm).isGreaterThan(0.9);
        assertThat(top3Volume).isLessThan(0.5);
    }

    /** Independent recount: whole-file CSV parsing, not the reader, then count × force weight. */
    @Test
    void totalHarmMatchesANaiveRecountOfTheFiles() throws IOException {
        CategoryWeights weights = CategoryWeights.bundled();
        double naive = 0;
        long crimes = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        for (Path file : files) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    CSVParser parser = CSVParser.parse(in, format)) {
                for (CSVRecord r : parser) {
                    CrimeCategory c = CrimeCategory.parse(r.get("Crime type"));
                    if (c.isNotifiableCrime()) {
                        crimes++;
                        if (c != CrimeCategory.DRUGS && c != CrimeCategory.SHOPLIFTING) {
                            naive += weights.weightFor(c, r.get("Reported by")).days();
                        }
                    }
                }
            }
        }
        assertThat(byCategory.crimes()).isEqualTo(crimes);
        assertThat(byCategory.harmDays()).isCloseTo(naive, within(1e-6 * naive));
    }

    @Test
    void usesSouthYorkshiresOwnWeightsForEveryCrime() {
        assertThat(byCategory.provenance().weightsUsed()).containsOnlyKeys("South Yorkshire");
        assertThat(byCategory.provenance().period()).isEqualTo("2018-10 to 2019-02");
    }

    @Test
    void weighingDrugsAndShopliftingBarelyMovesTheShares() {
        HarmVolumeReport weighted =
                HarmVolumeReport.of(data, CategoryWeights.bundled(), Grouping.CATEGORY, ProactiveOffences.WEIGHTED);
        assertThat(weighted.row("Drugs").orElseThrow().harmDays()).isPositive();
        for (HarmVolumeRow row : byCategory.rows()) {
            assertThat(weighted.row(row.group()).orElseThrow().harmShare()).as(row.group())
                    .isCloseTo(row.harmShare(), within(0.001));
        }
    }

    @Test
    void areasAreTheFourAuthoritiesAndTheUnlocated() {
        HarmVolumeReport byArea = HarmVolumeReport.of(data, CategoryWeights.bundled(), Grouping.AREA);
        assertThat(byArea.crimes()).isEqualTo(byCategory.crimes());
        assertThat(byArea.harmDays()).isCloseTo(byCategory.harmDays(), within(1e-6 * byCategory.harmDays()));
        HarmVolumeReport folded = byArea.foldedBelow(HarmReport.AREA_FOLD_SHARE);
        assertThat(folded.rows()).extracting(HarmVolumeRow::group).startsWith("Sheffield", "Doncaster")
                .contains("Rotherham", "Barnsley", "(no location)");
        assertThat(folded.rows().get(folded.rows().size() - 1).group()).startsWith("Other areas (");
    }

    @Test
    void runPrintsTheTableAndWritesAPngChart(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path png = dir.resolve("harm.png");
        HarmVolumeReport printed;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            printed = HarmReport.run(files, Grouping.CATEGORY, png, out);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed.crimes()).isEqualTo(byCategory.crimes());
        assertThat(text).contains("Vehicle crime").contains("Chart written to " + png);
        assertThat(Files.size(png)).isPositive();
        assertThat(Files.readAllBytes(png)).startsWith(HarmVolumeChartTest.PNG_SIGNATURE);
        assertThat(ImageIO.read(png.toFile())).isNotNull();
    }
}
