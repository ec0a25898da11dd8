package org.vigil.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.vigil.concern.Concern;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Subject;
import org.vigil.concern.Submission;
import org.vigil.store.PersonSplit;
import org.vigil.testing.Lines;

/**
 * Splits of persons, made at random on small invented towns where a few names, phones and cars make many joins: each
 * split keeps its two sides apart, moves nobody linked before its first split-off mention, keeps the split person's
 * id on the side with its oldest mention, and never gives one id to two persons.
 */
class PersonSplitProperties {
    private static final String[] SUSPECTS = {"Ash", "Ashraf Khan", "Ash Khan", "Kev"};
    private static final String[] PHONES = {"07700 900461", "07700 900462", "07700 900463"};
    private static final String[] CHILDREN = {"Kayla Marsh", "Jodie Pratt", "Mia Thornton"};

    @Property(tries = 80)
    void splitsKeepTheirSidesApartAndMoveNobodyLinkedBeforeThem(@ForAll @IntRange(min = 3, max = 16) int concerns,
                                                                 @ForAll @IntRange(min = 1, max = 3) int splits,
                                                                 @ForAll long seed) throws Exception {
        Random random = new Random(seed);
        List<Submission> town = town(concerns, random);
        List<PersonSplit> made = new ArrayList<>();
        int arrived = 2;
        for (int i = 0; i < splits; i++) {
            // Each split is decided on the reports received so far; more arrive after it.
            arrived = Math.min(concerns, arrived + random.nextInt(concerns));
            List<Submission> sofar = town.subList(0, arrived);
            List<String> order = linkingOrder(sofar);
            PersonIndex before = linked(sofar, made);
            List<String> shared = new ArrayList<>();
            for (String m : order) {
                if (before.mentionsWith(m).size() > 1) {
                    shared.add(m);
                }
            }
            if (shared.isEmpty()) {
                continue;
            }
            List<String> members = before.mentionsWith(shared.get(random.nextInt(shared.size())));
            List<String> chosen = new ArrayList<>();
            for (String m : members) {
                if (random.nextBoolean()) {
                    chosen.add(m);
                }
            }
            if (chosen.isEmpty() || chosen.size() == members.size()) {
                chosen = List.of(members.get(1 + random.nextInt(members.size() - 1)));
            }
            PersonSplit split = PersonSplits.decide(before, chosen, "analyst-3", "someone else", Instant.EPOCH);
            made.add(split);
            PersonIndex after = linked(sofar, made);
            assertApart(after, made);
            int firstOff = split.splitOff().stream().mapToInt(order::indexOf).min().orElseThrow();
            for (String m : order.subList(0, firstOff)) {
                assertThat(after.personOf(m)).as(m + ", linked before the split-off side").isEqualTo(before.personOf(m));
            }
            assertThat(after.personOf(split.rest().get(0))).as("the side with the oldest mention keeps the id")
                    .isEqualTo(split.person());
            assertOneIdPerPerson(after, order);
        }
        PersonIndex all = linked(town, made);
        assertApart(all, made);
        assertOneIdPerPerson(all, linkingOrder(town));
    }

    /**
     * A split taken back leaves the persons as linking without it would: the same mentions together, each person with
     * one id, and the split's id given to nobody.
     */
    @Property(tries = 40)
    void aSplitTakenBackLeavesThePersonsAsIfItHadNotBeenMade(@ForAll @IntRange(min = 3, max = 16) int concerns,
                                                             @ForAll long seed) throws Exception {
        Random random = new Random(seed);
        List<Submission> town = town(concerns, random);
        int arrived = 1 + random.nextInt(concerns);
        PersonIndex before = linked(town.subList(0, arrived), List.of());
        List<String> order = linkingOrder(town);
        List<String> shared = order.stream().filter(m -> before.personOf(m) != null && before.mentionsWith(m).size() > 1)
                .toList();
        if (shared.isEmpty()) {
            return;
        }
        List<String> members = before.mentionsWith(shared.get(random.nextInt(shared.size())));
        PersonSplit split = PersonSplits.decide(before, List.of(members.get(members.size() - 1)), "analyst-3",
                "someone else", Instant.EPOCH).at(7);
        PersonSplit back = PersonSplit.revocation(Instant.EPOCH, split, "supervisor-1", "it was him").at(8);
        PersonIndex without = linked(town, List.of());
        PersonIndex takenBack = linked(town, List.of(split, back));
        for (String m : order) {
            assertThat(new HashSet<>(takenBack.mentionsWith(m))).as(m).isEqualTo(new HashSet<>(without.mentionsWith(m)));
            assertThat(takenBack.personOf(m)).isNotEqualTo(split.newPerson());
        }
        assertOneIdPerPerson(takenBack, order);
    }

    private static void assertApart(PersonIndex index, List<PersonSplit> splits) {
        for (PersonSplit s : splits) {
            for (String off : s.splitOff()) {
                for (String kept : s.rest()) {
                    assertThat(index.personOf(off)).as(off + " apart from " + kept).isNotEqualTo(index.personOf(kept));
                }
            }
        }
    }

    /** Each person's id is shared by exactly the mentions the index holds as that person. */
    private static void assertOneIdPerPerson(PersonIndex index, List<String> mentions) {
        Map<String, Set<String>> byId = new HashMap<>();
        for (String m : mentions) {
            String person = index.personOf(m);
            assertThat(person).as(m).isNotNull();
            byId.computeIfAbsent(person, k -> new HashSet<>()).add(m);
        }
        for (Map.Entry<String, Set<String>> e : byId.entrySet()) {
            String any = e.getValue().iterator().next();
            assertThat(new HashSet<>(index.mentionsWith(any))).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    private static PersonIndex linked(List<Submission> town, List<PersonSplit> splits) {
        PersonIndex index = new PersonIndex(splits);
        for (Submission s : town) {
            index.link(List.of(s));
        }
        return index;
    }

    /** Every mention in the order the index links them: report by report, full names first within one. */
    private static List<String> linkingOrder(List<Submission> town) {
        List<String> order = new ArrayList<>();
        for (Submission s : town) {
            Concern c = (Concern) s.record();
            for (Subject subject : PersonIndex.linkingOrder(c.subjects())) {
                order.add(subject.mentionKey(c.id()));
            }
        }
        return order;
    }

    private static List<Submission> town(int concerns, Random random) throws Exception {
        RecordParser parser = new RecordParser();
        List<Submission> town = new ArrayList<>();
        for (int i = 0; i < concerns; i++) {
            String line = Lines.concern(String.format("C-%03d", i), String.format("2003-%02d-14T16:20:00Z", 1 + i % 12))
                    .replace("Kayla Marsh", CHILDREN[random.nextInt(CHILDREN.length)])
                    .replace("\"name\":\"Ash\"", "\"name\":\"" + SUSPECTS[random.nextInt(SUSPECTS.length)] + "\"")
                    .replace("07700 900461", PHONES[random.nextInt(PHONES.length)]);
            town.add(parser.parse(Lines.bytes(line)));
        }
        return town;
    }
}
