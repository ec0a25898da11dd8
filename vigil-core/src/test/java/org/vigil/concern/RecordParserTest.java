package org.vigil.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.testing.Lines;

class RecordParserTest {
    private final RecordParser parser = new RecordParser();

    private Submission parse(String line) throws InvalidRecordException {
        return parser.parse(Lines.bytes(line));
    }

    private String rejection(String line) {
        try {
            parser.parse(Lines.bytes(line));
        } catch (InvalidRecordException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + line);
    }

    @Test
    void readsADateOfBirthOverAHundredYearsBeforeTheConcernAsUnknownAndKeepsTheRecordAsReceived() throws Exception {
        String line = Lines.concern("YP-2003-0118").replace("\"born\":\"1989-02\"", "\"born\":\"1900-01-01\"");
        Submission s = parse(line);
        assertThat(((Concern) s.record()).subjects().get(0).born()).isNull();
        assertThat(((Concern) s.record()).subjects().get(0).age()).isEqualTo(14);
        assertThat(s.raw()).isEqualTo(Lines.bytes(line));
        String oldButPossible = Lines.concern("YP-2003-0119").replace("\"born\":\"1989-02\"", "\"born\":\"1904-05\"");
        assertThat(((Concern) parse(oldButPossible).record()).subjects().get(0).born()).isEqualTo(new PartialDate(1904, 5, 0));
    }

    /** A date of birth has no zone: it is checked against the report's own date, in the offset its sender wrote. */
    @Test
    void checksADateOfBirthAgainstTheDateOfTheReportAsItsSenderWroteIt() throws Exception {
        String newborn = Lines.concern("MW-2005-0001", "2005-03-01T00:30:00+01:00")
                .replace("\"born\":\"1989-02\"", "\"born\":\"2005-03-01\"");
        assertThat(((Concern) parse(newborn).record()).subjects().get(0).born()).as("born on the day of the report")
                .isEqualTo(new PartialDate(2005, 3, 1));
        String unborn = Lines.concern("MW-2005-0002", "2005-03-01T23:30:00-05:00")
                .replace("\"born\":\"1989-02\"", "\"born\":\"2005-03-02\"");
        Submission accepted = parse(unborn);
        assertThat(((Concern) accepted.record()).subjects().get(0).born())
                .as("born the day after the report, though that is its day in UTC: a typo, read as no date of birth")
                .isNull();
        assertThat(accepted.raw()).as("the record kept as received").isEqualTo(Lines.bytes(unborn));
    }

    @Test
    void readsEveryFieldOfTheSpecExample() throws Exception {
        Submission s = parse(Lines.concern("YP-2003-0117"));
        Concern c = (Concern) s.record();
        assertThat(c.id()).isEqualTo("YP-2003-0117");
        assertThat(c.received()).isEqualTo(Instant.parse("2003-07-14T16:20:00Z"));
        assertThat(c.author()).isEqualTo(new Professional("yp-07", "R. Hall", "youth worker"));
        assertThat(c.subjects()).hasSize(2);
        Subject ash = c.subjects().get(1);
        assertThat(ash.role()).isEqualTo("suspect");
        assertThat(ash.vehicles()).containsExactly(new Vehicle("R7?2 KLT", "silver Astra"));
        assertThat(ash.places()).containsExactly("p1");
        assertThat(c.subjects().get(0).born()).isEqualTo(new PartialDate(1989, 2, 0));
        assertThat(c.places()).containsExactly(new Place("p1", "takeaway", "Star Pizza", "Wellgate, S60 2LR"));
        assertThat(c.grading()).isEqualTo(new Grading("3x5x2", "2", "C", "P"));
        assertThat(c.offences()).containsExactly("22B");
        assertThat(s.sha256()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(Lines.bytes(Lines.concern("YP-2003-0117"))));
        assertThat(s.raw()).isEqualTo(Lines.bytes(Lines.concern("YP-2003-0117")));
    }

    @Test
    void keepsUnknownFieldsBecauseItKeepsTheExactBytes() throws Exception {
        assertThat(new String(parse(Lines.concern("A")).raw(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"partner_ref\":{\"kept\":true}");
    }

    @Test
    void acceptsALocalTimeWithAnOffset() throws Exception {
        Concern c = (Concern) parse(Lines.concern("A", "2003-07-14T17:20:00+01:00")).record();
        assertThat(c.received()).isEqualTo(Instant.parse("2003-07-14T16:20:00Z"));
    }

    @ParameterizedTest
    @CsvSource({"2003-07-14T17:20:00+0100", "2003-07-14T17:20:00+01", "2003-07-14 17:20:00+01:00",
        "2003-07-14 16:20:00Z", "2003-07-14T13:50:00-0230"})
    void acceptsATimeWithAZoneWrittenWithoutAColonInItsOffsetOrWithASpaceBeforeTheTime(String received) throws Exception {
        Concern c = (Concern) parse(Lines.concern("A", received)).record();
        assertThat(c.received()).isEqualTo(Instant.parse("2003-07-14T16:20:00Z"));
    }

    /** ISO 8601 prefers a comma before a fraction of a second; RFC 3339 allows the second a leap second adds. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2003-07-14T17:20:00,5+01:00     | 2003-07-14T16:20:00.5Z",
        "2003-07-14T16:20:00,123456789Z  | 2003-07-14T16:20:00.123456789Z",
        "2016-12-31T23:59:60Z            | 2016-12-31T23:59:59Z",
        "2016-12-31T23:59:60.25Z         | 2016-12-31T23:59:59.25Z",
        "2015-07-01T01:59:60+02:00       | 2015-06-30T23:59:59Z",
        "2016-12-31 23:59:60,5Z          | 2016-12-31T23:59:59.5Z"})
    void acceptsADecimalCommaAndALeapSecondAsIso8601AndRfc3339Allow(String received, String instant) throws Exception {
        Concern c = (Concern) parse(Lines.concern("A", received)).record();
        assertThat(c.received()).isEqualTo(Instant.parse(instant));
    }

    /** A second 60 exists only as the last second of a day in UTC, and a comma only before a fraction's digits. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2003-07-14T16:20:60Z", "2016-12-31T23:58:60Z", "2016-12-31T23:59:60+01:00",
        "2003-07-14T16:20:00,Z", "2003-07-14T16:20,5:00Z", "2016-12-31T23:59:61Z", "2003-07-14T16:20:00,5,5Z"})
    void stillRejectsASecondSixtyThatIsNoLeapSecondOrACommaThatIsNoDecimalSign(String received) {
        assertThat(rejection(Lines.concern("A", received))).containsAnyOf("not a time with a zone",
                "not a time that exists");
    }

    @ParameterizedTest
    @CsvSource({"2003-07-14 16:20:00", "2003-07-14T16:20:00+01:0", "2003-07-14T16:20:00+010", "2003-07-14  16:20:00Z",
        "2003-07-14T16:20:00 +01:00", "2003-02-30T16:20:00+0100"})
    void stillRejectsATimeWithNoZoneOrAMalformedOneOrADayThatDoesNotExist(String received) {
        assertThat(rejection(Lines.concern("A", received))).containsAnyOf("not a time with a zone", "has no zone",
                "not a time that exists");
    }

    @Test
    void saysInPlainWordsThatALineCutShortEndsBeforeItsRecord() {
        String line = Lines.concern("A");
        assertThat(rejection(line.substring(0, line.indexOf("2003-07-14") + 4))).startsWith("not valid JSON")
                .contains("the line ends before the record does").doesNotContain("VALUE_STRING");
        assertThat(rejection(line.substring(0, line.length() - 1))).contains("the line ends before the record does");
        assertThat(rejection(line.replace("\"age\":14", "\"age\":NaN"))).startsWith("not valid JSON")
                .doesNotContain("enable").doesNotContain("JsonReadFeature");
        assertThat(rejection(line + " // sent by the youth project")).startsWith("not valid JSON")
                .contains("comment").doesNotContain("Feature");
    }

    @Test
    void takesTheTypeInOtherLetterCaseAsEveryOtherWordOfTheVocabulary() throws Exception {
        assertThat(parse(Lines.concern("A").replace("\"type\":\"concern\"", "\"type\":\" Concern\"")).record())
                .isInstanceOf(Concern.class);
        assertThat(rejection(Lines.concern("A").replace("\"type\":\"concern\"", "\"type\":\"concerns\"")))
                .contains("only \"concern\" and \"decision\" are accepted");
    }

    @Test
    void readsALineThatBeginsWithAZeroByteAsUtf8AndSaysWhatIsWrongWithIt() {
        // Jackson alone took the zero byte for the start of UTF-16 and quoted "garbage" as CJK characters.
        assertThat(rejection("\u0000garbage")).startsWith("not valid JSON").contains("code 0")
                .doesNotContainPattern("[\\u3000-\\u9fff]");
        assertThat(rejection("{\u0000\"type\":\"concern\"}")).startsWith("not valid JSON").contains("code 0");
    }

    @Test
    void saysWhetherATimeHasNoZoneOrNamesADayThatDoesNotExist() {
        assertThat(rejection(Lines.concern("A", "2003-07-14T16:20:00"))).contains("has no zone")
                .contains("give Z or the offset it was recorded in");
        assertThat(rejection(Lines.concern("A", "2003-02-29T16:20:00Z"))).contains("not a time that exists")
                .contains("2003").doesNotContain("with a zone");
        assertThat(rejection(Lines.concern("A", "2003-07-14T24:00:00+01:00"))).contains("not a time that exists");
        assertThat(rejection(Lines.concern("A", "14/07/2003 16:20"))).contains("not a time with a zone such as");
    }

    @Test
    void rejectsTwoRecordsRunTogetherOnOneLineRatherThanKeepingOnlyTheFirst() {
        assertThat(rejection(Lines.concern("A") + Lines.concern("B"))).contains("not valid JSON")
                .contains("something follows the end of the record").doesNotContain("jackson");
        assertThat(rejection(Lines.concern("A") + " trailing")).contains("not valid JSON");
    }

    /** An age is a number of years, stated or estimated (spec §1.1): one with a fraction is the years completed. */
    @Test
    void readsAnAgeWithAFractionAsTheYearsCompleted() throws Exception {
        Concern c = (Concern) parse(Lines.concern("A").replace("\"age\":14", "\"age\":14.0")).record();
        assertThat(c.subjects().get(0).age()).isEqualTo(14);
        String half = Lines.concern("A").replace("\"age\":14", "\"age\":14.5").replace("\"age\":27", "\"age\":27.9");
        Submission s = parse(half);
        assertThat(((Concern) s.record()).subjects()).extracting(Subject::age).containsExactly(14, 27);
        assertThat(s.raw()).as("the record is kept as received").isEqualTo(Lines.bytes(half));
        assertThat(rejection(Lines.concern("A").replace("\"age\":14", "\"age\":121.5"))).contains("outside");
        assertThat(rejection(Lines.concern("A").replace("\"age\":14", "\"age\":-0.5"))).contains("outside");
        assertThat(rejection(Lines.concern("A").replace("\"age\":14", "\"age\":1e300"))).contains("must be a number of years");
        assertThat(rejection(Lines.concern("A").replace("\"age\":14", "\"age\":true"))).contains("must be a number of years");
    }

    @Test
    void takesRefsWrittenAsWholeNumbersAsTheirDigits() throws Exception {
        String numbered = Lines.concern("A").replace("\"ref\":\"s1\"", "\"ref\":1").replace("\"ref\":\"s2\"", "\"ref\":2")
                .replace("\"places\":[\"p1\"]", "\"places\":[1]").replace("\"ref\":\"p1\"", "\"ref\":1");
        Concern c = (Concern) parse(numbered).record();
        assertThat(c.subjects()).extracting(Subject::ref).containsExactly("1", "2");
        assertThat(c.subjects().get(1).places()).containsExactly("1");
        assertThat(c.places()).extracting(Place::ref).containsExactly("1");
        assertThat(rejection(Lines.concern("A").replace("\"ref\":\"s1\"", "\"ref\":1.5"))).contains("ref must be text");
        assertThat(rejection(numbered.replace("\"places\":[1]", "\"places\":[true]"))).contains("must hold only refs");
        assertThat(rejection(numbered.replace("\"places\":[1]", "\"places\":[2]"))).contains("names place \"2\"");
    }

    @Test
    void takesIdsWrittenAsWholeNumbersAsTheirDigits() throws Exception {
        Concern c = (Concern) parse(Lines.concern("A").replace("\"id\":\"A\"", "\"id\":10234")
                .replace("\"id\":\"yp-07\"", "\"id\":7")).record();
        assertThat(c.id()).isEqualTo("10234");
        assertThat(c.author().id()).isEqualTo("7");
        Decision d = (Decision) parse(Lines.decision("D", "A").replace("\"concern\":\"A\"", "\"concern\":10234"))
                .record();
        assertThat(d.concern()).isEqualTo("10234");
        assertThat(rejection(Lines.concern("A").replace("\"id\":\"A\"", "\"id\":" + "9".repeat(201))))
                .contains("ids are at most 200");
    }

    @Test
    void readsTimesInIso8601sBasicFormAndWithSpacesAroundThem() throws Exception {
        Instant expected = Instant.parse("2003-07-14T16:20:00Z");
        for (String written : List.of("20030714T162000Z", "20030714T172000+0100", "20030714T1620Z",
                "20030714T162000.000Z", " 2003-07-14T16:20:00Z ")) {
            Concern c = (Concern) parse(Lines.concern("A", written)).record();
            assertThat(c.received()).as(written).isEqualTo(expected);
        }
        assertThat(rejection(Lines.concern("A", "20030230T162000Z"))).contains("received");
        assertThat(rejection(Lines.concern("A", "20030714T162000"))).contains("received");
    }

    @Test
    void countsAnOffenceListedTwiceOnceAndReadsAQuotedAgeWithItsFraction() throws Exception {
        Concern c = (Concern) parse(Lines.concern("A").replace("[\"22B\"]", "[\"22B\",\"22B\",\"22b\"]")
                .replace("\"age\":27", "\"age\":\"27.5\"")).record();
        assertThat(c.offences()).containsExactly("22B");
        assertThat(c.subjects().get(1).age()).isEqualTo(27);
    }

    @Test
    void takesGradesWrittenAsNumbersAsTheSameGrades() throws Exception {
        String graded = "\"grading\":{\"source\":\"2\",\"intelligence\":\"C\",\"handling\":\"P\"}";
        Concern c = (Concern) parse(Lines.concern("A").replace(graded,
                "\"grading\":{\"source\":2,\"intelligence\":\"C\",\"handling\":\"P\"}")).record();
        assertThat(c.grading()).isEqualTo(new Grading("3x5x2", "2", "C", "P"));
        Concern legacy = (Concern) parse(Lines.concern("A").replace(graded,
                "\"grading\":{\"scheme\":\"5x5x5\",\"source\":\"B\",\"intelligence\":2,\"handling\":4}")).record();
        assertThat(legacy.grading()).isEqualTo(new Grading("5x5x5", "B", "2", "4"));
        assertThat(rejection(Lines.concern("A").replace(graded, "\"grading\":{\"source\":4}"))).contains("not one of");
        assertThat(rejection(Lines.concern("A").replace(graded, "\"grading\":{\"source\":2.5}")))
                .contains("grading.source must be text");
    }

    @Test
    void takesAVocabularyWordInAnyLetterCaseAsTheSpecSpellsIt() throws Exception {
        String line = Lines.concern("A").replace("\"role\":\"suspect\"", "\"role\":\"Suspect\"")
                .replace("\"sex\":\"F\"", "\"sex\":\" f \"").replace("\"gifts\"", "\"GIFTS\"")
                .replace("\"kind\":\"takeaway\"", "\"kind\":\"Takeaway\"")
                .replace("\"intelligence\":\"C\",\"handling\":\"P\"", "\"scheme\":\"3X5X2\",\"intelligence\":\"c\",\"handling\":\"p\"");
        Submission s = parse(line);
        Concern c = (Concern) s.record();
        assertThat(c.subjects().get(1).role()).isEqualTo("suspect");
        assertThat(c.subjects().get(0).sex()).isEqualTo("F");
        assertThat(c.indicators()).containsExactly("older_partner", "gifts", "missing");
        assertThat(c.places().get(0).kind()).isEqualTo("takeaway");
        assertThat(c.grading()).isEqualTo(new Grading("3x5x2", "2", "C", "P"));
        assertThat(s.raw()).as("the record is kept as received").isEqualTo(Lines.bytes(line));
        Decision d = (Decision) parse(Lines.decision("D", "A").replace("no_further_action", "No_Further_Action")).record();
        assertThat(d.outcome()).isEqualTo("no_further_action");
        assertThat(rejection(Lines.decision("D", "A").replace("no_further_action", "no further action")))
                .contains("which is not one of");
    }

    @Test
    void readsAnOptionalFieldLeftBlankAsNotGivenAndKeepsTheRecordAsReceived() throws Exception {
        String line = Lines.concern("A").replace("\"born\":\"1989-02\"", "\"born\":\"\"")
                .replace("\"sex\":\"F\"", "\"sex\":\" \"").replace("\"age\":27", "\"age\":\"\"")
                .replace("\"kind\":\"takeaway\"", "\"kind\":\"\"")
                .replace("\"grading\":{\"source\":\"2\",\"intelligence\":\"C\",\"handling\":\"P\"}",
                        "\"grading\":{\"scheme\":\"\",\"source\":\"2\",\"intelligence\":\"\",\"handling\":\"\"}");
        Submission s = parse(line);
        Concern c = (Concern) s.record();
        assertThat(c.subjects().get(0).born()).isNull();
        assertThat(c.subjects().get(0).sex()).isNull();
        assertThat(c.subjects().get(1).age()).isNull();
        assertThat(c.places().get(0).kind()).isEqualTo("other");
        assertThat(c.grading()).isEqualTo(new Grading("3x5x2", "2", null, null));
        assertThat(s.raw()).as("the record is kept as received").isEqualTo(Lines.bytes(line));
        Concern quoted = (Concern) parse(Lines.concern("A").replace("\"age\":27", "\"age\":\" 27\"")).record();
        assertThat(quoted.subjects().get(1).age()).as("a number an export quoted").isEqualTo(27);
        assertThat(rejection(Lines.concern("A").replace("\"age\":27", "\"age\":\"about 27\"")))
                .as("an age written in words is still not read").contains("must be a number of years");
        assertThat(rejection(Lines.concern("A").replace("\"age\":27", "\"age\":\"270\""))).contains("outside");
        Concern year = (Concern) parse(Lines.concern("A").replace("\"born\":\"1989-02\"", "\"born\":1989")).record();
        assertThat(year.subjects().get(0).born()).as("a year of birth written as a number").isEqualTo(new PartialDate(1989, 0, 0));
        assertThat(rejection(Lines.concern("A").replace("\"born\":\"1989-02\"", "\"born\":1989.5"))).contains("born");
    }

    @Test
    void readsANullOrBlankItemOfAListAsNoItemAndKeepsTheRecordAsReceived() throws Exception {
        String line = Lines.concern("A").replace("\"phones\":[\"07700 900461\"]", "\"phones\":[null,\"07700 900461\"]")
                .replace("\"places\":[\"p1\"]", "\"places\":[\"p1\",null],\"aliases\":[null]")
                .replace("\"gifts\",", "\"gifts\",\"\",null,").replace("\"offences\":[\"22B\"]", "\"offences\":[\"\",\"22B\",null]");
        Submission s = parse(line);
        Concern c = (Concern) s.record();
        assertThat(c.subjects().get(1).phones()).containsExactly("07700 900461");
        assertThat(c.subjects().get(1).places()).containsExactly("p1");
        assertThat(c.subjects().get(1).aliases()).isEmpty();
        assertThat(c.indicators()).containsExactly("older_partner", "gifts", "missing");
        assertThat(c.offences()).containsExactly("22B");
        assertThat(s.raw()).as("the record is kept as received").isEqualTo(Lines.bytes(line));
        assertThat(rejection(Lines.concern("A").replace("\"offences\":[\"22B\"]", "\"offences\":[22]")))
                .as("an item of another type is still rejected").contains("must hold only text");

        Concern objects = (Concern) parse(Lines.concern("A").replace("\"subjects\":[", "\"subjects\":[null,")
                .replace("\"vehicles\":[", "\"vehicles\":[null,").replace("\"places\":[{", "\"places\":[null,{")).record();
        assertThat(objects.subjects()).as("in lists of objects too").extracting(Subject::ref).containsExactly("s1", "s2");
        assertThat(objects.subjects().get(1).vehicles()).hasSize(1);
        assertThat(objects.places()).hasSize(1);
        assertThat(rejection(Lines.concern("A").replace("\"subjects\":[", "\"subjects\":[7,")))
                .as("an item that is neither an object nor null is still rejected").contains("subjects[0] must be an object");
    }

    @Test
    void takesAPlaceWithoutAKindAsKindOther() throws Exception {
        Concern c = (Concern) parse(Lines.concern("A").replace("\"kind\":\"takeaway\",", "")).record();
        assertThat(c.places()).containsExactly(new Place("p1", "other", "Star Pizza", "Wellgate, S60 2LR"));
    }

    @Test
    void readsADecision() throws Exception {
        Decision d = (Decision) parse(Lines.decision("D-1", "C-9")).record();
        assertThat(d.concern()).isEqualTo("C-9");
        assertThat(d.outcome()).isEqualTo("no_further_action");
        assertThat(d.eventTime()).isEqualTo(Instant.parse("2003-07-21T09:05:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not json                       | {oops                                   | not valid JSON",
        "an array                       | [1,2]                                   | one JSON object",
        "no type                        | {\"id\":\"A\"}                          | \"type\" is required",
        "unknown type                   | {\"type\":\"memo\",\"id\":\"A\"}        | only \"concern\" and \"decision\"",
        "repeated key                   | {\"type\":\"memo\",\"type\":\"concern\"} | not valid JSON",
        "two objects on one line        | {\"type\":\"memo\"} {\"type\":\"concern\"} | not valid JSON",
        "text after the object          | {\"type\":\"memo\"} oops           | not valid JSON",
    })
    void rejectsLinesThatAreNotRecords(String why, String line, String reason) {
        assertThat(rejection(line)).contains(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing id         | \"id\":\"A\",                        |                                   | \"id\" is required",
        "missing received   | \"received\":\"2003-07-14T16:20:00Z\",|                                   | \"received\" is required",
        "no zone            | 2003-07-14T16:20:00Z                 | 2003-07-14T16:20:00               | has no zone",
        "impossible date    | 2003-07-14T16:20:00Z                 | 2003-02-30T16:20:00Z              | not a time that exists",
        "wrong type of id   | \"id\":\"A\"                          | \"id\":17.5                        | must be text",
        "missing author     | \"author\":{\"id\":\"yp-07\",\"name\":\"R. Hall\",\"role\":\"youth worker\"}, | | \"author\" is required",
        "author without id  | {\"id\":\"yp-07\",                   | {                                 | author.id is required",
        "missing subjects   | \"subjects\":[                        | \"subjectz\":[                     | \"subjects\" is required",
        "bad role           | \"role\":\"suspect\"                  | \"role\":\"boyfriend\"             | is \"boyfriend\", which is not one of",
        "bad sex            | \"sex\":\"F\"                         | \"sex\":\"female\"                 | not one of",
        "age in words       | \"age\":27                            | \"age\":\"about 27\"               | must be a number of years",
        "age negative       | \"age\":27                            | \"age\":-3                         | outside",
        "born impossible    | \"born\":\"1989-02\"                  | \"born\":\"1989-02-30\"            | not a date that exists",
        "born malformed     | \"born\":\"1989-02\"                  | \"born\":\"Feb 1989\"              | not a date of birth",
        "bad indicator      | \"gifts\"                             | \"presents\"                       | not one of",
        "bad place kind     | \"kind\":\"takeaway\"                 | \"kind\":\"chippy\"                | not one of",
        "dangling place     | \"places\":[\"p1\"]                   | \"places\":[\"p9\"]                | not among this concern's places",
        "bad offence code   | \"22B\"                               | \"sexual assault\"                 | not a Home Office offence",
        "bad grading        | \"intelligence\":\"C\"                | \"intelligence\":\"Z\"             | not one of",
        "bad scheme         | \"source\":\"2\",                     | \"scheme\":\"4x4\",\"source\":\"2\", | not 3x5x2 or 5x5x5",
        "phones not list    | \"phones\":[\"07700 900461\"]         | \"phones\":\"07700 900461\"        | must be a list",
        "vehicle empty      | {\"vrm\":\"R7?2 KLT\",\"description\":\"silver Astra\"} | {} | needs a \"vrm\" or a \"description\"",
        "self amendment     | \"narrative\"                         | \"amends\":\"A\",\"narrative\"     | cannot amend itself",
    })
    void rejectsAConcernThatBreaksTheSpec(String why, String from, String to, String reason) {
        String line = Lines.concern("A").replace(from, to == null ? "" : to);
        assertThat(line).isNotEqualTo(Lines.concern("A"));
        assertThat(rejection(line)).contains(reason);
    }

    @Test
    void rejectsIdsThatCouldForgeALineOfALogEntry() {
        assertThat(rejection(Lines.concern("A\\nsha256 00"))).contains("\"id\" holds a control character (U+000A)");
        assertThat(rejection(Lines.concern("A").replace("\"yp-07\"", "\"yp\\u000d07\""))).contains("author.id holds a control character");
        assertThat(rejection(Lines.decision("D", "C\\t1"))).contains("\"concern\" holds a control character");
        assertThat(rejection(Lines.concern("A").replace("\"narrative\"", "\"amends\":\"B\\nC\",\"narrative\"")))
                .contains("\"amends\" holds a control character (U+000A)");
    }

    /** A correction's {@code amends} left blank, as an export writes an empty cell, corrects nothing. */
    @Test
    void readsABlankAmendsAsNoCorrection() throws Exception {
        String line = Lines.concern("A").replace("\"narrative\"", "\"amends\":\" \",\"narrative\"");
        assertThat(((Concern) parse(line).record()).amends()).isNull();
        assertThat(parse(line).raw()).isEqualTo(Lines.bytes(line));
    }

    /**
     * Half a surrogate pair is valid JSON but no character: both stores kept it as "?", so it is refused wherever Vigil
     * reads text, while a whole pair (a character beyond U+FFFF) is taken.
     */
    @Test
    void rejectsHalfASurrogatePairInAnyTextItReadsButTakesAWholePair() throws Exception {
        assertThat(rejection(Lines.concern("S-\\ud800"))).contains("\"id\" holds \\ud800, half of a surrogate pair");
        assertThat(rejection(Lines.concern("S-\\udc00x"))).contains("\"id\" holds \\udc00");
        assertThat(rejection(Lines.concern("S").replace("Kayla", "Kay\\ud83d"))).contains("subjects[0].name holds \\ud83d");
        assertThat(rejection(Lines.concern("S").replace("07700 900461", "07700\\ude00"))).contains("subjects[1].phones holds");
        assertThat(rejection(Lines.concern("S").replace("\"places\":[\"p1\"]", "\"places\":[\"p\\ud800\"]")))
                .contains("subjects[1].places holds");
        Concern whole = (Concern) parse(Lines.concern("S-\\ud83d\\ude00").replace("Kayla", "Kay\\ud83d\\ude00")).record();
        assertThat(whole.id()).isEqualTo("S-\uD83D\uDE00");
        assertThat(whole.subjects().get(0).name()).startsWith("Kay\uD83D\uDE00");
    }

    /**
     * A NUL character is valid JSON, and a legacy export can leave one in a name or a narrative: free text reads it as
     * U+FFFD (which both stores can keep) and the record is stored as received; an id or a ref, which must name one
     * thing exactly, refuses it.
     */
    @Test
    void readsANulInFreeTextAsTheReplacementCharacterAndRefusesOneInAnIdOrARef() throws Exception {
        String line = Lines.concern("S").replace("07700 900461", "07700\\u0000").replace("Kayla", "Kay\\u0000la")
                .replace("K. says", "K.\\u0000 says").replace("R. Hall", "R.\\u0000Hall");
        Submission parsed = parse(line);
        Concern c = (Concern) parsed.record();
        assertThat(c.subjects().get(0).name()).isEqualTo("Kay\uFFFDla Marsh");
        assertThat(c.subjects().get(1).phones()).containsExactly("07700\uFFFD");
        assertThat(c.narrative()).startsWith("K.\uFFFD says");
        assertThat(c.author().name()).isEqualTo("R.\uFFFDHall");
        assertThat(parsed.raw()).isEqualTo(Lines.bytes(line));
        assertThat(rejection(Lines.concern("S\\u0000"))).contains("\"id\" holds a control character (U+0000)");
        assertThat(rejection(Lines.concern("S").replace("\"ref\":\"s2\"", "\"ref\":\"s\\u00002\"")))
                .contains("subjects[1].ref holds a NUL character");
        assertThat(rejection(Lines.concern("S").replace("\"places\":[\"p1\"]", "\"places\":[\"p\\u00001\"]")))
                .contains("subjects[1].places holds a NUL character");
        assertThat(rejection(Lines.concern("S").replace("\"narrative\"", "\"amends\":\"A\\u0000\",\"narrative\"")))
                .contains("\"amends\" holds a control character (U+0000)");
    }

    @Test
    void rejectsARepeatedSubjectRef() {
        String line = Lines.concern("A").replace("\"ref\":\"s2\"", "\"ref\":\"s1\"");
        assertThat(rejection(line)).contains("subject ref \"s1\" is used twice");
    }

    @Test
    void requiresAReasonForNoFurtherAction() {
        assertThat(rejection(Lines.decision("D", "C").replace(",\"reason\":\"no complaint made\"", "")))
                .contains("must give a \"reason\"");
        assertThat(rejection(Lines.decision("D", "C").replace("no_further_action", "shrug"))).contains("not one of");
    }

    @Test
    void keepsLegacyGradingAsGiven() throws Exception {
        String line = Lines.concern("A").replace("\"grading\":{\"source\":\"2\",\"intelligence\":\"C\",\"handling\":\"P\"}",
                "\"grading\":{\"scheme\":\"5x5x5\",\"source\":\"B\",\"intelligence\":\"2\",\"handling\":\"4\"}");
        assertThat(((Concern) parse(line).record()).grading()).isEqualTo(new Grading("5x5x5", "B", "2", "4"));
    }

    @Test
    void namesTheFirstByteThatIsNotUtf8() {
        byte[] line = Lines.bytes(Lines.concern("A"));
        line[40] = (byte) 0xC3;
        line[41] = (byte) 0x28;
        assertThatThrownBy(() -> parser.parse(line)).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("not valid UTF-8").hasMessageContaining("byte 41");
    }

    @ParameterizedTest
    @CsvSource({"1987,1987,0,0", "1987-05,1987,5,0", "1987-05-02,1987,5,2"})
    void parsesPartialDatesAndPrintsThemBack(String text, int year, int month, int day) {
        PartialDate date = PartialDate.parse(text);
        assertThat(date).isEqualTo(new PartialDate(year, month, day));
        assertThat(date.toString()).isEqualTo(text);
    }
}
