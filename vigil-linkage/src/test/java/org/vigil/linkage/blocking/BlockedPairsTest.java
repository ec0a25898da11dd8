package org.vigil.linkage.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.vigil.linkage.table.PersonRecord;
import org.vigil.linkage.table.RecordTable;

/** The union of blocking rules, checked against a naive enumeration of all pairs. */
class BlockedPairsTest {

    private static final List<BlockingRule> RULES = List.of(
            BlockingRule.parse("dob"),
            BlockingRule.parse("surname_metaphone&given_initial"),
            BlockingRule.parse("phone"),
            BlockingRule.parse("vrm"),
            BlockingRule.parse("postcode_outward&birth_year"),
            BlockingRule.parse("name_metaphones"),
            BlockingRule.parse("any_name_metaphone&birth_year"));

    /** Pairs (a, b), a < b, sharing a key of some rule, found by trying every pair. */
    private static Set<Long> naive(RecordTable t, List<BlockingRule> rules, boolean link) {
        Set<Long> out = new HashSet<>();
        for (int a = 0; a < t.size(); a++) {
            for (int b = a + 1; b < t.size(); b++) {
                if (link && t.source(a) == t.source(b)) {
                    continue;
                }
                for (BlockingRule r : rules) {
                    Set<Long> ka = new HashSet<>();
                    for (long k : r.keys(t, a)) {
                        ka.add(k);
                    }
                    boolean shared = false;
                    for (long k : r.keys(t, b)) {
                        shared |= ka.contains(k);
                    }
                    if (shared) {
                        out.add(((long) a << 32) | b);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Pairs (a, b), a < b, sharing a key of some rule whose block holds at most {@code maxBlockSize} records (0: any
     * size). A block is every record with a key of the rule in the same high bits, those above the bits a record
     * number needs, as {@link RuleKeys} cuts them.
     */
    private static Set<Long> naiveWithin(RecordTable t, List<BlockingRule> rules, boolean link, int maxBlockSize) {
        int recordBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, t.size() - 1)));
        long highMask = -1L << recordBits;
        Set<Long> out = new HashSet<>();
        for (BlockingRule r : rules) {
            Map<Long, Set<Integer>> blocks = new HashMap<>();
            Map<Long, Set<Integer>> byKey = new HashMap<>();
            for (int i = 0; i < t.size(); i++) {
                for (long k : r.keys(t, i)) {
                    blocks.computeIfAbsent(k & highMask, h -> new HashSet<>()).add(i);
                    byKey.computeIfAbsent(k, h -> new TreeSet<>()).add(i);
                }
            }
            byKey.forEach((k, records) -> {
                if (maxBlockSize > 0 && blocks.get(k & highMask).size() > maxBlockSize) {
                    return;
                }
                for (int a : records) {
                    for (int b : records) {
                        if (a < b && !(link && t.source(a) == t.source(b))) {
                            out.add(((long) a << 32) | b);
                        }
                    }
                }
            });
        }
        return out;
    }

    private static List<Long> enumerate(BlockedPairs p, int threads) {
        List<Long> all = new ArrayList<>();
        List<ArrayList<Long>> sinks = java.util.Collections.synchronizedList(new ArrayList<>());
        p.forEachParallel(threads, () -> {
            ArrayList<Long> l = new ArrayList<>();
            sinks.add(l);
            return (BlockedPairs.PairSink) (a, b) -> l.add(((long) a << 32) | b);
        });
        sinks.forEach(all::addAll);
        return all;
    }

    @Property(tries = 60)
    void everyCandidatePairOnceAndNoOther(@ForAll("tables") List<PersonRecord> people, @ForAll boolean link) {
        RecordTable t = new RecordTable();
        for (int i = 0; i < people.size(); i++) {
            t.add(people.get(i), link && i >= people.size() / 2 ? 1 : 0);
        }
        BlockedPairs p = BlockedPairs.of(t, RULES, link, 0);
        List<Long> found = enumerate(p, 2);
        assertThat(new HashSet<>(found)).hasSameSizeAs(found).isEqualTo(naive(t, RULES, link));
        assertThat(p.count(1)).isEqualTo(found.size());
        for (long pair : found) {
            assertThat(p.isCandidate((int) (pair >>> 32), (int) pair)).isTrue();
        }
    }

    @Property(tries = 100)
    void withAMaximumBlockSizeTheCandidatesArePairsInEachRulesBlocksWithinIt(@ForAll("tables") List<PersonRecord> people,
            @ForAll boolean link, @ForAll @IntRange(min = 1, max = 8) int maxBlockSize) {
        RecordTable t = new RecordTable();
        for (int i = 0; i < people.size(); i++) {
            t.add(people.get(i), link && i >= people.size() / 2 ? 1 : 0);
        }
        BlockedPairs p = BlockedPairs.of(t, RULES, link, maxBlockSize);
        List<Long> found = enumerate(p, 2);
        assertThat(new HashSet<>(found)).hasSameSizeAs(found).isEqualTo(naiveWithin(t, RULES, link, maxBlockSize));
        assertThat(p.count(1)).isEqualTo(found.size());
    }

    @Test
    void aPairInABlockOverTheSizeLimitIsProducedByALaterRuleThatBlocksItWithinTheLimit() {
        RecordTable t = new RecordTable();
        t.add(PersonRecord.builder("a").born("1990-01-01").surname("smith").build(), 0);
        t.add(PersonRecord.builder("b").born("1990-01-01").surname("smith").build(), 0);
        t.add(PersonRecord.builder("c").born("1990-01-01").surname("jones").build(), 0);
        t.add(PersonRecord.builder("d").born("1990-01-01").surname("marsh").build(), 0);
        // Four records share a date of birth, a block over the limit of 3; only a and b share a surname.
        BlockedPairs p = BlockedPairs.of(t, List.of(BlockingRule.parse("dob"), BlockingRule.parse("surname")), false, 3);
        assertThat(p.skippedBlocks()).isEqualTo(1);
        assertThat(enumerate(p, 1)).containsExactly(0L << 32 | 1);
        assertThat(p.count(1)).isEqualTo(1);
        assertThat(p.firstRule(0, 1)).isEqualTo(1);
        assertThat(p.isCandidate(2, 3)).isFalse(); // held only in the skipped block: never scored
        BlockingRecall recall = BlockingRecall.measure(p, new String[] {"x", "x", "y", "y"}, 1);
        assertThat(recall.reached()).isEqualTo(1);
        assertThat(recall.truePairs()).isEqualTo(2);
    }

    @Test
    void aLargeBlockIsSplitAcrossThreadsWithoutLosingOrRepeatingPairs() {
        RecordTable t = new RecordTable();
        for (int i = 0; i < 700; i++) {
            t.add(PersonRecord.builder("r" + i).born("1990-01-01").surname(i % 3 == 0 ? "smith" : "jones").givenName("a").build(), 0);
        }
        BlockedPairs p = BlockedPairs.of(t, List.of(BlockingRule.parse("dob"), BlockingRule.parse("surname")), false, 0);
        List<Long> found = enumerate(p, 2);
        assertThat(found).hasSize(700 * 699 / 2);
        assertThat(new HashSet<>(found)).hasSize(700 * 699 / 2);
        assertThat(p.blockPairsByRule()[0]).isEqualTo(700L * 699 / 2);
    }

    @Test
    void namesWrittenTheOtherWayRoundShareABlock() {
        RecordTable t = new RecordTable();
        t.add(PersonRecord.builder("a").givenName("Sophie").surname("Green").build(), 0);
        t.add(PersonRecord.builder("b").givenName("Green").surname("Sophie").build(), 0);
        t.add(PersonRecord.builder("c").givenName("Sofie").surname("Grene").build(), 0);
        t.add(PersonRecord.builder("d").givenName("Sophie").surname("Grant").build(), 0);
        t.add(PersonRecord.builder("e").givenName("Sophie").build(), 0);
        BlockedPairs p = BlockedPairs.of(t, List.of(BlockingRule.parse("name_metaphones")), false, 0);
        assertThat(p.rules().get(0).fields()).hasSize(2);
        assertThat(enumerate(p, 1)).containsExactlyInAnyOrder(0L << 32 | 1, 0L << 32 | 2, 1L << 32 | 2);
    }

    @Test
    void aSurnameWrittenAloneSharesABlockWithTheRecordWhoseSurnameItIs() {
        // "Stephens" alone is read as a given name; the rule reads given names and surnames alike.
        RecordTable t = new RecordTable();
        t.add(PersonRecord.builder("a").name("Henry Stephens").birthPlace("Angus").build(), 0);
        t.add(PersonRecord.builder("b").name("Stephens").birthPlace("Angus").build(), 0);
        t.add(PersonRecord.builder("c").name("Stevens").birthPlace("Angus").build(), 0);
        t.add(PersonRecord.builder("d").name("Henry Stephens").birthPlace("Fife").build(), 0);
        t.add(PersonRecord.builder("e").name("H").birthPlace("Angus").build(), 0);
        assertThat(t.names(org.vigil.linkage.table.Field.GIVEN_NAME).codes(1)).hasSize(1);
        assertThat(t.names(org.vigil.linkage.table.Field.SURNAME).codes(1)).isEmpty();
        BlockedPairs p = BlockedPairs.of(t, List.of(BlockingRule.parse("any_name_metaphone&birth_place")), false, 0);
        // Stephens and Stevens sound alike; an initial blocks with nobody; Fife is another place.
        assertThat(enumerate(p, 1)).containsExactlyInAnyOrder(0L << 32 | 1, 0L << 32 | 2, 1L << 32 | 2);
    }

    @Test
    void blocksOverTheSizeLimitAreSkippedAndCounted() {
        RecordTable t = new RecordTable();
        for (int i = 0; i < 50; i++) {
            t.add(PersonRecord.builder("r" + i).born(i < 40 ? "1990-01-01" : "1991-01-01").build(), 0);
        }
        BlockedPairs p = BlockedPairs.of(t, List.of(BlockingRule.parse("dob")), false, 20);
        assertThat(p.skippedBlocks()).isEqualTo(1);
        assertThat(p.count(2)).isEqualTo(10 * 9 / 2);
    }

    @Test
    void rulesOverThePairBudgetAreDropped() {
        RecordTable t = new RecordTable();
        for (int i = 0; i < 2100; i++) {
            t.add(PersonRecord.builder("r" + i).born("1990-01-01").surname("s" + (i / 2)).build(), 0);
        }
        // The budget is max(2,000,000, 10 x 2,100) pairs; one date of birth for all gives 2,100 x 2,099 / 2 = 2,203,950.
        BlockedPairs p = BlockedPairs.of(t, List.of(BlockingRule.parse("dob"), BlockingRule.parse("surname")), false, 0, 10);
        assertThat(p.rules()).extracting(BlockingRule::name).containsExactly("surname");
        assertThat(p.droppedRules()).singleElement().asString().startsWith("dob (2203950 pairs)");
        assertThat(p.count(1)).isEqualTo(1050);
    }

    @Test
    void recallCountsTruePairsThatAreCandidates() {
        RecordTable t = RecordTable.of(List.of(
                PersonRecord.builder("a1").born("1990-01-01").build(),
                PersonRecord.builder("a2").born("1990-01-01").build(),
                PersonRecord.builder("a3").born("1991-01-01").build(),
                PersonRecord.builder("b1").born("1980-05-05").build()));
        BlockingRecall r = BlockingRecall.measure(BlockedPairs.of(t, List.of(BlockingRule.parse("dob")), false, 0),
                new String[] {"a", "a", "a", "b"}, 1);
        assertThat(r.truePairs()).isEqualTo(3);
        assertThat(r.reached()).isEqualTo(1);
        assertThat(r.recall()).isEqualTo(1.0 / 3);
    }

    @Provide
    Arbitrary<List<PersonRecord>> tables() {
        Arbitrary<String> dob = Arbitraries.of("1990-01-01", "1990-01-02", "1985-07-07", "", "1990");
        Arbitrary<String> surname = Arbitraries.of("smith", "smyth", "jones", "marsh", "", "ann");
        Arbitrary<String> given = Arbitraries.of("ann", "andy", "bob", "", "b");
        Arbitrary<String> phone = Arbitraries.of("07700 900461", "07700 900462", "", "07700 900461;0114 496 0000");
        Arbitrary<String> vrm = Arbitraries.of("R762KLT", "R7?2KLT", "", "S1XYZ");
        Arbitrary<String> postcode = Arbitraries.of("S61 1AP", "S61 2BB", "S60 2LR", "");
        return Combinators.combine(dob, surname, given, phone, vrm, postcode).as((d, s, g, ph, v, pc) -> {
            PersonRecord.Builder b = PersonRecord.builder("x").born(d).surname(s).givenName(g).vrm(v).postcode(pc);
            for (String p : ph.split(";")) {
                b.phone(p);
            }
            return b.build();
        }).list().ofMinSize(0).ofMaxSize(40);
    }
}
