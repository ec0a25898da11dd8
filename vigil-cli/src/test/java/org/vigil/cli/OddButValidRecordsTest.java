package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Records that keep to spec §1 but look nothing like our own town: ids and refs with slashes, spaces and accents,
 * times with offsets and fractions, words in other letter case, names in any script, fields left out, lines sent
 * twice, decisions about concerns never sent, amendments. Whatever the mix and whatever order the file lists it in,
 * every line is accepted, every mention belongs to exactly one person, the alerts and persons are the same for
 * either order, and each alert rests on mentions and a trigger that the input holds, the mentions all received by the
 * time it was raised (spec §2.2).
 */
class OddButValidRecordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] NAMES = {"Ash", "Ashraf Khan", "ASHRAF KHAN", "Khan, Ashraf", "A. Khan", "Kayla Marsh",
        "kayla marsh", "Kayleigh Marsh", "Zoë Brontë-Ó'Neill", "Seán Ó Briain", "Jay", "J", "Daniel Smith", "Smith",
        "李 伟", "Łukasz Żółć", "O'Connor-Smythe, Mary-Jane", "Slim", "🙂"};
    private static final String[] ROLES = {"victim", "suspect", "associate", "witness", "reporter", "other"};
    private static final String[] INDICATORS = {"missing", "older_partner", "gifts", "alcohol_drugs", "vehicle_pickup",
        "taxi", "hotel", "multiple_adults", "sexual_health", "online_contact", "money", "threats"};
    private static final String[] OUTCOMES = {"no_further_action", "referred", "crime_recorded", "investigation",
        "safeguarding_plan", "strategy_meeting", "arrest", "charge", "conviction", "other"};
    private static final String[] ID_SHAPES = {"C-%d", "CSC/2004/%04d", "yp %d", "K#%d?x", "Ü-%d"};
    private static final String[] REF_SHAPES = {"s%d", "p/%d", "%d"};
    private static final String[] ZONES = {"Z", "+01:00", "+00:00", "-05:00", "+05:30"};
    private Path dir;

    @Property(tries = 6)
    void everyOddButValidRecordIsAcceptedLinkedOnceAndAlertedAlikeInAnyOrder(@ForAll @LongRange(min = 1, max = 1_000_000) long seed)
            throws Exception {
        dir = Files.createTempDirectory("vigil-odd");
        Random random = new Random(seed);
        Map<String, Instant> eventTimes = new HashMap<>();
        Map<String, String> mentions = new HashMap<>(); // each mention's concern id
        Set<String> versions = new HashSet<>(); // concerns that correct another or are corrected
        List<String> lines = records(random, 120, eventTimes, mentions, versions);
        List<String> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, random);

        Run first = replay(dir.resolve("first"), lines);
        Run second = replay(dir.resolve("second"), shuffled);
        assertThat(second.alerts).as("alerts do not depend on the order of the file").isEqualTo(first.alerts);
        assertThat(second.persons).as("persons do not depend on the order of the file").isEqualTo(first.persons);

        List<String> linked = new ArrayList<>();
        for (String line : first.persons.lines().toList()) {
            JSON.readTree(line).get("mentions").forEach(m -> linked.add(m.asText()));
        }
        assertThat(linked).as("every mention belongs to exactly one person").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(mentions.keySet());
        for (String line : first.alerts.lines().toList()) {
            JsonNode alert = JSON.readTree(line);
            Instant trigger = eventTimes.get(alert.get("trigger").asText());
            assertThat(trigger).as("trigger of " + line).isNotNull();
            Instant raised = Instant.parse(alert.get("raised").asText());
            if (alert.get("kind").asText().equals("overdue") && !raised.equals(trigger)) {
                assertThat(raised).as("an overdue concern is raised at its deadline").isAfter(trigger);
            } else if (alert.get("kind").asText().equals("overdue")) {
                assertThat(versions).as("raised when a version of the report revealed its deadline had passed: " + line)
                        .contains(alert.get("trigger").asText());
            } else {
                assertThat(raised).as("raised is the trigger's event time: " + line).isEqualTo(trigger);
            }
            for (JsonNode person : alert.get("persons")) {
                person.get("mentions").forEach(m -> {
                    assertThat(mentions).as(line).containsKey(m.asText());
                    assertThat(eventTimes.get(mentions.get(m.asText()))).as("received by the time it was raised: " + line)
                            .isBeforeOrEqualTo(raised);
                });
            }
        }
    }

    @AfterTry
    void deleteDir() throws Exception {
        TestDirs.deleteTree(dir);
    }

    private record Run(String alerts, String persons) {
    }

    private static Run replay(Path dir, List<String> lines) throws Exception {
        Files.createDirectories(dir);
        Path input = dir.resolve("records.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        Path alerts = dir.resolve("alerts.jsonl");
        String data = dir.resolve("data").toString();
        CliRun replay = CliRun.of("replay", "--data", data, input.toString(), "--alerts", alerts.toString());
        assertThat(replay.status()).as(replay.err()).isZero();
        CliRun persons = CliRun.of("export", "persons", "--data", data);
        assertThat(persons.status()).as(persons.err()).isZero();
        return new Run(Files.readString(alerts), persons.out());
    }

    /** About {@code n} concerns about a small cast, so that people recur, with decisions and repeated lines. */
    private static List<String> records(Random random, int n, Map<String, Instant> eventTimes, Map<String, String> mentions,
            Set<String> versions) {
        List<String> lines = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = String.format(ID_SHAPES[random.nextInt(ID_SHAPES.length)], i);
            ObjectNode c = JSON.createObjectNode().put("type", "concern").put("id", id);
            // Every fifth concern shares its time with the one before, so ties must be broken by something steady.
            String received = i % 5 == 4 ? eventTimes.get(ids.get(i - 1)).toString() : time(random);
            c.put("received", received);
            eventTimes.put(id, OffsetDateTime.parse(received).toInstant());
            c.put("agency", pick(random, "Youth Project", "SYP", "Children's Social Care", "NHS Sexual Health"));
            c.putObject("author").put("id", pick(random, "yp-07", "syp-1", "a/b")).put("role", "youth worker");
            ArrayNode subjects = c.putArray("subjects");
            for (int j = 0, k = random.nextInt(5); j < k; j++) {
                String ref = String.format(REF_SHAPES[random.nextInt(REF_SHAPES.length)], j);
                mentions.put(id + "/" + ref, id);
                subjects.add(subject(random, ref));
            }
            if (random.nextBoolean()) {
                c.putArray("places").addObject().put("ref", "p1").put("kind", pick(random, "takeaway", "Taxi_Firm", "hotel"))
                        .put("name", pick(random, "Star Pizza", "The Chippy", "A1 Cars"));
                subjects.forEach(s -> {
                    if (random.nextBoolean()) {
                        ((ObjectNode) s).putArray("places").add("p1");
                    }
                });
            }
            ArrayNode indicators = c.putArray("indicators");
            for (int k = random.nextInt(4); k > 0; k--) {
                String word = pick(random, INDICATORS);
                indicators.add(random.nextInt(4) == 0 ? word.toUpperCase(Locale.ROOT) : word);
            }
            if (random.nextInt(3) == 0) {
                c.putObject("grading").put("source", random.nextInt(3) + 1).put("intelligence", pick(random, "A", "c", "D"))
                        .put("handling", pick(random, "P", "c"));
            }
            if (i > 0 && random.nextInt(10) == 0) {
                String amended = ids.get(random.nextInt(ids.size()));
                c.put("amends", amended);
                versions.add(amended);
                versions.add(id);
            }
            if (random.nextInt(5) == 0) {
                c.putObject("partner_field").putArray("kept").add(1);
            }
            ids.add(id);
            lines.add(c.toString());
            if (random.nextInt(8) == 0) {
                lines.add(c.toString()); // sent twice, unchanged: a no-op
            }
        }
        for (int d = 0; d < n / 2; d++) {
            String outcome = pick(random, OUTCOMES);
            String id = "D/" + d;
            String at = time(random);
            ObjectNode decision = JSON.createObjectNode().put("type", "decision").put("id", id)
                    .put("concern", random.nextInt(10) == 0 ? "NEVER-SENT-" + d : ids.get(random.nextInt(ids.size())))
                    .put("at", at).put("outcome", random.nextInt(4) == 0 ? outcome.toUpperCase(Locale.ROOT) : outcome)
                    .put("reason", "no complaint made");
            decision.putObject("by").put("id", "syp-4411");
            eventTimes.put(id, OffsetDateTime.parse(at).toInstant());
            lines.add(decision.toString());
        }
        return lines;
    }

    private static ObjectNode subject(Random random, String ref) {
        ObjectNode s = JSON.createObjectNode().put("ref", ref);
        String role = pick(random, ROLES);
        s.put("role", random.nextInt(5) == 0 ? role.toUpperCase(Locale.ROOT) : role);
        if (random.nextInt(5) > 0) {
            s.put("name", pick(random, NAMES));
        }
        if (random.nextInt(4) == 0) {
            s.putArray("aliases").add(pick(random, NAMES));
        }
        if (random.nextInt(3) == 0) {
            int year = 1950 + random.nextInt(45);
            s.put("born", pick(random, "" + year, year + "-0" + (1 + random.nextInt(9)), year + "-02-2" + random.nextInt(9)));
        }
        if (random.nextBoolean()) {
            s.put("age", random.nextInt(80));
        }
        if (random.nextBoolean()) {
            s.put("sex", pick(random, "F", "M", "X", "f"));
        }
        if (random.nextInt(3) == 0) {
            s.putArray("phones").add(pick(random, "07700 900461", "+44 7700 900461", "(0114) 496 0123", "n/a", ""));
        }
        if (random.nextInt(3) == 0) {
            s.putArray("vehicles").addObject().put("vrm", pick(random, "R7?2 KLT", "yx08 ???", "R762KLT"));
        }
        if (random.nextInt(4) == 0) {
            s.put("address", pick(random, "14 Ferham Rd, S61 1AP", "flat 2", ""));
        }
        return s;
    }

    private static String time(Random random) {
        String seconds = String.format("%02d", random.nextInt(60))
                + pick(random, "", "." + random.nextInt(10), ".123456789");
        return String.format("%04d-%02d-%02dT%02d:%02d:%s%s", 1997 + random.nextInt(17), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), seconds, pick(random, ZONES));
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
