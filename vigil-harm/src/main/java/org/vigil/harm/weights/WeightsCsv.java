package org.vigil.harm.weights;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.vigil.harm.HarmDataException;

/**
 * Reads a weight table: UTF-8 CSV with a header row, an optional byte-order mark, blank lines ignored.
 * Any bad cell fails the whole table with its origin, line and value: a weight table is configuration,
 * and half a table would silently change every ranking.
 */
final class WeightsCsv {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();

    private WeightsCsv() {}

    /** One row, with the table's origin for error messages. */
    record Row(CSVRecord record, String origin) {
        boolean has(String column) {
            return record.isMapped(column);
        }

        String text(String column) {
            String value = has(column) ? record.get(column) : "";
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(column + " is empty");
            }
            return value;
        }

        Optional<String> optional(String column) {
            if (!has(column)) {
                return Optional.empty();
            }
            String value = record.get(column);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
        }

        double days(String column) {
            String value = text(column);
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(column + " is not a number of days: '" + value + "'");
            }
        }

        long line() {
            // The header is line 1 and these tables hold no multi-line cells.
            return record.getRecordNumber() + 1;
        }
    }

    static <T> List<T> read(Path file, List<String> required, Function<Row, T> mapper) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), required, mapper);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read weight table " + file, e);
        }
    }

    static <T> List<T> readResource(String resource, List<String> required, Function<Row, T> mapper) {
        try (InputStream in = WeightsCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new HarmDataException("bundled weight table is missing from the classpath: " + resource);
            }
            return read(in, resource, required, mapper);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled weight table " + resource, e);
        }
    }

    private static <T> List<T> read(
            InputStream in, String origin, List<String> required, Function<Row, T> mapper) throws IOException {
        Reader reader = withoutByteOrderMark(new InputStreamReader(in, StandardCharsets.UTF_8));
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<String> missing = new ArrayList<>(required);
            missing.removeAll(parser.getHeaderNames());
            if (!missing.isEmpty()) {
                throw new HarmDataException(
                        origin + ": header lacks column(s) " + missing + "; found " + parser.getHeaderNames());
            }
            List<T> out = new ArrayList<>();
            for (CSVRecord record : parser) {
                Row row = new Row(record, origin);
                try {
                    out.add(mapper.apply(row));
                } catch (IllegalArgumentException e) {
                    throw new HarmDataException(origin + " line " + row.line() + ": " + e.getMessage(), e);
                }
            }
            return out;
        } catch (UncheckedIOException e) {
            throw new HarmDataException(origin + ": not readable as CSV: " + e.getMessage(), e);
        }
    }

    static Reader withoutByteOrderMark(Reader reader) throws IOException {
        BufferedReader buffered = new BufferedReader(reader);
        buffered.mark(1);
        if (buffered.read() != '\uFEFF') {
            buffered.reset();
        }
        return buffered;
    }
}
