package org.vigil.town;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.concern.InvalidRecordException;
import org.vigil.concern.RecordParser;

class TownGeneratorTest {
    private static GeneratedTown town;

    @BeforeAll
    static void generate() {
        town = new GeneratedTown(TownOptions.defaults());
    }

    @Test
    void everyGeneratedLineParsesWithTheLeadsRecordParser() {
        RecordParser parser = new RecordParser();
        List<String> rejected = new ArrayList<>();
        for (String line : GeneratedTown.lines(town.recordBytes)) {
            try {
                parser.parse(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (InvalidRecordException e) {
                rejected.add(e.getMessage() + ": " + line);
            }
        }
        assertThat(rejected).isEmpty();
        assertThat(town.concerns).hasSize(TownOptions.DEFAULT_CONCERNS);
        assertThat(town.decisions).isNotEmpty();
    }

    @Test
    void writesTheConcernsAndDecisionsItReports() {
        assertThat(town.summary.concerns()).isEqualTo(town.concerns.size());
        assertThat(town.summary.decisions()).isEqualTo(town.decisions.size());
        assertThat(town.summary.mentions()).isEqualTo(town.mentions.size());
        assertThat(town.summary.persons()).isEqualTo(town.persons.size());
        assertThat(town.summary.networks()).isEqualTo(town.networks.size());
    }

    @Test
    void sameSeedGivesIdenticalBytesAndDifferentSeedsDiffer() {
        GeneratedTown again = new GeneratedTown(TownOptions.defaults());
        GeneratedTown other = new GeneratedTown(TownOptions.defaults().withSeed(2));
        assertThat(again.recordBytes).isEqualTo(town.recordBytes);
        assertThat(again.truthBytes).isEqualTo(town.truthBytes);
        assertThat(other.recordBytes).isNotEqualTo(town.recordBytes);
        assertThat(other.truthBytes).isNotEqualTo(town.truthBytes);
    }

    @Test
    void truthCoversEveryMentionExactlyOnce() {
        List<String> keys = new ArrayList<>();
        for (JsonNode concern : town.concerns) {
            for (JsonNode subject : concern.get("subjects")) {
                keys.add(GeneratedTown.key(concern, subject));
            }
        }
        assertThat(town.truthMentionKeys).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(keys);
        for (JsonNode mention : town.mentions.values()) {
            assertThat(town.persons).containsKey(mention.get("person").asText());
        }
        assertThat(town.mentionsOf.keySet()).isEqualTo(town.persons.keySet());
    }

    @Test
    void personsListTheTimesTheyAreMentionedEarliestFirst() {
        for (Map.Entry<String, List<JsonNode[]>> entry : town.mentionsOf.entrySet()) {
            Map<String, Instant> byConcern = new HashMap<>();
            for (JsonNode[] pair : entry.getValue()) {
                byConcern.put(pair[0].get("id").asText(), instant(pair[0].get("received").asText()));
            }
            List<Instant> expected = new ArrayList<>(byConcern.values());
            expected.sort(null);
            List<Instant> written = new ArrayList<>();
            for (JsonNode t : town.persons.get(entry.getKey()).get("mentioned")) {
                written.add(Instant.parse(t.asText()));
            }
            assertThat(written).as(entry.getKey()).isEqualTo(expected);
        }
    }

    @Test
    void aboutEightyFivePercentOfPoliceDecisionsAreNoFurtherAction() {
        for (long seed = 1; seed <= 3; seed++) {
            GeneratedTown t = seed == 1 ? town : new GeneratedTown(TownOptions.defaults().withSeed(seed));
            int police = 0;
            int nfa = 0;
            for (JsonNode d : t.decisions) {
                if (d.get("by").get("id").asText().startsWith("pol-")) {
                    police++;
                    if (d.get("outcome").asText().equals("no_further_action")) {
                        nfa++;
                    }
                }
            }
            assertThat(police).isGreaterThan(300);
            assertThat((double) nfa / police).as("seed %d", seed).isBetween(0.80, 0.90);
        }
    }

    @Test
    void manyConcernsNeverGetADecision() {
        Set<String> decided = new HashSet<>();
        for (JsonNode d : town.decisions) {
            decided.add(d.get("concern").asText());
        }
        long undecided = town.concerns.stream().filter(c -> !decided.contains(c.get("id").asText())).count();
        assertThat((double) undecided / town.concerns.size()).isBetween(0.2, 0.6);
    }

    @Test
    void benignAdultsExistAndAreNamedWithThreeOrMoreDistinctChildren() {
        int withThree = 0;
        Set<String> occupations = new HashSet<>();
        for (JsonNode person : town.persons.values()) {
            if (!person.get("kind").asText().equals("benign_adult")) {
                continue;
            }
            occupations.add(person.get("occupation").asText());
            Set<String> children = new HashSet<>();
            for (JsonNode[] pair : town.mentionsOf.get(person.get("person").asText())) {
                assertThat(pair[1].get("role").asText()).isIn("reporter", "witness", "associate", "other");
                for (JsonNode other : pair[0].get("subjects")) {
                    String kind = town.personOf(pair[0], other).get("kind").asText();
                    if (kind.equals("victim") || kind.equals("other_child")) {
                        children.add(town.personOf(pair[0], other).get("person").asText());
                    }
                }
            }
            if (children.size() >= 3) {
                withThree++;
            }
        }
        assertThat(withThree).isGreaterThanOrEqualTo(10);
        assertThat(occupations).contains("foster carer", "school transport driver", "youth worker", "teacher",
                "sports coach", "social worker");
    }

    @Test
    void everyOffenderNetworkSharesAVehiclePhoneOrPlaceAcrossItsMembers() {
        assertThat(town.networks).isNotEmpty();
        for (JsonNode network : town.networks) {
            List<String> members = new ArrayList<>();
            network.get("members").forEach(m -> members.add(m.asText()));
            assertThat(members).allSatisfy(m -> assertThat(town.kind(m)).isEqualTo("offender"));
            if (members.size() < 2) {
                continue;
            }
            Map<String, Set<String>> holders = new HashMap<>();
            for (String member : members) {
                for (JsonNode[] pair : town.mentionsOf.get(member)) {
                    for (String identifier : identifiers(pair[0], pair[1])) {
                        holders.computeIfAbsent(identifier, i -> new HashSet<>()).add(member);
                    }
                }
            }
            assertThat(holders.values()).as(network.get("network").asText()).anyMatch(h -> h.size() >= 2);
        }
    }

    @Test
    void someOffendersAreOnlyEverNamedByNickname() {
        int nicknameOnly = 0;
        for (JsonNode person : town.persons.values()) {
            if (!person.path("nickname_only").asBoolean()) {
                continue;
            }
            nicknameOnly++;
            assertThat(person.get("kind").asText()).isEqualTo("offender");
            String nickname = person.get("nickname").asText();
            for (JsonNode[] pair : town.mentionsOf.get(person.get("person").asText())) {
                JsonNode name = pair[1].get("name");
                if (name != null) {
                    assertThat(name.asText()).isEqualTo(nickname);
                }
                assertThat(pair[1].has("aliases")).isFalse();
            }
        }
        assertThat(nicknameOnly).isPositive();
        long nicknameMentions = town.mentions.values().stream()
                .filter(m -> m.get("form").asText().equals("nickname"))
                .filter(m -> town.kind(m.get("person").asText()).equals("offender")).count();
        assertThat(nicknameMentions).isGreaterThan(20);
    }

    @Test
    void offendersAreWrittenInManyWays() {
        Set<String> forms = new HashSet<>();
        for (JsonNode mention : town.mentions.values()) {
            if (town.kind(mention.get("person").asText()).equals("offender")) {
                forms.add(mention.get("form").asText());
            }
        }
        assertThat(forms).contains("full", "first", "nickname", "misspelt", "none");
    }

    @Test
    void differentPeopleShareCommonFullNames() {
        Map<String, Set<String>> byName = new HashMap<>();
        for (JsonNode person : town.persons.values()) {
            byName.computeIfAbsent(person.get("name").asText(), n -> new HashSet<>()).add(person.get("person").asText());
        }
        assertThat(byName.values()).anyMatch(ids -> ids.size() >= 2);
    }

    @Test
    void timesArePlausibleAndTheFileIsNotStrictlySorted() {
        Instant first = Instant.parse("1997-01-01T00:00:00Z");
        Instant last = Instant.parse("2014-01-01T00:00:00Z");
        Map<String, Instant> received = new HashMap<>();
        int descents = 0;
        Instant previous = Instant.MIN;
        for (JsonNode concern : town.concerns) {
            Instant at = instant(concern.get("received").asText());
            assertThat(at).isAfterOrEqualTo(first).isBefore(last);
            received.put(concern.get("id").asText(), at);
            if (at.isBefore(previous)) {
                descents++;
            }
            previous = at;
        }
        assertThat(descents).isPositive();
        for (JsonNode decision : town.decisions) {
            Instant concernReceived = received.get(decision.get("concern").asText());
            assertThat(concernReceived).as("decision %s names a concern of the town", decision.get("id")).isNotNull();
            Instant at = instant(decision.get("at").asText());
            assertThat(at).isAfter(concernReceived).isBefore(Instant.parse("2017-01-01T00:00:00Z"));
        }
    }

    @Test
    void someCasesEndInConvictionAboutADecadeLater() {
        Map<String, Instant> received = new HashMap<>();
        town.concerns.forEach(c -> received.put(c.get("id").asText(), instant(c.get("received").asText())));
        long late = town.decisions.stream()
                .filter(d -> d.get("outcome").asText().equals("conviction"))
                .filter(d -> Duration.between(received.get(d.get("concern").asText()), instant(d.get("at").asText()))
                        .toDays() > 7 * 365)
                .count();
        assertThat(late).isPositive();
    }

    @Test
    void aBigTownIsARunOfDistrictsWithUniqueIds() {
        TownOptions options = new TownOptions(9, 1500, 500);
        GeneratedTown big = new GeneratedTown(options);
        GeneratedTown again = new GeneratedTown(options);
        assertThat(big.summary.districts()).isEqualTo(3);
        assertThat(big.concerns).hasSize(1500);
        assertThat(again.recordBytes).isEqualTo(big.recordBytes);
        Set<String> ids = new HashSet<>();
        for (JsonNode record : big.concerns) {
            assertThat(ids.add(record.get("id").asText())).isTrue();
        }
        for (JsonNode record : big.decisions) {
            assertThat(ids.add(record.get("id").asText())).isTrue();
        }
        Set<String> authors = new HashSet<>();
        big.concerns.forEach(c -> authors.add(c.get("author").get("id").asText()));
        assertThat(authors).anyMatch(a -> a.matches("[a-z]+-2-.*"));
    }

    @Test
    void anEmptyTownHasOnlyItsHeader() {
        GeneratedTown empty = new GeneratedTown(TownOptions.defaults().withConcerns(0));
        assertThat(empty.recordBytes).isEmpty();
        assertThat(GeneratedTown.lines(empty.truthBytes)).hasSize(1);
    }

    /** What could tie two mentions together: a phone's digits, a whole registration, a place's name. */
    private static Set<String> identifiers(JsonNode concern, JsonNode subject) {
        Set<String> out = new HashSet<>();
        for (JsonNode phone : subject.path("phones")) {
            String digits = phone.asText().replaceAll("\\D", "");
            out.add("phone:" + (phone.asText().startsWith("+44") ? "0" + digits.substring(2) : digits));
        }
        for (JsonNode vehicle : subject.path("vehicles")) {
            String vrm = vehicle.path("vrm").asText("");
            if (!vrm.isEmpty() && !vrm.contains("?")) {
                out.add("vrm:" + vrm.replace(" ", "").toUpperCase(Locale.ROOT));
            }
        }
        Map<String, JsonNode> places = new HashMap<>();
        concern.path("places").forEach(p -> places.put(p.get("ref").asText(), p));
        for (JsonNode ref : subject.path("places")) {
            JsonNode place = places.get(ref.asText());
            if (place.has("name")) {
                out.add("place:" + place.get("name").asText().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
