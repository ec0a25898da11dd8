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
     * @param encoding how the file's bytes were read: UTF-8; windows-1252 when no line with a byte outside ASCII is
     *     UTF-8; UTF-16 when its byte order mark says so
     * @param notUtf8 lines read as windows-1252 because they are not UTF-8, while other lines are ({@code encoding}
     *     UTF-8); 0 otherwise
     * @param notUtf8Lines the line numbers of the first {@link #LINES_KEPT} of them
     * @param overlong rows with a value past the header's last column, which an unquoted comma in a value makes (the
     *     row's later values are then under the wrong columns); they are read by position all the same
     * @param overlongLines the line numbers of the first {@link #LINES_KEPT} of them
     * @param short_ rows with fewer values than the header has columns, read by position: a header with a column its
     *     rows lack puts every value after it under the wrong column
     * @param shortLines the line numbers of the first {@link #LINES_KEPT} of them
     * @param emptyRows rows with no value at all, skipped
     * @param unreadableDates dates of birth not read as a date, compared as missing
     * @param impossibleDates dates of birth that name no real day, compared by their parts
     * @param sentinelDates dates of birth before the year 100 or from 9000 on (9999-12-31, 0001-01-01: what systems
     *     write for "no date"), compared as missing
     * @param futureDates dates of birth in a later year than this one (a typed 2093 for 1993), compared as written: the
     *     month and day still say something
     * @param placeholderNames given names and surnames that say no name was known ("Unknown", "N/K", "Not Known",
     *     "Baby", "#N/A"), compared as missing
     */
    public record Columns(Map<ColumnRole, String> roles, List<String> ignored, int rows, Charset encoding,
                          int notUtf8, List<Long> notUtf8Lines, int overlong, List<Long> overlongLines, int short_,
                          List<Long> shortLines, int emptyRows, int unreadableDates, int impossibleDates,
                          int sentinelDates, int futureDates, int placeholderNames) {
        /** How many line numbers of each kind of row are kept. */
        public static final int LINES_KEPT = 5;
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
        return withParser(file, (parser, decoder, linesBefore) -> stream(file, parser, idColumn, overrides, sink, decoder,
                linesBefore));
    }

    /** The names in {@code file}'s header line, trimmed, read as {@link #stream} reads them. */
    public static List<String> headers(Path file) {
        return withParser(file, (parser, decoder, linesBefore) -> {
            try (CSVParser p = parser) {
                return p.getHeaderNames().stream().map(String::trim).toList();
            }
        });
    }

    private interface ParserUse<T> {
        /**
         * Uses {@code parser}; {@code decoder} says how its lines were decoded once it has read them (null: UTF-16);
         * {@code linesBefore} lines of the file came before the parser's first (Excel's {@code sep=;}).
         */
        T apply(CSVParser parser, LineDecoder decoder, int linesBefore) throws IOException;
    }

    private static <T> T withParser(Path file, ParserUse<T> use) {
        boolean utf16;
        try {
            utf16 = hasUtf16ByteOrderMark(file);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file: " + file, e);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        LineDecoder decoder = null;
        try (BufferedReader in = new BufferedReader(utf16
                ? new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_16.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE))
                : (decoder = new LineDecoder(Files.newInputStream(file), WINDOWS_1252)))) {
            int delimiterAndLine = skipByteOrderMarkAndFindDelimiter(in);
            char delimiter = (char) (delimiterAndLine & 0xFFFF);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                    .setTrim(true).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                    .setAllowMissingColumnNames(true).get();
            return use.apply(CSVParser.builder().setReader(in).setFormat(format).get(), decoder, delimiterAndLine >>> 16);
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
     * outside quotes; a comma if none does. A first line {@code sep=;}, as Excel writes and reads it, names the
     * separator and is skipped. Returns the separator, and in the bits above 16 how many lines were skipped.
     */
    private static int skipByteOrderMarkAndFindDelimiter(BufferedReader in) throws IOException {
        in.mark(1 << 20);
        int first = in.read();
        if (first != '\uFEFF') {
            in.reset();
        }
        in.mark(1 << 20);
        String header = in.readLine();
        if (header != null && header.length() == 5 && header.regionMatches(true, 0, "sep=", 0, 4)) {
            return 1 << 16 | header.charAt(4); // Excel's "sep=;" line names the separator; the header is the next
        }
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

    private static Columns stream(Path file, CSVParser csv, String asked, Map<ColumnRole, String> overrides,
                                  java.util.function.Consumer<PersonRecord> sink, LineDecoder decoder, int linesBefore)
            throws IOException {
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
            Tally tally = new Tally();
            for (CSVRecord row : parser) {
                if (!hasValueFrom(row, 0)) {
                    tally.emptyRows++; // ",,,": a row a spreadsheet kept with nothing in it, not a record
                    continue;
                }
                long line = parser.getCurrentLineNumber() + linesBefore;
                if (row.size() > headers.size() && hasValueFrom(row, headers.size())) {
                    Tally.count(tally.overlongLines, ++tally.overlong, line);
                } else if (row.size() < headers.size()) {
                    Tally.count(tally.shortLines, ++tally.short_, line);
                }
                String id = get(row, idIndex);
                if (id == null) {
                    throw new InputException(file + " line " + line + ": empty id in column " + idColumn);
                }
                if (!seen.add(id)) {
                    throw new InputException(file + " line " + line + ": id " + id + " repeated");
                }
                sink.accept(person(id, row, columnOf, tally));
                rows++;
            }
            Charset encoding = decoder == null ? StandardCharsets.UTF_16 : decoder.fallbackLines() == 0
                    ? StandardCharsets.UTF_8 : decoder.fallbackLines() == decoder.nonAsciiLines() ? WINDOWS_1252
                    : StandardCharsets.UTF_8;
            boolean mixed = encoding.equals(StandardCharsets.UTF_8) && decoder != null && decoder.fallbackLines() > 0;
            return new Columns(roles, ignored, rows, encoding, mixed ? decoder.fallbackLines() : 0,
                    mixed ? decoder.fallbackLineNumbers() : List.of(), tally.overlong, List.copyOf(tally.overlongLines),
                    tally.short_, List.copyOf(tally.shortLines), tally.emptyRows, tally.unreadableDates,
                    tally.impossibleDates, tally.sentinelDates, tally.futureDates, tally.placeholderNames);
        }
    }

    /** What reading a file's rows found that the user should be told. */
    private static final class Tally {
        int overlong;
        final List<Long> overlongLines = new ArrayList<>();
        int short_;
        final List<Long> shortLines = new ArrayList<>();
        int emptyRows;
        int unreadableDates;
        int impossibleDates;
        int sentinelDates;
        int futureDates;
        int placeholderNames;

        /** Keeps {@code line} in {@code lines} when it is among the first {@link Columns#LINES_KEPT} counted. */
        static void count(List<Long> lines, int counted, long line) {
            if (counted <= Columns.LINES_KEPT) {
                lines.add(line);
            }
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
     * Words exports write for "no value", in every column. Matched exactly, as case matters: R's {@code NA} is none,
     * but {@code Na} and {@code Nan} are names (a Korean surname, a diminutive of Ann), and so is Turkish {@code Nil}.
     * An all-capitals export that writes the surname Na as {@code NA} loses that surname's evidence, which is the
     * lesser harm: read as a name, R's {@code NA} joined every row that lacked one.
     */
    private static final Set<String> MISSING_MARKERS = Set.of("NULL", "null", "Null", "N/A", "n/a", "NaN", "NA",
            "#N/A", "N/K", "n/k", "none", "None", "NONE", "nil", "-", "--", "?");

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
        return MISSING_MARKERS.contains(v);
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
    private static PersonRecord person(String id, CSVRecord row, int[] columnOf, Tally tally) {
        PersonRecord.Builder b = PersonRecord.builder(id);
        java.util.function.Function<ColumnRole, String> v = r -> {
            int col = columnOf[r.ordinal()];
            return col < 0 ? null : get(row, col);
        };
        String given = namePart(v.apply(ColumnRole.GIVEN_NAME), tally);
        String surname = namePart(v.apply(ColumnRole.SURNAME), tally);
        b.givenName(given).surname(surname);
        if (given == null && surname == null) {
            b.name(v.apply(ColumnRole.FULL_NAME));
        }
        for (String alias : split(v.apply(ColumnRole.ALIASES))) {
            b.alias(alias);
        }
        b.born(plausibleBirth(birthDate(v.apply(ColumnRole.DATE_OF_BIRTH), v.apply(ColumnRole.BIRTH_MONTH),
                v.apply(ColumnRole.BIRTH_DAY)), tally));
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

    /**
     * What given-name and surname columns hold when no name was known: {@code "Unknown"} in both, {@code "Unknown"} and
     * {@code "Male"}, {@code "N/K"}, {@code "Not Known"}, or {@code "Baby"} for a newborn not yet named. Read as names,
     * every such row would join every other (a full name's column already reads them as none: {@code PersonName}).
     */
    private static final Set<String> PLACEHOLDER_NAMES = Set.of("unknown", "unk", "not known", "notknown", "nk", "n/k",
            "n.k.", "n/a", "#n/a", "none", "null", "unnamed", "no name", "noname", "name unknown",
            "not stated", "not given", "not recorded", "anon", "anonymous", "nfn", "nn", "male", "female", "baby",
            "infant", "tbc", "tba", "tbd", "xx", "xxx", "?", "-", "--");

    /** The first letters of the {@link #PLACEHOLDER_NAMES}: most names are looked up in no set at all. */
    private static final String PLACEHOLDER_STARTS = "unmfbiatx?-#";

    /** {@code part} of a name, or null when it is a {@linkplain #PLACEHOLDER_NAMES placeholder} or has no letter. */
    private static String namePart(String part, Tally tally) {
        if (part == null) {
            return null;
        }
        boolean letter = false;
        for (int i = 0; i < part.length() && !letter; i++) {
            letter = Character.isLetter(part.charAt(i));
        }
        if (!letter || part.length() <= 14 && PLACEHOLDER_STARTS.indexOf(Character.toLowerCase(part.charAt(0))) >= 0
                && PLACEHOLDER_NAMES.contains(part.toLowerCase(java.util.Locale.ROOT))) {
            tally.placeholderNames++;
            return null;
        }
        return part;
    }

    /**
     * {@code born}, or null when it is what systems write for "no date": a year before 100 or from 9000 on (9999-12-31,
     * 0001-01-01). Historical records keep their centuries, and a year typed wrong (2093 for 1993) its month and day.
     * Counts what it reads for the file's notices.
     */
    private static String plausibleBirth(String born, Tally tally) {
        if (born == null) {
            return null;
        }
        PartialDate date = PartialDate.parse(born);
        if (date == null) {
            tally.unreadableDates++;
            return born;
        }
        if (date.year() < 100 || date.year() >= 9000) {
            tally.sentinelDates++;
            return null;
        }
        if (date.year() > THIS_YEAR) {
            tally.futureDates++;
        }
        if (!date.isValid()) {
            tally.impossibleDates++;
        }
        return born;
    }

    private static final int THIS_YEAR = LocalDate.now(java.time.ZoneOffset.UTC).getYear();

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
