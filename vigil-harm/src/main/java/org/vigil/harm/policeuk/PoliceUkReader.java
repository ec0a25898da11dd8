package org.vigil.harm.policeuk;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.vigil.harm.HarmDataException;
import org.vigil.harm.weights.CrimeCategory;

/**
 * Reads data.police.uk street-level CSV files.
 *
 * <p>Columns are found by their header names, so order does not matter; only {@code Month} and
 * {@code Crime type} are required. Every physical line is parsed on its own: police.uk never puts a
 * line break inside a field, and parsing line by line means a stray quote spoils one row instead of the
 * rest of the file. A row is malformed, and counted with its reason, when it does not parse as CSV,
 * has a different number of fields from the header, has no or an unknown crime type, a month not in
 * {@code YYYY-MM} form, coordinates that are not a WGS84 point, or bytes that are not UTF-8 text (a file saved
 * by a spreadsheet in another encoding). Blank coordinates and a blank LSOA are normal (no location published)
 * and are kept. A crime whose Crime ID was already read from an earlier file is left out the same way, with
 * the file it was read from: the same month given twice must not count twice.
 *
 * <p>A file whose header lacks the required columns is not a street-level file at all: that fails with
 * {@link HarmDataException}, as does a compressed file; an unreadable file fails with
 * {@link UncheckedIOException}.
 */
public final class PoliceUkReader {
    private static final CSVFormat LINE = CSVFormat.DEFAULT;
    private static final List<String> REQUIRED = List.of("Month", "Crime type");

    private PoliceUkReader() {}

    /**
     * Reads every file in order and puts the results together; a crime whose Crime ID an earlier file
     * already gave is left out as malformed, naming that file.
     */
    public static StreetCrimes read(List<Path> files) {
        List<StreetCrime> crimes = new ArrayList<>();
        List<MalformedRow> malformed = new ArrayList<>();
        read(files, crimes::add, malformed::add);
        return new StreetCrimes(files, crimes, malformed);
    }

    public static StreetCrimes read(Path file) {
        return read(List.of(file));
    }

    /**
     * Reads every file in order, handing each usable row to {@code crimes} and each malformed one to
     * {@code malformed} as it is read, so that no more than a file's Crime IDs is held in memory besides what
     * the consumers keep. A crime whose Crime ID an earlier file already gave is malformed, naming that file.
     */
    public static void read(List<Path> files, Consumer<StreetCrime> crimes, Consumer<MalformedRow> malformed) {
        CrimeIds earlier = new CrimeIds();
        for (int i = 0; i < files.size(); i++) {
            read(files, i, earlier, crimes, malformed);
        }
    }

    /** Reads {@code files.get(index)}, leaving out crimes whose id is in {@code earlier}, then adds its ids to it. */
    private static void read(List<Path> files, int index, CrimeIds earlier,
            Consumer<StreetCrime> crimes, Consumer<MalformedRow> malformed) {
        Path file = files.get(index);
        List<CrimeIds.Key> read = new ArrayList<>();
        try (BufferedReader in = utf8Lines(file)) {
            String headerLine = in.readLine();
            if (headerLine == null) {
                throw new HarmDataException(file + ": empty file, expected a police.uk header row");
            }
            Header header = Header.parse(file, stripByteOrderMark(headerLine));
            long lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    if (line.indexOf('\uFFFD') >= 0) {
                        throw new IllegalArgumentException("not UTF-8 text (a byte of another encoding)");
                    }
                    StreetCrime crime = header.crime(fields(line));
                    CrimeIds.Key key = crime.crimeId().map(earlier::key).orElse(null);
                    if (key != null) {
                        int first = earlier.fileOf(key);
                        if (first >= 0) {
                            throw new IllegalArgumentException("Crime ID already read from "
                                    + files.get(first).getFileName() + " (the same month given twice?)");
                        }
                        read.add(key);
                    }
                    crimes.accept(crime);
                } catch (UnknownCrimeType e) {
                    malformed.accept(MalformedRow.ofUnknownCrimeType(file, lineNumber, e.type, line));
                } catch (IllegalArgumentException e) {
                    malformed.accept(new MalformedRow(file, lineNumber, e.getMessage(), line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read police.uk file " + file, e);
        }
        read.forEach(key -> earlier.add(key, index));
    }

    /** A row whose crime type is not one of police.uk's 14. */
    private static final class UnknownCrimeType extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        final String type;

        UnknownCrimeType(String type) {
            super("unknown crime type '" + type + "'");
            this.type = type;
        }
    }

    /**
     * The file's lines, with any byte that is not UTF-8 read as U+FFFD so that one such line is counted, not
     * the whole file lost; a gzip or zip file fails plainly rather than as thousands of malformed lines.
     */
    private static BufferedReader utf8Lines(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        try {
            in.mark(4);
            byte[] magic = in.readNBytes(4);
            in.reset();
            boolean gzip = magic.length >= 2 && magic[0] == 0x1f && magic[1] == (byte) 0x8b;
            boolean zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
            if (gzip || zip) {
                throw new HarmDataException(file + ": a compressed file (" + (zip ? "zip" : "gzip")
                        + "), not a police.uk CSV: unpack it first");
            }
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)));
    }

    private static List<String> fields(String line) {
        try (CSVParser parser = CSVParser.parse(line, LINE)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new IllegalArgumentException("not one CSV record");
            }
            return records.get(0).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("not valid CSV: " + e.getMessage(), e);
        }
    }

    private static String stripByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** Column positions by header name. */
    private record Header(Map<String, Integer> index, int size) {
        static Header parse(Path file, String line) {
            List<String> names;
            try {
                names = fields(line);
            } catch (IllegalArgumentException e) {
                throw new HarmDataException(file + ": header row is not CSV: " + e.getMessage(), e);
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                index.putIfAbsent(names.get(i).strip(), i);
            }
            List<String> missing = new ArrayList<>(REQUIRED);
            missing.removeAll(index.keySet());
            if (!missing.isEmpty()) {
                throw new HarmDataException(file + ": not a police.uk street-level file: header lacks "
                        + missing + "; found " + names);
            }
            return new Header(Map.copyOf(index), names.size());
        }

        StreetCrime crime(List<String> f) {
            if (f.size() != size) {
                throw new IllegalArgumentException("expected " + size + " fields as in the header, found " + f.size());
            }
            String type = get(f, "Crime type");
            if (type.isEmpty()) {
                throw new IllegalArgumentException("no crime type");
            }
            CrimeCategory category = CrimeCategory.fromLabel(type)
                    .orElseThrow(() -> new UnknownCrimeType(type));
            String lsoaName = get(f, "LSOA name");
            return new StreetCrime(
                    optional(get(f, "Crime ID")),
                    month(get(f, "Month")),
                    get(f, "Reported by"),
                    get(f, "Falls within"),
                    point(get(f, "Longitude"), get(f, "Latitude")),
                    lsoaName.isEmpty() ? Optional.empty() : Optional.of(new Lsoa(get(f, "LSOA code"), lsoaName)),
                    category,
                    get(f, "Last outcome category"));
        }

        private String get(List<String> f, String column) {
            Integer i = index.get(column);
            return i == null ? "" : f.get(i).strip();
        }

        private static Optional<String> optional(String value) {
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        private static YearMonth month(String text) {
            try {
                return YearMonth.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("month is not YYYY-MM: '" + text + "'", e);
            }
        }

        private static Optional<StreetCrime.MapPoint> point(String longitude, String latitude) {
            if (longitude.isEmpty() && latitude.isEmpty()) {
                return Optional.empty();
            }
            if (longitude.isEmpty() || latitude.isEmpty()) {
                throw new IllegalArgumentException(
                        "only one coordinate given: longitude '" + longitude + "', latitude '" + latitude + "'");
            }
            return Optional.of(new StreetCrime.MapPoint(number("longitude", longitude), number("latitude", latitude)));
        }

        private static double number(String what, String text) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " is not a number: '" + text + "'", e);
            }
        }
    }
}
