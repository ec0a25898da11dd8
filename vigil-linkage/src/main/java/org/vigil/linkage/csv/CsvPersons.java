package org.vigil.linkage.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.vigil.linkage.table.PersonRecord;
import org.vigil.linkage.value.AddressText;
import org.vigil.linkage.value.PartialDate;

/**
 * Reads a CSV file of people into {@link PersonRecord}s: a header row, every field trimmed (FEBRL files
 * have a space after each comma), columns given roles by {@link ColumnRole#recognise} unless overridden. A byte
 * order mark is dropped, and a file separated by semicolons, tabs or bars is read as such.
 */
public final class CsvPersons {

    /**
     * The records of one file and how its columns were used.
     *
     * @param records one per data row, in file order
     * @param roles the column used for each role
     * @param ignored columns not used (no recognised role), with protected characteristics marked
     */
    public record Result(List<PersonRecord> records, Map<ColumnRole, String> roles, List<String> ignored,
                         Charset encoding) {
    }

    private CsvPersons() {
    }

    /** Reads {@code file}; {@code idColumn} must exist and hold a unique, non-empty id on every row. */
    public static Result read(Path file, String idColumn, Map<ColumnRole, String> overrides) {
        List<PersonRecord> records = new ArrayList<>();
        Columns c = stream(file, idColumn, overrides, records::add);
        return new Result(records, c.roles(), c.ignored(), c.encoding());
    }

    /**
     * How the columns of a file were used.
     *
     * @param roles the column used for each role
     * @param ignored columns not used, protected characteristics marked
     * @param rows data rows read
     * @param encoding how the file's bytes were read: UTF-8, or windows-1252 when they are not UTF-8
     * @param overlong rows with a value past the header's last column, which an unquoted comma in a value makes (the
     *     row's later values are then under the wrong columns); they are read by position all the same
     * @param overlongLines the line numbers of the first {@link #OVERLONG_LINES} of them
     */
    public record Columns(Map<ColumnRole, String> roles, List<String> ignored, int rows, Charset encoding,
                          int overlong, List<Long> overlongLines, int emptyRows, int unreadableDates,
                          int impossibleDates) {
        /** How many line numbers of overlong rows are kept. */
        public static final int OVERLONG_LINES = 5;
    }

    /** Commons CSV's one parse error a hand-edited file often has: a quote opened and never closed. */
    private static final Pattern UNCLOSED_QUOTE = Pattern.compile(
            "\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

    private static InputException malformed(Path file, CSVException e) {
        Matcher m = UNCLOSED_QUOTE.matcher(String.valueOf(e.getMessage()));
        String what = m.find() ? "a quoted value that starts on line " + m.group(1) + " is never closed" : e.getMessage();
        return new InputException(file + " is not well-formed CSV: " + what, e);
    }

    private static InputException unreadable(Path file, IOException e) {
        return new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }

    /** What spreadsheet programs on Windows save CSV in unless told otherwise; a superset of ISO-8859-1's letters. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Reads {@code file} row by row, handing each record to {@code sink} without keeping them; as
     * {@link #read} otherwise.
     */
    public static Columns stream(Path file, String idColumn, Map<ColumnRole, String> overrides,
                                 java.util.function.Consumer<PersonRecord> sink) {
        return withParser(file, (parser, encoding) -> stream(file, parser, idColumn, overrides, sink, encoding));
    }

    /** The names in {@code file}'s header line, trimmed, read as {@link #stream} reads them. */
    public static List<String> headers(Path file) {
        return withParser(file, (parser, encoding) -> {
            try (CSVParser p = parser) {
                return p.getHeaderNames().stream().map(String::trim).toList();
            }
        });
    }

    private interface ParserUse<T> {
        T apply(CSVParser parser, Charset encoding) throws IOException;
    }

    private static <T> T withParser(Path file, ParserUse<T> use) {
        Charset encoding;
        try {
            encoding = hasUtf16ByteOrderMark(file) ? StandardCharsets.UTF_16 : isUtf8(file) ? StandardCharsets.UTF_8
                    : WINDOWS_1252;
        } catch (NoSuchFileException e) {
            throw new InputException("no such file: " + file, e);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        // Bytes that windows-1252 leaves undefined become U+FFFD rather than failing the file.
        CharsetDecoder decoder = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            char delimiter = skipByteOrderMarkAndFindDelimiter(in);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                    .setTrim(true).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                    .setAllowMissingColumnNames(true).get();
            return use.apply(CSVParser.builder().setReader(in).setFormat(format).get(), encoding);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file: " + file, e);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause() instanceof CSVException c ? malformed(file, c) : unreadable(file, e.getCause());
        } catch (CSVException e) {
            throw malformed(file, e);
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputException("cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Drops a UTF-8 byte order mark (as spreadsheet programs write) and guesses the separator from the header line:
     * whichever of comma, semicolon (spreadsheets in locales with a decimal comma), tab or bar occurs most often
     * outside quotes; a comma if none does.
     */
    private static char skipByteOrderMarkAndFindDelimiter(BufferedReader in) throws IOException {
        in.mark(1 << 20);
        int first = in.read();
        if (first != '\uFEFF') {
            in.reset();
        }
        in.mark(1 << 20);
        String header = in.readLine();
        in.reset();
        if (header == null) {
            return ',';
        }
        char[] candidates = {',', ';', '\t', '|'};
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            for (int k = 0; k < candidates.length && !quoted; k++) {
                if (c == candidates[k]) {
                    counts[k]++;
                }
            }
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }

    /** Whether {@code file} starts as UTF-16 does when a spreadsheet program saves it as "Unicode text". */
    private static boolean hasUtf16ByteOrderMark(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(2);
            return b.length == 2
                    && (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE || b[0] == (byte) 0xFE && b[1] == (byte) 0xFF);
        }
    }

    /**
     * Whether the whole file decodes as UTF-8. Read once more before parsing, because a file that turns out not to be
     * UTF-8 half-way must be read from its start again, and its first rows may already have been handed on.
     */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            boolean end = false;
            while (!end) {
                end = channel.read(bytes) < 0;
                bytes.flip();
                CoderResult r = utf8.decode(bytes, chars, end);
                if (r.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            return !utf8.flush(chars).isError();
        }
    }

    private static Columns stream(Path file, CSVParser csv, String asked, Map<ColumnRole, String> overrides,
                                  java.util.function.Consumer<PersonRecord> sink, Charset encoding) throws IOException {
        try (CSVParser parser = csv) {
            List<String> headers = parser.getHeaderNames().stream().map(String::trim).toList();
            if (headers.isEmpty()) {
                throw new InputException(file + " is empty: it needs a header line naming its columns, then a row per"
                        + " person");
            }
            String idColumn = idColumn(file, headers, asked);
            Map<ColumnRole, String> roles = roles(file, headers, idColumn, overrides);
            List<String> ignored = new ArrayList<>();
            for (String h : headers) {
                if (!h.equals(idColumn) && !roles.containsValue(h)) {
                    ignored.add(ColumnRole.isForbidden(h) ? h + " (protected characteristic, never used)" : h);
                }
            }
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                index.putIfAbsent(headers.get(i), i);
            }
            int rows = 0;
            Set<String> seen = new HashSet<>();
            int idIndex = index.get(idColumn);
            int[] columnOf = new int[ColumnRole.values().length];
            java.util.Arrays.fill(columnOf, -1);
            roles.forEach((role, column) -> columnOf[role.ordinal()] = index.get(column));
            int overlong = 0;
            int emptyRows = 0;
            int unreadableDates = 0;
            int impossibleDates = 0;
            List<Long> overlongLines = new ArrayList<>();
            for (CSVRecord row : parser) {
                if (row.size() > headers.size() && hasValueFrom(row, headers.size())) {
                    if (overlong++ < Columns.OVERLONG_LINES) {
                        overlongLines.add(parser.getCurrentLineNumber());
                    }
                }
                if (!hasValueFrom(row, 0)) {
                    emptyRows++; // ",,,": a row a spreadsheet kept with nothing in it, not a record
                    continue;
                }
                String id = get(row, idIndex);
                if (id == null) {
                    throw new InputException(file + " line " + parser.getCurrentLineNumber() + ": empty id in column " + idColumn);
                }
                if (!seen.add(id)) {
                    throw new InputException(file + " line " + parser.getCurrentLineNumber() + ": id " + id + " repeated");
                }
                PersonRecord person = person(id, row, columnOf);
                if (person.born() != null) {
                    PartialDate born = PartialDate.parse(person.born());
                    if (born == null) {
                        unreadableDates++;
                    } else if (!born.isValid()) {
                        impossibleDates++;
                    }
                }
                sink.accept(person);
                rows++;
            }
            return new Columns(roles, ignored, rows, encoding, overlong, List.copyOf(overlongLines), emptyRows,
                    unreadableDates, impossibleDates);
        }
    }

    /**
     * The header {@code asked} names: itself, or else the one header that differs from it only in letter case or
     * surrounding spaces ("client id" for "Client ID"), as people type a column's name from memory.
     */
    private static String idColumn(Path file, List<String> headers, String asked) {
        if (headers.contains(asked)) {
            return asked;
        }
        List<String> alike = headers.stream().filter(h -> h.equalsIgnoreCase(asked.strip())).toList();
        if (alike.size() == 1) {
            return alike.get(0);
        }
        throw new InputException(file + " has no id column " + asked + " (columns: " + headers + ")");
    }

    private static Map<ColumnRole, String> roles(Path file, List<String> headers, String idColumn,
                                                 Map<ColumnRole, String> overrides) {
        Map<ColumnRole, String> roles = new EnumMap<>(ColumnRole.class);
        for (String h : headers) {
            ColumnRole r = ColumnRole.recognise(h);
            if (r != null && !h.equals(idColumn) && !roles.containsKey(r) && !overrides.containsValue(h)) {
                roles.put(r, h);
            }
        }
        // Then headers no alias names, by their words ("Mobile No.", "Client Surname"), for roles still free.
        for (String h : headers) {
            if (ColumnRole.recognise(h) == null && !h.equals(idColumn) && !overrides.containsValue(h)) {
                ColumnRole r = ColumnRole.guess(h);
                if (r != null && !roles.containsKey(r)) {
                    roles.put(r, h);
                }
            }
        }
        for (Map.Entry<ColumnRole, String> o : overrides.entrySet()) {
            String column = o.getValue();
            if (ColumnRole.isForbidden(column)) {
                throw new InputException("column " + column + " holds a protected characteristic and is never used for linkage");
            }
            if (!headers.contains(column)) {
                throw new InputException(file + " has no column " + column + " for role " + o.getKey().key()
                        + " (columns: " + headers + ")");
            }
            roles.put(o.getKey(), column);
        }
        return roles;
    }

    /**
     * Words exports write for "no value". Matched exactly: {@code NA} and {@code Nan} are also names (a Korean surname,
     * a diminutive of Ann), so R's {@code NA} is not among them, and case matters.
     */
    private static final List<String> MISSING_MARKERS = List.of("NULL", "null", "N/A", "n/a", "NaN");

    private static String get(CSVRecord row, int i) {
        if (i >= row.size()) {
            return null;
        }
        String v = row.get(i).trim();
        return v.isEmpty() || v.length() <= 4 && isMissingMarker(v) ? null : v;
    }

    /** Whether the row has a value that is not blank at position {@code from} or after. */
    private static boolean hasValueFrom(CSVRecord row, int from) {
        for (int i = from; i < row.size(); i++) {
            if (!row.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMissingMarker(String v) {
        for (String m : MISSING_MARKERS) {
            if (m.equals(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A date of birth as one value: the column's own, or, when it holds only a year and the month (and day) have
     * columns of their own, {@code year-month-day}.
     */
    private static String birthDate(String date, String month, String day) {
        if (date == null || month == null || date.length() != 4 || !date.chars().allMatch(Character::isDigit)) {
            return date;
        }
        return date + "-" + month + (day == null ? "" : "-" + day);
    }

    /** The record of one row; {@code columnOf[role.ordinal()]} is the role's column index, −1 if none. */
    private static PersonRecord person(String id, CSVRecord row, int[] columnOf) {
        PersonRecord.Builder b = PersonRecord.builder(id);
        java.util.function.Function<ColumnRole, String> v = r -> {
            int col = columnOf[r.ordinal()];
            return col < 0 ? null : get(row, col);
        };
        String given = v.apply(ColumnRole.GIVEN_NAME);
        String surname = v.apply(ColumnRole.SURNAME);
        b.givenName(given).surname(surname);
        if (given == null && surname == null) {
            b.name(v.apply(ColumnRole.FULL_NAME));
        }
        for (String alias : split(v.apply(ColumnRole.ALIASES))) {
            b.alias(alias);
        }
        b.born(birthDate(v.apply(ColumnRole.DATE_OF_BIRTH), v.apply(ColumnRole.BIRTH_MONTH), v.apply(ColumnRole.BIRTH_DAY)));
        Integer age = parseAge(v.apply(ColumnRole.AGE));
        PartialDate ref = PartialDate.parse(v.apply(ColumnRole.REFERENCE_DATE));
        LocalDate refDate = ref != null && ref.isFull() && ref.isValid() ? LocalDate.of(ref.year(), ref.month(), ref.day()) : null;
        b.age(age, refDate);
        b.sex(v.apply(ColumnRole.SEX));
        b.address(v.apply(ColumnRole.ADDRESS));
        String number = v.apply(ColumnRole.STREET_NUMBER);
        if (number != null) {
            b.streetNumber(number);
        }
        String line = v.apply(ColumnRole.ADDRESS_LINE);
        if (line != null) {
            AddressText.Parts parts = columnOf[ColumnRole.STREET_NUMBER.ordinal()] < 0 ? AddressText.split(line) : null;
            if (parts != null && parts.houseNumber() != null && parts.street() != null) {
                // "Address Line 1" of a file with no house-number column: "14 Ferham Rd" is number and street, as
                // the same words in an "Address" column are, so the two files compare alike.
                b.streetNumber(parts.houseNumber()).addressLine(parts.street());
            } else {
                b.addressLine(line);
            }
        }
        b.addressLine2(v.apply(ColumnRole.ADDRESS_LINE_2));
        String locality = v.apply(ColumnRole.LOCALITY);
        if (locality != null) {
            b.locality(locality);
        }
        String postcode = v.apply(ColumnRole.POSTCODE);
        if (postcode != null) {
            b.postcode(postcode);
        }
        b.region(v.apply(ColumnRole.REGION));
        split(v.apply(ColumnRole.PHONE)).forEach(b::phone);
        b.email(v.apply(ColumnRole.EMAIL));
        b.identifier(v.apply(ColumnRole.IDENTIFIER));
        split(v.apply(ColumnRole.VRM)).forEach(b::vrm);
        split(v.apply(ColumnRole.PLACE)).forEach(b::place);
        b.birthPlace(v.apply(ColumnRole.BIRTH_PLACE));
        b.occupation(v.apply(ColumnRole.OCCUPATION));
        return b.build();
    }

    private static List<String> split(String s) {
        if (s == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : s.split("[;|]")) {
            if (!p.isBlank()) {
                out.add(p.trim());
            }
        }
        return out;
    }

    private static Integer parseAge(String s) {
        if (s == null) {
            return null;
        }
        try {
            int a = (int) Math.round(Double.parseDouble(s));
            return a >= 0 && a <= 130 ? a : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
