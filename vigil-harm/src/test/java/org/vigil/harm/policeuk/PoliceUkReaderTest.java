package org.vigil.harm.policeuk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.harm.HarmDataException;
import org.vigil.harm.weights.CrimeCategory;

class PoliceUkReaderTest {
    static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Crime type,Last outcome category,Context";
    static final String SYP = "South Yorkshire Police,South Yorkshire Police";

    @TempDir Path dir;

    private Path file(String... lines) throws IOException {
        Path f = dir.resolve("2018-10-south-yorkshire-street.csv");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsRowsDespiteByteOrderMarkBlankCoordinatesAndMissingLsoa() throws IOException {
        Path f = file("\uFEFF" + HEADER,
                "ab12,2018-10," + SYP + ",-1.451664,53.599163,On or near Jack Close,E01007434,Barnsley 001A,Burglary,"
                        + "Under investigation,",
                "," + "2018-10," + SYP + ",-1.35,53.43,\"On or near Wellgate, Rotherham\",E01033264,Rotherham 012A,"
                        + "Anti-social behaviour,,",
                "",
                "cd34,2018-11," + SYP + ",,,No location,,,Vehicle crime,Status update unavailable,");
        StreetCrimes read = PoliceUkReader.read(f);
        assertThat(read.malformed()).isEmpty();
        assertThat(read.rowsRead()).isEqualTo(3);
        List<StreetCrime> crimes = read.crimes();
        assertThat(crimes.get(0).category()).isEqualTo(CrimeCategory.BURGLARY);
        assertThat(crimes.get(0).area()).isEqualTo("Barnsley");
        assertThat(crimes.get(0).point()).contains(new StreetCrime.MapPoint(-1.451664, 53.599163));
        assertThat(crimes.get(0).force()).isEqualTo("South Yorkshire Police");
        assertThat(crimes.get(1).crimeId()).isEmpty();
        assertThat(crimes.get(1).area()).isEqualTo("Rotherham");
        assertThat(crimes.get(2).point()).isEmpty();
        assertThat(crimes.get(2).lsoa()).isEmpty();
        assertThat(crimes.get(2).area()).isEqualTo(StreetCrime.NO_LOCATION);
        assertThat(crimes.get(2).month()).isEqualTo(YearMonth.of(2018, 11));
    }

    @Test
    void countsMalformedRowsWithLineAndReasonAndKeepsTheRest() throws IOException {
        String good = "x,2018-10," + SYP + ",-1.4,53.5,On or near A,E01007434,Barnsley 001A,Robbery,,";
        Path f = file(HEADER,
                good,
                "x,2018-10," + SYP + ",-1.4,53.5,\"On or near A,E01007434,Barnsley 001A,Robbery,,",
                "x,2018-10," + SYP + ",-1.4,53.5,On or near A,E01007434,Barnsley 001A,Robbery",
                "x,2018-10," + SYP + ",-1.4,53.5,On or near A,E01007434,Barnsley 001A,Violent crime,,",
                "x,2018-10," + SYP + ",-1.4,53.5,On or near A,E01007434,Barnsley 001A,,,",
                "x,Oct-18," + SYP + ",-1.4,53.5,On or near A,E01007434,Barnsley 001A,Robbery,,",
                "x,2018-10," + SYP + ",west,53.5,On or near A,E01007434,Barnsley 001A,Robbery,,",
                "x,2018-10," + SYP + ",-1.4,,On or near A,E01007434,Barnsley 001A,Robbery,,",
                "x,2018-10," + SYP + ",-1.4,95,On or near A,E01007434,Barnsley 001A,Robbery,,",
                good);
        StreetCrimes read = PoliceUkReader.read(f);
        assertThat(read.crimes()).hasSize(2);
        assertThat(read.rowsRead()).isEqualTo(10);
        assertThat(read.malformed()).extracting(MalformedRow::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(read.malformed()).extracting(MalformedRow::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("not valid CSV"),
                r -> assertThat(r).isEqualTo("expected 12 fields as in the header, found 10"),
                r -> assertThat(r).isEqualTo("unknown crime type 'Violent crime'"),
                r -> assertThat(r).isEqualTo("no crime type"),
                r -> assertThat(r).isEqualTo("month is not YYYY-MM: 'Oct-18'"),
                r -> assertThat(r).isEqualTo("longitude is not a number: 'west'"),
                r -> assertThat(r).contains("only one coordinate"),
                r -> assertThat(r).contains("not a WGS84 point"));
        assertThat(read.malformed().get(2).describe())
                .isEqualTo("2018-10-south-yorkshire-street.csv line 5: unknown crime type 'Violent crime'");
        assertThat(read.malformed()).extracting(MalformedRow::unknownCrimeType)
                .containsExactly(Optional.empty(), Optional.empty(), Optional.of("Violent crime"), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void findsColumnsByNameInAnyOrder() throws IOException {
        Path f = file("Crime type,LSOA name,Month", "Drugs,Doncaster 020C,2019-01");
        StreetCrime crime = PoliceUkReader.read(f).crimes().get(0);
        assertThat(crime.category()).isEqualTo(CrimeCategory.DRUGS);
        assertThat(crime.area()).isEqualTo("Doncaster");
        assertThat(crime.force()).isEmpty();
    }

    @Test
    void refusesAFileThatIsNotAStreetLevelFile() throws IOException {
        Path f = file("Crime ID,Month,Outcome type", "x,2018-10,Court result unavailable");
        assertThatThrownBy(() -> PoliceUkReader.read(f))
                .isInstanceOf(HarmDataException.class)
                .hasMessageContaining("not a police.uk street-level file")
                .hasMessageContaining("[Crime type]");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path f = dir.resolve("empty.csv");
        Files.writeString(f, "");
        assertThatThrownBy(() -> PoliceUkReader.read(f)).isInstanceOf(HarmDataException.class).hasMessageContaining("empty");
    }

    @Test
    void reportsAMissingFileByName() {
        Path f = dir.resolve("nope.csv");
        assertThatThrownBy(() -> PoliceUkReader.read(f))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("nope.csv");
    }

    @Test
    void readsSeveralFilesIntoOne() throws IOException {
        Path a = file(HEADER, "x,2018-10," + SYP + ",,,,,,Robbery,,");
        Path b = dir.resolve("b.csv");
        Files.writeString(b, HEADER + "\ny,2018-11," + SYP + ",,,,,,Burglary,,\nbad\n");
        StreetCrimes read = PoliceUkReader.read(List.of(a, b));
        assertThat(read.files()).containsExactly(a, b);
        assertThat(read.crimes()).extracting(StreetCrime::category)
                .containsExactly(CrimeCategory.ROBBERY, CrimeCategory.BURGLARY);
        assertThat(read.malformed()).singleElement().satisfies(m -> {
            assertThat(m.file()).isEqualTo(b);
            assertThat(m.line()).isEqualTo(3);
        });
    }

    @Test
    void countsALineThatIsNotUtf8AndKeepsTheRestOfTheFile() throws IOException {
        Path f = dir.resolve("latin1.csv");
        byte[] bad = ("x,2018-10," + SYP + ",-1.4,53.5,On or near Caf\u00e9,E01007434,Barnsley 001A,Robbery,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(f, (HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(f, bad, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(f, "y,2018-10," + SYP + ",,,,,,Burglary,,\n", java.nio.file.StandardOpenOption.APPEND);
        StreetCrimes read = PoliceUkReader.read(f);
        assertThat(read.crimes()).extracting(StreetCrime::category).containsExactly(CrimeCategory.BURGLARY);
        assertThat(read.malformed()).singleElement().satisfies(m -> {
            assertThat(m.line()).isEqualTo(2);
            assertThat(m.reason()).contains("not UTF-8");
        });
    }

    @Test
    void refusesACompressedFilePlainly() throws IOException {
        Path f = dir.resolve("2018-10-south-yorkshire-street.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(f))) {
            out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> PoliceUkReader.read(f))
                .isInstanceOf(HarmDataException.class)
                .hasMessageContaining("compressed file (gzip)")
                .hasMessageContaining("unpack it first");
    }

    @Test
    void aCrimeAlreadyReadFromAnEarlierFileIsLeftOutNamingThatFile() throws IOException {
        Path a = file(HEADER, "x,2018-10," + SYP + ",,,,,,Robbery,,", "," + "2018-10," + SYP + ",,,,,,Anti-social behaviour,,");
        Path copy = dir.resolve("copy.csv");
        Files.copy(a, copy);
        Files.writeString(copy, "y,2018-10," + SYP + ",,,,,,Burglary,,\n", java.nio.file.StandardOpenOption.APPEND);
        StreetCrimes read = PoliceUkReader.read(List.of(a, copy));
        assertThat(read.crimes()).extracting(StreetCrime::category).containsExactly(CrimeCategory.ROBBERY,
                CrimeCategory.ANTI_SOCIAL_BEHAVIOUR, CrimeCategory.ANTI_SOCIAL_BEHAVIOUR, CrimeCategory.BURGLARY);
        assertThat(read.malformed()).singleElement().satisfies(m -> {
            assertThat(m.file()).isEqualTo(copy);
            assertThat(m.line()).isEqualTo(2);
            assertThat(m.reason()).contains("already read from 2018-10-south-yorkshire-street.csv");
        });
    }
}
