package org.vigil.harm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.harm.report.Crimes.crime;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.vigil.harm.policeuk.MalformedRow;
import org.vigil.harm.policeuk.StreetCrimes;
import org.vigil.harm.weights.CategoryWeights;
import org.vigil.harm.weights.CrimeCategory;

class HarmVolumeTableTest {
    private final HarmVolumeReport report = HarmVolumeReport.of(Crimes.of(List.of(
            crime(CrimeCategory.BURGLARY, "Rotherham 012A"),
            crime(CrimeCategory.SHOPLIFTING, "Rotherham 012A"),
            crime(CrimeCategory.ANTI_SOCIAL_BEHAVIOUR, "Rotherham 012A"),
            crime(CrimeCategory.VEHICLE_CRIME, "Sheffield 001A"))), CategoryWeights.bundled(), Grouping.CATEGORY);

    @Test
    void alignsTheTextTableColumns() {
        List<String> lines = HarmVolumeTable.text(report).lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("Crime type")).findFirst().orElseThrow());
        String head = lines.get(header);
        int crimesEnd = head.indexOf("Crimes") + "Crimes".length();
        int harmEnd = head.indexOf("% harm") + "% harm".length();
        for (String row : lines.subList(header + 2, header + 2 + report.rows().size())) {
            assertThat(row.charAt(crimesEnd - 1)).as(row).isNotEqualTo(' ');
            assertThat(row.charAt(crimesEnd)).as(row).isEqualTo(' ');
            assertThat(row.charAt(harmEnd - 1)).as(row).isEqualTo('%');
        }
    }

    @Test
    void textStatesHowTheNumbersWereMade() {
        String text = HarmVolumeTable.text(report);
        assertThat(text).contains("Harm versus volume by crime type: South Yorkshire Police, 2018-10");
        assertThat(text).contains("Anti-social behaviour (1 incidents)");
        assertThat(text).contains("not in harm: proactively detected (CHI rule)");
        assertThat(text).contains("weights used: South Yorkshire 3");
        assertThat(text).contains("none malformed");
    }

    @Test
    void csvHasOneRecordPerRowWithTheRowsValues() throws IOException {
        String csv = HarmVolumeTable.csv(report);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            assertThat(parser.getHeaderNames()).isEqualTo(HarmVolumeTable.CSV_COLUMNS);
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(report.rows().size());
            for (int i = 0; i < records.size(); i++) {
                HarmVolumeRow row = report.rows().get(i);
                assertThat(records.get(i).get("group")).isEqualTo(row.group());
                assertThat(Long.parseLong(records.get(i).get("crimes"))).isEqualTo(row.crimes());
                assertThat(Double.parseDouble(records.get(i).get("harm_share"))).isCloseTo(row.harmShare(),
                        org.assertj.core.api.Assertions.within(1e-6));
            }
        }
    }

    @Test
    void markdownIsAPipeTableWithItsNotes() {
        String md = HarmVolumeTable.markdown(report);
        assertThat(md).contains("| Crime type | Crimes |").contains("|---|---:|").contains("| **Total** |");
        assertThat(md.lines().filter(l -> l.startsWith("| ")).count()).isEqualTo(report.rows().size() + 2);
        assertThat(md).contains("- Anti-social behaviour");
    }

    @Test
    void namesEveryCrimeTypeItDidNotKnowWithItsCount() {
        Path file = Path.of("2012-06-south-yorkshire-street.csv");
        StreetCrimes data = new StreetCrimes(List.of(file), List.of(crime(CrimeCategory.BURGLARY, "Rotherham 012A")),
                IntStream.range(0, 7).mapToObj(i -> MalformedRow.ofUnknownCrimeType(file, i + 2,
                        i < 6 ? "Violent crime" : "Public disorder and weapons", "")).toList());
        String text = HarmVolumeTable.text(HarmVolumeReport.of(data, CategoryWeights.bundled(), Grouping.CATEGORY));
        assertThat(text).contains("left out of both totals (older files use other labels): "
                + "'Public disorder and weapons' 1, 'Violent crime' 6.");
        assertThat(text).contains("7 malformed and left out");
    }
}
