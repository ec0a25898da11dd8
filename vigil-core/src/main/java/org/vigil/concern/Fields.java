package org.vigil.concern;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Typed reads of one JSON object's fields, each failing with a reason that names the field and the value. */
final class Fields {
    /** A whole number written as text, spaces around it allowed: at most three digits, as an age is. */
    private static final Pattern WHOLE_NUMBER_TEXT = Pattern.compile("\\s*\\d{1,3}\\s*");
    /** An age an export quoted with its fraction ({@code "14.5"}). */
    private static final Pattern DECIMAL_NUMBER_TEXT = Pattern.compile("\\s*\\d{1,3}\\.\\d{1,6}\\s*");

    private final JsonNode object;
    private final String where;

    Fields(JsonNode object, String where) {
        this.object = object;
        this.where = where;
    }

    private String name(String field) {
        return where.isEmpty() ? "\"" + field + "\"" : where + "." + field;
    }

    private JsonNode present(String field) {
        JsonNode node = object.get(field);
        return node == null || node.isNull() ? null : node;
    }

    String requiredText(String field) throws InvalidRecordException {
        return required(field, optionalText(field));
    }

    private String required(String field, String value) throws InvalidRecordException {
        if (value == null || value.isBlank()) {
            throw new InvalidRecordException(name(field) + " is required" + (value == null ? "" : " and must not be blank"));
        }
        return value;
    }

    /**
     * A ref: required text, or a whole number taken as its digits. A partner's export may number a concern's subjects
     * and places 1, 2, 3 rather than write "s1"; within the concern they are refs all the same.
     */
    String requiredRef(String field) throws InvalidRecordException {
        JsonNode node = present(field);
        return node != null && node.isIntegralNumber() ? node.asText() : ref(field, required(field, rawText(field)));
    }

    /** A list of refs, each text or a whole number taken as its digits ({@link #requiredRef}). */
    List<String> refList(String field) throws InvalidRecordException {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array(field)) {
            if (item.isNull()) {
                continue;
            }
            if (!item.isTextual() && !item.isIntegralNumber()) {
                throw new InvalidRecordException(name(field) + " must hold only refs, not " + describe(item));
            }
            out.add(item.isTextual() ? ref(field, storable(field, item.textValue())) : item.asText());
        }
        return out;
    }

    /**
     * A required identifier: text with no control characters (ids are written into log entries, one per line),
     * at most 200 characters; or a whole number, taken as its digits, as a partner's export may number its records
     * and its staff ({@code "id": 10234} is the id {@code 10234}).
     */
    String requiredId(String field) throws InvalidRecordException {
        JsonNode node = present(field);
        return checkedId(field, node != null && node.isIntegralNumber() ? node.asText() : required(field, rawText(field)));
    }

    /**
     * An optional id naming another record ({@code amends}): left blank, not given, as an export's empty cell; else
     * checked as an id, since intake logs an attempt on the record it names.
     */
    String optionalId(String field) throws InvalidRecordException {
        JsonNode node = present(field);
        if (node != null && node.isIntegralNumber()) {
            return checkedId(field, node.asText());
        }
        String value = rawText(field);
        return value == null || value.isBlank() ? null : checkedId(field, value);
    }

    /** A ref as sent: refs make mention keys, which name a subject exactly, so a NUL is refused rather than read. */
    private String ref(String field, String value) throws InvalidRecordException {
        if (value.indexOf(0) >= 0) {
            throw new InvalidRecordException(name(field) + " holds a NUL character (\\u0000), which a ref cannot hold:"
                    + " send the record without it");
        }
        return value;
    }

    private String checkedId(String field, String value) throws InvalidRecordException {
        if (value.length() > 200) {
            throw new InvalidRecordException(name(field) + " is " + value.length() + " characters long; ids are at most 200");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidRecordException(name(field) + " holds a control character (U+"
                        + String.format(Locale.ROOT, "%04X", (int) value.charAt(i)) + ")");
            }
        }
        return value;
    }

    /** Optional free text, {@linkplain #storable storable}, as Vigil {@linkplain #readable reads} it. */
    String optionalText(String field) throws InvalidRecordException {
        return readable(rawText(field));
    }

    /** Optional text exactly as sent, {@linkplain #storable storable}: a NUL is kept, for an id or a ref to refuse. */
    private String rawText(String field) throws InvalidRecordException {
        JsonNode node = present(field);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidRecordException(name(field) + " must be text, not " + describe(node));
        }
        return storable(field, node.textValue());
    }

    /**
     * Free text as Vigil reads it: a NUL character ({@code \\u0000}, valid JSON, as a legacy system's export can leave
     * in a name or a narrative) is read as U+FFFD, the replacement character, since the shared PostgreSQL store cannot
     * keep it in a text column. The record itself is stored as received, escape and all. Ids and refs, which must name
     * one thing exactly, refuse it instead.
     */
    private static String readable(String value) {
        return value == null || value.indexOf(0) < 0 ? value : value.replace('\0', '\uFFFD');
    }

    /**
     * Text that both stores keep. Refused, with the record alone, half of a UTF-16 surrogate pair ({@code "\\ud800"}
     * alone; RFC 8259 §8.2 leaves such a string's meaning to the reader): it is valid JSON but not a character string;
     * both stores wrote it as {@code ?}, so two ids differing only there became one and failed the whole ingest on the
     * unique id, and one such id was stored, logged and exported as another id.
     */
    private String storable(String field, String value) throws InvalidRecordException {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                throw new InvalidRecordException(name(field) + " holds \\u" + String.format(Locale.ROOT, "%04x", (int) ch)
                        + ", half of a surrogate pair without its other half, which is not a character and cannot be"
                        + " stored: a character beyond U+FFFF is written as two escapes, such as \\ud83d\\ude00");
            }
        }
        return value;
    }

    /**
     * Text, or a whole number taken as its digits, with a blank read as not given ({@link #optionalGiven}): grades
     * such as a 3x5x2 source of 2 or a 5x5x5 handling code of 4 are numbers, and so is a year of birth, and a partner's
     * export may write them as such.
     */
    String optionalTextOrWholeNumber(String field) throws InvalidRecordException {
        JsonNode node = present(field);
        return node != null && node.isIntegralNumber() ? node.asText() : optionalGiven(field);
    }

    /**
     * Optional text, with text left blank ({@code ""}, as exports from tables write an empty cell) read as not given:
     * for fields whose value is a word, a grade or a date, where a blank cannot be a value, and rejecting the whole
     * record for it would lose a report from every pattern. The record is still stored as received.
     */
    String optionalGiven(String field) throws InvalidRecordException {
        String value = optionalText(field);
        return value == null || value.isBlank() ? null : value;
    }

    String optionalGrade(String field, Set<String> vocabulary) throws InvalidRecordException {
        String value = optionalTextOrWholeNumber(field);
        return value == null ? null : checkWord(field, value, vocabulary);
    }

    String requiredWord(String field, Set<String> vocabulary) throws InvalidRecordException {
        String value = requiredText(field);
        return checkWord(field, value, vocabulary);
    }

    String optionalWord(String field, Set<String> vocabulary) throws InvalidRecordException {
        String value = optionalGiven(field);
        return value == null ? null : checkWord(field, value, vocabulary);
    }

    /**
     * The vocabulary's own spelling of {@code value}. A word in other letter case or with spaces around it ("Victim",
     * "p", " F") is the same word and is taken as it; anything else ("female", "boyfriend") is rejected, not guessed.
     */
    private String checkWord(String field, String value, Set<String> vocabulary) throws InvalidRecordException {
        if (vocabulary.contains(value)) {
            return value;
        }
        String stripped = value.strip();
        for (String word : vocabulary) {
            if (word.equalsIgnoreCase(stripped)) {
                return word;
            }
        }
        throw new InvalidRecordException(name(field) + " is \"" + value + "\", which is not one of: "
                + Vocabulary.list(vocabulary));
    }

    /**
     * An offset written without a colon ({@code +0100}, ISO 8601's basic form, as strftime's {@code %z} and many
     * exports write it), tried when the extended form ({@code +01:00}, {@code +01}, {@code Z}) does not parse.
     */
    private static final DateTimeFormatter BASIC_OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendOffset("+HHMM", "Z")
            .toFormatter().withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);

    /** ISO 8601's basic form throughout, {@code 20030714T162000Z} or {@code 20030714T172000.5+0100}. */
    private static final DateTimeFormatter BASIC_DATE_TIME = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendValue(ChronoField.YEAR, 4)
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendValue(ChronoField.DAY_OF_MONTH, 2).appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2).optionalStart()
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd().optionalEnd()
            .appendOffset("+HHMM", "Z").toFormatter().withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);

    /**
     * A time with a zone: ISO 8601 with an offset in either form, or with a space for the {@code T} (RFC 3339 allows
     * it, and databases write it), in the offset it was written in. A time with no zone is rejected: its instant is
     * not known.
     */
    OffsetDateTime requiredTime(String field) throws InvalidRecordException {
        String text = requiredText(field).strip(); // " 2003-07-14T16:20:00Z", as a padded export cell writes it
        boolean spaced = text.length() > 10 && text.charAt(10) == ' ';
        String iso = spaced ? text.substring(0, 10) + "T" + text.substring(11) : text;
        OffsetDateTime time;
        try {
            time = parseTime(iso);
        } catch (DateTimeParseException e) {
            time = withCommaOrLeapSecond(iso);
            if (time == null) {
                throw new InvalidRecordException(name(field) + " is \"" + text + "\", which " + whyNotATime(iso, e));
            }
        }
        int year = time.getYear();
        if (year < 1900 || year > 2199) {
            throw new InvalidRecordException(name(field) + " is \"" + text + "\", which is not a plausible year");
        }
        return time;
    }

    /** Why {@code iso}, which the formatters failed to read with {@code e}, is not a time with a zone. */
    private static String whyNotATime(String iso, DateTimeParseException e) {
        if (parses(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME)) {
            return "has no zone: give Z or the offset it was recorded in, such as 2003-07-14T17:20:00+01:00";
        }
        if (e.getCause() != null) {
            return "is not a time that exists (" + e.getCause().getMessage() + ")";
        }
        return "is not a time with a zone such as 2003-07-14T16:20:00Z or 2003-07-14T17:20:00+01:00";
    }

    /**
     * A time written as ISO 8601 and RFC 3339 allow but the formatters do not read: with a comma before the fraction of
     * a second (ISO 8601's preferred decimal sign), or in the leap second (second 60) that ends a day in UTC, read as
     * the second before it, as {@link java.time.Instant#parse} reads it. Null for any other text.
     */
    static OffsetDateTime withCommaOrLeapSecond(String text) {
        if (text.length() < 20 || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        String iso = text;
        boolean comma = iso.charAt(19) == ',' && iso.length() > 20 && Character.isDigit(iso.charAt(20));
        if (comma) {
            iso = iso.substring(0, 19) + '.' + iso.substring(20);
        }
        boolean leap = iso.startsWith("60", 17);
        if (leap) {
            iso = iso.substring(0, 17) + "59" + iso.substring(19);
        }
        if (!comma && !leap) {
            return null;
        }
        OffsetDateTime time;
        try {
            time = parseTime(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
        OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC);
        boolean endOfDay = utc.getHour() == 23 && utc.getMinute() == 59 && utc.getSecond() == 59;
        return !leap || endOfDay ? time : null;
    }

    /**
     * As {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}, or with the basic offset form, or in the basic form throughout;
     * the extended parse's exception if none.
     */
    static OffsetDateTime parseTime(String text) {
        OffsetDateTime utc = utcToTheSecond(text);
        if (utc != null) {
            return utc;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException extended) {
            try {
                return OffsetDateTime.parse(text, BASIC_OFFSET_DATE_TIME);
            } catch (DateTimeParseException basic) {
                try {
                    return OffsetDateTime.parse(text, BASIC_DATE_TIME);
                } catch (DateTimeParseException allBasic) {
                    // The form that read the whole text and failed only on a value (a 30th of February) says what
                    // is wrong.
                    throw extended.getCause() != null || basic.getCause() == null ? extended : basic;
                }
            }
        }
    }

    /**
     * The form nearly every record's times are written in, {@code 2003-07-14T16:20:00Z}, read without a formatter (which
     * took a fifth of validating a record); null for any other text, or for a date or time that does not exist, which
     * the formatter then reads or explains as before.
     */
    private static OffsetDateTime utcToTheSecond(String text) {
        if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written in ASCII digits at {@code text[from, from + n)}, or -1 if any is not one. */
    private static int digits(String text, int from, int n) {
        int value = 0;
        for (int i = from; i < from + n; i++) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = 10 * value + d;
        }
        return value;
    }

    private static boolean parses(String text, DateTimeFormatter form) {
        try {
            form.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * An age in years, between {@code min} and {@code max}: a number, or a whole number an export quoted ({@code "14"}).
     * An estimate with a fraction ({@code 14.5}, as JSON may write "fourteen and a half") is the years completed, 14;
     * words ({@code "about 14"}) are refused.
     */
    Integer optionalAge(String field, int min, int max) throws InvalidRecordException {
        JsonNode node = present(field);
        if (node == null || (node.isTextual() && node.textValue().isBlank())) {
            return null; // not given, as a blank cell is written
        }
        if (node.isTextual() && WHOLE_NUMBER_TEXT.matcher(node.textValue()).matches()) {
            // "14": a number a partner's export quoted, as it quotes every cell; "about 14" is still rejected.
            return inRange(field, Integer.parseInt(node.textValue().strip()), min, max);
        }
        if (node.isTextual() && DECIMAL_NUMBER_TEXT.matcher(node.textValue()).matches()) {
            return inRange(field, (int) Math.floor(Double.parseDouble(node.textValue().strip())), min, max);
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return inRange(field, node.intValue(), min, max);
        }
        if (node.isFloatingPointNumber() && Double.isFinite(node.doubleValue()) && Math.abs(node.doubleValue()) < 1e6) {
            return inRange(field, (int) Math.floor(node.doubleValue()), min, max);
        }
        throw new InvalidRecordException(name(field) + " must be a number of years, not " + describe(node));
    }

    private int inRange(String field, int value, int min, int max) throws InvalidRecordException {
        if (value < min || value > max) {
            throw new InvalidRecordException(name(field) + " is " + value + ", outside " + min + "–" + max);
        }
        return value;
    }

    /** A list of text; a null item is no item (an export's empty cell), anything else not text is rejected. */
    List<String> textList(String field) throws InvalidRecordException {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array(field)) {
            if (item.isNull()) {
                continue;
            }
            if (!item.isTextual()) {
                throw new InvalidRecordException(name(field) + " must hold only text, not " + describe(item));
            }
            out.add(readable(storable(field, item.textValue())));
        }
        return out;
    }

    /** A list of vocabulary words; a blank item, like a null one, is no item. */
    List<String> wordList(String field, Set<String> vocabulary) throws InvalidRecordException {
        List<String> words = textList(field);
        List<String> checked = new ArrayList<>(words.size());
        for (String word : words) {
            if (!word.isBlank()) {
                checked.add(checkWord(field, word, vocabulary));
            }
        }
        return checked;
    }

    /** The array at {@code field}, or an empty one if absent. */
    List<JsonNode> array(String field) throws InvalidRecordException {
        JsonNode node = present(field);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidRecordException(name(field) + " must be a list, not " + describe(node));
        }
        List<JsonNode> items = new ArrayList<>(node.size());
        node.forEach(items::add);
        return items;
    }

    List<JsonNode> requiredArray(String field) throws InvalidRecordException {
        if (present(field) == null) {
            throw new InvalidRecordException(name(field) + " is required (it may be an empty list)");
        }
        return array(field);
    }

    Fields object(String field, boolean required) throws InvalidRecordException {
        JsonNode node = present(field);
        if (node == null) {
            if (required) {
                throw new InvalidRecordException(name(field) + " is required");
            }
            return null;
        }
        if (!node.isObject()) {
            throw new InvalidRecordException(name(field) + " must be an object, not " + describe(node));
        }
        return new Fields(node, name(field).replace("\"", ""));
    }

    static Fields element(JsonNode node, String where) throws InvalidRecordException {
        if (!node.isObject()) {
            throw new InvalidRecordException(where + " must be an object, not " + describe(node));
        }
        return new Fields(node, where);
    }

    static String describe(JsonNode node) {
        String shown = node.toString();
        if (shown.length() > 40) {
            shown = shown.substring(0, 37) + "...";
        }
        String kind = switch (node.getNodeType()) {
            case STRING -> "the text";
            case NUMBER -> "the number";
            case BOOLEAN -> "the value";
            case ARRAY -> "the list";
            case OBJECT -> "the object";
            default -> "";
        };
        return kind.isEmpty() ? shown : kind + " " + shown;
    }
}
