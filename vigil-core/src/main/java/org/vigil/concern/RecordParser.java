package org.vigil.concern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates one line of the interchange format (spec §1) and returns it as a {@link Submission}.
 *
 * <p>The checks: UTF-8; one JSON object with no repeated keys and nothing after it; a known {@code type}; every required field, with the
 * right JSON type; vocabularies; times with a zone; partial dates of birth that exist and are not after the concern
 * was received; refs unique within a concern, and subjects' places naming places of the same concern. Unknown fields
 * are not checked: they are kept, because the exact bytes are kept. Not thread-safe: use one parser per thread.
 */
public final class RecordParser {
    private static final Pattern OFFENCE_CODE = Pattern.compile("\\d{1,3}[A-Z]{0,2}(?:[./]\\d{1,2}[A-Z]?)?");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // Two records run together on one line, or an object followed by junk, must not be cut to the first.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final MessageDigest sha256;
    private CharBuffer chars = CharBuffer.allocate(4096);

    public RecordParser() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The shared JSON reader, configured to reject repeated keys. */
    public static ObjectMapper json() {
        return JSON;
    }

    /**
     * Whether two records as received are the same record (spec §1.1: the same id sent again with identical content is
     * a no-op): the same bytes, or the same JSON, its keys in another order or spaced otherwise.
     */
    public static boolean sameContent(byte[] a, byte[] b) {
        if (Arrays.equals(a, b)) {
            return true;
        }
        try {
            JsonNode left = JSON.readTree(a);
            JsonNode right = JSON.readTree(b);
            return left != null && left.equals(right);
        } catch (IOException e) {
            return false;
        }
    }

    /** Parses one line (without its line ending). */
    public Submission parse(byte[] line) throws InvalidRecordException {
        checkUtf8(line);
        JsonNode root;
        try {
            // Jackson guesses UTF-16 or UTF-32 from a zero byte among the first four; the line is UTF-8 (checked above).
            root = zeroByteFirst(line) ? JSON.readTree(chars.flip().toString()) : JSON.readTree(line);
        } catch (MismatchedInputException e) {
            // The one mismatch reading a tree can meet: another value after the object (Jackson names its classes).
            throw new InvalidRecordException("not valid JSON: something follows the end of the record"
                    + (e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr())
                    + " (two records on one line?)");
        } catch (JsonEOFException e) {
            throw new InvalidRecordException("not valid JSON: the line ends before the record does (was it cut short?)");
        } catch (JsonProcessingException e) {
            // Jackson's own advice on enabling its features is no help to whoever corrects the line.
            throw new InvalidRecordException("not valid JSON: "
                    + e.getOriginalMessage().replaceFirst(": enable `[^`]*` to allow$", "")
                            .replaceFirst(" \\(not recognized as one since Feature '[^']*' not enabled for parser\\)", ""));
        } catch (IOException e) {
            throw new InvalidRecordException("not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidRecordException("a record must be one JSON object, not "
                    + (root == null ? "nothing" : Fields.describe(root)));
        }
        Fields fields = new Fields(root, "");
        String type = fields.optionalText("type");
        // In other letter case or with spaces around it, the same word, as for every other word of the vocabulary.
        String kind = type == null ? null : type.strip().toLowerCase(Locale.ROOT);
        ParsedRecord record;
        if (kind == null) {
            throw new InvalidRecordException("\"type\" is required: \"concern\" or \"decision\"");
        } else if (kind.equals("concern")) {
            record = concern(fields);
        } else if (kind.equals("decision")) {
            record = decision(fields);
        } else {
            throw new InvalidRecordException("\"type\" is \"" + type + "\"; only \"concern\" and \"decision\" are accepted");
        }
        return new Submission(record, line, sha256.digest(line));
    }

    private static boolean zeroByteFirst(byte[] line) {
        for (int i = 0; i < Math.min(4, line.length); i++) {
            if (line[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private void checkUtf8(byte[] line) throws InvalidRecordException {
        if (chars.capacity() < line.length) {
            chars = CharBuffer.allocate(line.length);
        }
        chars.clear();
        ByteBuffer in = ByteBuffer.wrap(line);
        CoderResult result = utf8.reset().decode(in, chars, true);
        if (result.isError()) {
            int at = in.position();
            boolean utf16 = line.length >= 2 && (line[0] == (byte) 0xFF && line[1] == (byte) 0xFE
                    || line[0] == (byte) 0xFE && line[1] == (byte) 0xFF);
            throw new InvalidRecordException("not valid UTF-8: byte " + (at + 1) + " is 0x"
                    + String.format(Locale.ROOT, "%02X", line[at] & 0xff) + (utf16
                    ? " (the file starts as UTF-16 does, as \"Unicode text\" is saved: save it as UTF-8)" : ""));
        }
    }

    private Concern concern(Fields f) throws InvalidRecordException {
        String id = f.requiredId("id");
        OffsetDateTime receivedAsWritten = f.requiredTime("received");
        Instant received = receivedAsWritten.toInstant();
        String agency = f.requiredText("agency");
        Professional author = professional(f, "author");

        List<Place> places = new ArrayList<>();
        Set<String> placeRefs = new HashSet<>();
        List<JsonNode> placeNodes = f.array("places");
        for (int i = 0; i < placeNodes.size(); i++) {
            if (placeNodes.get(i).isNull()) {
                continue; // a null item of a list is no item, as in every list
            }
            Fields p = Fields.element(placeNodes.get(i), "places[" + i + "]");
            String ref = p.requiredRef("ref");
            if (!placeRefs.add(ref)) {
                throw new InvalidRecordException("place ref \"" + ref + "\" is used twice in this concern");
            }
            // The spec gives kind's vocabulary but does not require it; a place of no stated kind is of kind "other".
            String kind = p.optionalWord("kind", Vocabulary.PLACE_KINDS);
            places.add(new Place(ref, kind == null ? "other" : kind, p.optionalText("name"), p.optionalText("address")));
        }

        List<Subject> subjects = new ArrayList<>();
        Set<String> subjectRefs = new HashSet<>();
        List<JsonNode> subjectNodes = f.requiredArray("subjects");
        for (int i = 0; i < subjectNodes.size(); i++) {
            if (subjectNodes.get(i).isNull()) {
                continue;
            }
            Subject s = subject(Fields.element(subjectNodes.get(i), "subjects[" + i + "]"), receivedAsWritten, placeRefs);
            if (!subjectRefs.add(s.ref())) {
                throw new InvalidRecordException("subject ref \"" + s.ref() + "\" is used twice in this concern");
            }
            subjects.add(s);
        }

        List<String> offences = new ArrayList<>();
        for (String code : f.textList("offences")) {
            if (code.isBlank()) {
                continue; // no code, as a blank cell is written
            }
            String upper = code.strip().toUpperCase(Locale.ROOT);
            if (!OFFENCE_CODE.matcher(upper).matches()) {
                throw new InvalidRecordException("offence \"" + code + "\" is not a Home Office offence"
                        + " classification code such as 19E, 22B, 71, 88A or 106");
            }
            if (!offences.contains(upper)) {
                offences.add(upper); // "22B" and "22b" twice are one allegation, weighed once
            }
        }
        String amends = f.optionalId("amends");
        if (id.equals(amends)) {
            throw new InvalidRecordException("concern \"" + id + "\" cannot amend itself");
        }
        return new Concern(id, received, agency, author, subjects, places,
                f.wordList("indicators", Vocabulary.INDICATORS), offences, grading(f), f.optionalText("narrative"),
                amends);
    }

    /**
     * A date of birth that makes a subject older than this is read as no date of birth: systems that require one
     * write 1900-01-01 or 1901-01-01 for "not known", and read as a date it makes a girl whose age is not stated an
     * adult of 110 to the alerts, and forbids linking her mention to the ones that give her real date. The record is kept as received.
     */
    static final int PLACEHOLDER_AGE = 100;

    private Subject subject(Fields s, OffsetDateTime received, Set<String> placeRefs) throws InvalidRecordException {
        String ref = s.requiredRef("ref");
        String role = s.requiredWord("role", Vocabulary.SUBJECT_ROLES);
        PartialDate born = null;
        String bornText = s.optionalTextOrWholeNumber("born"); // "born": 1987 is the year
        if (bornText != null) {
            try {
                born = PartialDate.parse(bornText.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidRecordException("subject " + ref + ": born " + e.getMessage());
            }
            LocalDate day = received.toLocalDate(); // the report's own date: a date of birth has no zone either
            if (born.year() < day.getYear() - PLACEHOLDER_AGE || born.earliest().isAfter(day)) {
                // Stored as received, read as unknown: a year typed wrong (2008 for 2007 in a report about a baby)
                // must not lose the whole report, as rejecting it did until 2 December 2026.
                born = null;
            }
        }
        List<Vehicle> vehicles = new ArrayList<>();
        List<JsonNode> vehicleNodes = s.array("vehicles");
        for (int i = 0; i < vehicleNodes.size(); i++) {
            if (vehicleNodes.get(i).isNull()) {
                continue;
            }
            Fields v = Fields.element(vehicleNodes.get(i), "subject " + ref + " vehicles[" + i + "]");
            String vrm = v.optionalText("vrm");
            String description = v.optionalText("description");
            if (vrm == null && description == null) {
                throw new InvalidRecordException("subject " + ref + ": a vehicle needs a \"vrm\" or a \"description\"");
            }
            vehicles.add(new Vehicle(vrm, description));
        }
        List<String> places = s.refList("places");
        for (String place : places) {
            if (!placeRefs.contains(place)) {
                throw new InvalidRecordException("subject " + ref + " names place \"" + place
                        + "\", which is not among this concern's places");
            }
        }
        return new Subject(ref, role, s.optionalText("name"), s.textList("aliases"), born,
                s.optionalAge("age", 0, 120), s.optionalWord("sex", Vocabulary.SEXES),
                s.optionalText("address"), s.textList("phones"), vehicles, places);
    }

    private Grading grading(Fields f) throws InvalidRecordException {
        Fields g = f.object("grading", false);
        if (g == null) {
            return null;
        }
        String written = g.optionalGiven("scheme");
        String scheme = written == null ? null : written.strip().toLowerCase(Locale.ROOT);
        if (scheme == null || scheme.equals(Grading.SCHEME_3X5X2)) {
            return new Grading(Grading.SCHEME_3X5X2, g.optionalGrade("source", Vocabulary.SOURCE_3X5X2),
                    g.optionalGrade("intelligence", Vocabulary.INTELLIGENCE_3X5X2),
                    g.optionalGrade("handling", Vocabulary.HANDLING_3X5X2));
        }
        if (scheme.equals(Grading.SCHEME_5X5X5)) {
            return new Grading(scheme, g.optionalTextOrWholeNumber("source"), g.optionalTextOrWholeNumber("intelligence"),
                    g.optionalTextOrWholeNumber("handling"));
        }
        throw new InvalidRecordException("grading scheme \"" + written + "\" is not 3x5x2 or 5x5x5");
    }

    private Decision decision(Fields f) throws InvalidRecordException {
        String id = f.requiredId("id");
        String concern = f.requiredId("concern");
        Instant at = f.requiredTime("at").toInstant();
        Professional by = professional(f, "by");
        String outcome = f.requiredWord("outcome", Vocabulary.OUTCOMES);
        String reason = f.optionalText("reason");
        if (outcome.equals("no_further_action") && (reason == null || reason.isBlank())) {
            throw new InvalidRecordException("a decision of no_further_action must give a \"reason\"");
        }
        return new Decision(id, concern, at, by, outcome, reason);
    }

    private Professional professional(Fields f, String field) throws InvalidRecordException {
        Fields p = f.object(field, true);
        return new Professional(p.requiredId("id"), p.optionalText("name"), p.optionalText("role"));
    }
}
