package org.vigil.linkage.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.linkage.InventedMentions;
import org.vigil.linkage.clustering.ClusterGuard;
import org.vigil.linkage.model.LinkageModel;
import org.vigil.linkage.model.MatchWeight;
import org.vigil.linkage.scoring.Scorer;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.PersonRecord;
import org.vigil.linkage.table.RecordTable;

/**
 * Linking mentions one at a time, as ingest does. Every person here is invented. A background of 400
 * unrelated invented mentions gives the term frequencies a realistic spread.
 */
class LinkageIndexTest {
    private static final LocalDate JULY_2003 = LocalDate.of(2003, 7, 14);
    private LinkageIndex index;

    @BeforeEach
    void background() {
        index = new LinkageIndex(LinkageIndex.defaultMentionModel(1e-4), LinkageIndex.Options.forMentions());
        addBackground(index);
    }

    /** 400 unrelated invented mentions. */
    private static void addBackground(LinkageIndex index) {
        String[] given = {"olivia", "amelia", "isla", "ava", "mia", "noah", "oliver", "george", "leo", "harry", "jack", "ruby",
                "grace", "freya", "lily", "oscar", "charlie", "alfie", "theo", "arthur"};
        String[] surname = {"jones", "taylor", "brown", "williams", "wilson", "johnson", "davies", "robinson", "wright",
                "thompson", "evans", "walker", "white", "roberts", "green", "hall", "wood", "jackson", "clarke", "patel"};
        Random r = new Random(5);
        for (int i = 0; i < 400; i++) {
            index.add(PersonRecord.builder("bg-" + i)
                    .name(given[r.nextInt(given.length)] + " " + surname[r.nextInt(surname.length)])
                    .born(String.format("%d-%02d-%02d", 1950 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28)))
                    .phone(String.format("07700 9%05d", r.nextInt(100_000)))
                    .place("place " + r.nextInt(150))
                    .postcode(String.format("S%d %d%s", 1 + r.nextInt(80), r.nextInt(10), "AB"))
                    .build());
        }
    }

    private static PersonRecord.Builder mention(String id) {
        return PersonRecord.builder(id);
    }

    @Test
    void aNicknameOnlyMentionLinksThroughASharedPhone() {
        index.add(mention("r1/s1").name("Ashraf Khan").born("1976-03-11").sex("M").phone("07700 900461").build());
        LinkageIndex.Added ash = index.add(mention("r2/s2").name("Ash").age(27, JULY_2003).sex("M").phone("+44 7700 900461").build());
        assertThat(ash.matches()).extracting(LinkageIndex.Candidate::id).containsExactly("r1/s1");
        assertThat(ash.scored()).as("only blocked candidates are scored, not the 401 records").isLessThanOrEqualTo(5);
        LinkageIndex.Candidate c = ash.matches().get(0);
        assertThat(c.probability()).isGreaterThan(0.9);
        assertThat(c.explanation().toText()).contains("phone", "shared", "nickname", "age_consistent");
        assertThat(ash.clusterId()).isEqualTo("r1/s1");
    }

    @Test
    void aLargerIndexAsksMoreEvidenceOfALink() {
        // The same mentions, with the prior falling from the first record: in an index of 402 records, λ is 402 times
        // smaller, 8.65 bits. A nickname with a shared phone no longer links; a full name, a date of birth and a phone do.
        LinkageIndex large = new LinkageIndex(LinkageIndex.defaultMentionModel(1e-4),
                LinkageIndex.Options.forMentions().withPriorFallingFrom(1));
        addBackground(large);
        List<PersonRecord> mentions = List.of(
                mention("r1/s1").name("Ashraf Khan").born("1976-03-11").sex("M").phone("07700 900461").build(),
                mention("r2/s2").name("Ash").age(27, JULY_2003).sex("M").phone("+44 7700 900461").build(),
                mention("r3/s1").name("Ashraf Khan").born("1976-03-11").phone("07700 900461").build());
        List<LinkageIndex.Added> fixed = new ArrayList<>();
        List<LinkageIndex.Added> falling = new ArrayList<>();
        for (PersonRecord m : mentions) {
            fixed.add(index.add(m));
            falling.add(large.add(m));
        }
        double shift = Math.log(402) / Math.log(2);
        assertThat(fixed.get(1).matches()).extracting(LinkageIndex.Candidate::id).containsExactly("r1/s1");
        assertThat(falling.get(1).matches()).isEmpty();
        assertThat(falling.get(1).clusterId()).isEqualTo("r2/s2");
        assertThat(falling.get(2).matches()).extracting(LinkageIndex.Candidate::id).contains("r1/s1");
        assertThat(falling.get(2).matches().get(0).weight().bits())
                .isCloseTo(fixed.get(2).matches().get(0).weight().bits() - Math.log(403) / Math.log(2), within(1e-9));
        // Explained with the prior the later mention was linked under, so the waterfall adds up to the decision.
        assertThat(index.priorShift("r1/s1", "r2/s2")).isZero();
        assertThat(large.priorShift("r1/s1", "r2/s2")).isCloseTo(-shift, within(1e-9));
        assertThat(large.explain("r1/s1", "r2/s2").total().bits())
                .isCloseTo(index.explain("r1/s1", "r2/s2").total().bits() - shift, within(1e-9));
        assertThat(large.explain("r1/s1", "r2/s2").probability()).isLessThan(0.9);
    }

    @Test
    void aRecordKnownToBeTheSameSubjectJoinsItUnlessTheyContradict() {
        // The guard still decides: here, as for Vigil's mentions, a cross pair supports a join from probability 0.01.
        ClusterGuard guard = new ClusterGuard(0.9, 0.67, 0, 400, Set.of("birth:else", "sex:else", "surname:else"))
                .withSupportProbability(0.01);
        index = new LinkageIndex(LinkageIndex.defaultMentionModel(1e-4), LinkageIndex.Options.forMentions().withGuard(guard));
        index.add(mention("r1/s1").name("Karen Quinn").build());
        // A full name alone is far below the threshold at this prior; the caller's word that it is the same subject
        // (a corrected version of one report) joins them, though no blocking key is asked to find it.
        LinkageIndex.Added corrected = index.add(mention("r1a/s1").name("Karn Quinn").sex("F").build(), "r1/s1");
        assertThat(corrected.clusterId()).isEqualTo("r1/s1");
        assertThat(index.add(mention("r2/s1").name("Karn Quinn").sex("F").build()).clusterId()).isEqualTo("r2/s1");

        index.add(mention("r3/s1").name("Dean Walsh").sex("M").born("1971-03-02").build());
        LinkageIndex.Added someoneElse = index.add(mention("r3a/s1").name("Sharon Booth").sex("F").born("1980-11-20").build(),
                "r3/s1");
        assertThat(someoneElse.clusterId()).isEqualTo("r3a/s1");
        assertThat(index.add(mention("r4/s1").name("Ava Jones").build(), "no such record").clusterId()).isEqualTo("r4/s1");
    }

    @Test
    void aPartialRegistrationLinksThroughAWildcardMatch() {
        index.add(mention("r1/s1").name("Ashraf Khan").born("1976-03-11").vrm("R762 KLT").build());
        LinkageIndex.Added ash = index.add(mention("r3/s2").name("Ash").age(27, JULY_2003).vrm("R7?2 KLT").build());
        assertThat(ash.matches()).extracting(LinkageIndex.Candidate::id).containsExactly("r1/s1");
        assertThat(ash.matches().get(0).explanation().toText()).contains("vrm", "wildcard");
    }

    @Test
    void aNicknameOnlyMentionLinksThroughASharedPlace() {
        index.add(mention("r1/s1").name("Ashraf Khan").born("1976-03-11").sex("M").place("Star Pizza, S60 2LR").build());
        LinkageIndex.Added ash = index.add(mention("r4/s2").name("Ash").sex("M").age(28, LocalDate.of(2004, 2, 1))
                .place("star pizza s60 2lr").build());
        assertThat(ash.matches()).extracting(LinkageIndex.Candidate::id).containsExactly("r1/s1");
        assertThat(ash.clusterId()).isEqualTo("r1/s1");
    }

    @Test
    void aFirstNameAloneLinksNothing() {
        index.add(mention("r1/s1").name("Ashraf Khan").born("1976-03-11").phone("07700 900461").build());
        LinkageIndex.Added ash = index.add(mention("r5/s1").name("Ash").build());
        assertThat(ash.matches()).isEmpty();
        assertThat(ash.clusterId()).isEqualTo("r5/s1");
    }

    @Test
    void twoDanielSmithsWithDifferentDatesOfBirthStayApartEvenWhenBridged() {
        index.add(mention("d1").name("Daniel Smith").born("1990-03-04").phone("07700 900111").postcode("S61 1AP").build());
        LinkageIndex.Added d2 = index.add(mention("d2").name("Daniel Smith").born("1985-11-20").phone("07700 900222")
                .postcode("S65 2BB").build());
        assertThat(d2.matches()).isEmpty();
        // A mention without a date that shares a phone with one and a postcode with the other.
        LinkageIndex.Added d3 = index.add(mention("d3").name("Daniel Smith").phone("07700 900111").postcode("S65 2BB").build());
        assertThat(index.clusterOf("d1")).isNotEqualTo(index.clusterOf("d2"));
        List<String> withD3 = index.clusterMembers("d3");
        assertThat(withD3.contains("d1") && withD3.contains("d2")).as("d3 may join one Daniel Smith, never both: " + withD3).isFalse();
        assertThat(d3.mergedClusterIds()).isEmpty();
    }

    @Test
    void siblingsAtOneAddressWithOnePhoneAreNotMerged() {
        index.add(mention("k1").name("Kayleigh Marsh").born("1989-02-10").sex("F").address("14 Ferham Rd, S61 1AP")
                .phone("01709 000111").build());
        LinkageIndex.Added brother = index.add(mention("j1").name("Jordan Marsh").born("1992-06-01").sex("M")
                .address("14 Ferham Rd, S61 1AP").phone("01709 000111").build());
        assertThat(brother.matches()).isEmpty();
        assertThat(index.clusterOf("j1")).isEqualTo("j1");
        LinkageIndex.Added sister = index.add(mention("c1").name("Chloe Marsh").born("1994-09-09").sex("F")
                .address("14 Ferham Rd, S61 1AP").phone("01709 000111").build());
        assertThat(sister.matches()).isEmpty();
        assertThat(List.of(index.clusterOf("k1"), index.clusterOf("j1"), index.clusterOf("c1"))).doesNotHaveDuplicates();
    }

    @Test
    void aFosterCarerIsNotMergedWithTheChildrenInTheirCare() {
        index.add(mention("carer").name("Tracey Hill").age(45, JULY_2003).sex("F").address("9 Moorgate Rd, S60 2AA")
                .phone("01709 000999").build());
        LinkageIndex.Added child = index.add(mention("child").name("Tracey Hill").age(14, JULY_2003).sex("F")
                .address("9 Moorgate Rd, S60 2AA").phone("01709 000999").build());
        assertThat(child.matches()).isEmpty();
        assertThat(child.contradicted()).extracting(LinkageIndex.Candidate::id).containsExactly("carer");
        assertThat(index.clusterOf("child")).isEqualTo("child");
    }

    @Test
    void theSamePersonAcrossThreeReportsEndsInOneCluster() {
        index.add(mention("a").name("ASHRAF KHAN").born("1976-03-11").phone("07700 900461").build());
        index.add(mention("b").name("Ash").age(27, JULY_2003).phone("07700 900461").vrm("R762 KLT").build());
        LinkageIndex.Added c = index.add(mention("c").name("Ashraf K.").vrm("R7?2 KLT").age(28, LocalDate.of(2004, 5, 1)).build());
        assertThat(c.matches()).isNotEmpty();
        assertThat(index.clusterMembers("c")).containsExactly("a", "b", "c");
        assertThat(index.explain("a", "c").toText()).contains("surname", "initial");
    }

    @Test
    void rejectsARepeatedId() {
        index.add(mention("x").name("Ava Jones").build());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.add(mention("x").name("Ava Jones").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x");
    }

    @Test
    void aBlockLargerThanTheCapStillFindsItsMostRecentRecordsAndScoresNoMoreThanTheCap() {
        LinkageIndex capped = new LinkageIndex(LinkageIndex.defaultMentionModel(1e-3),
                LinkageIndex.Options.forMentions().withMaxBlockSize(20));
        for (int i = 0; i < 200; i++) {
            capped.add(mention("visit-" + i).name("Customer " + i).place("Star Pizza, S60 2LR").build());
        }
        capped.add(mention("r1/s1").name("Ashraf Khan").born("1976-03-11").sex("M").vrm("R762 KLT")
                .place("Star Pizza, S60 2LR").build());
        // Only the place brings the two together: two hidden characters give the partial mark no blocking key.
        LinkageIndex.Added ash = capped.add(mention("r2/s2").name("Ash").sex("M").age(28, LocalDate.of(2004, 2, 1))
                .vrm("R7?2 ?LT").place("star pizza s60 2lr").build());
        assertThat(ash.skippedBlocks()).as("the place's block is over the cap").isEqualTo(1);
        assertThat(ash.scored()).isLessThanOrEqualTo(20);
        assertThat(ash.matches()).extracting(LinkageIndex.Candidate::id).containsExactly("r1/s1");
        assertThat(ash.matches().get(0).explanation().toText()).contains("wildcard");
    }

    @Test
    void withIdentifyingFieldsAnAddressAloneNeverLinks() {
        LinkageIndex strict = new LinkageIndex(LinkageIndex.defaultMentionModel(1e-3), LinkageIndex.Options.forMentions()
                .withIdentifying(java.util.EnumSet.of(org.vigil.linkage.table.Field.GIVEN_NAME,
                        org.vigil.linkage.table.Field.SURNAME, org.vigil.linkage.table.Field.PHONE)));
        LinkageIndex loose = new LinkageIndex(LinkageIndex.defaultMentionModel(1e-3), LinkageIndex.Options.forMentions());
        for (LinkageIndex i : List.of(strict, loose)) {
            i.add(mention("father").name("Mr Horvath").sex("M").address("113 Eastwood Road, VA4 6VW").place("Eastwood School").build());
            i.add(mention("son").givenName("Luke").sex("M").address("113 Eastwood Road, VA4 6VW").place("Eastwood School").build());
        }
        assertThat(loose.clusterOf("son")).as("the address, postcode and place outweigh the prior").isEqualTo("father");
        assertThat(strict.clusterOf("son")).isEqualTo("son");
    }

    @Test
    void aRecordIsNeverJoinedToAPersonNamedAlongsideIt() {
        index.add(mention("c1/s1").name("Gary Pike").phone("07700 900461").build());
        LinkageIndex.Added gaz = index.add(mention("c1/s2").name("Gaz").phone("07700 900461").companion("c1/s1").build());
        assertThat(gaz.matches()).extracting(LinkageIndex.Candidate::id).containsExactly("c1/s1");
        assertThat(gaz.clusterId()).isEqualTo("c1/s2");
        LinkageIndex.Added later = index.add(mention("c2/s1").name("Gaz").phone("07700 900461").build());
        assertThat(later.clusterId()).isIn("c1/s1", "c1/s2");
        assertThat(index.clusterOf("c1/s1")).isNotEqualTo(index.clusterOf("c1/s2"));
    }

    @Test
    void aRecordKeptApartFromAnotherNeverJoinsItsClusterEvenThroughABridge() {
        index.add(mention("c1/s1").name("Daniel Smith").sex("M").phone("07700 900555").build());
        LinkageIndex.Added apart = index.add(mention("c2/s1").name("Daniel Smith").sex("M").phone("07700 900555").build(),
                null, List.of("c1/s1"));
        assertThat(apart.matches()).as("the evidence still says they are one").extracting(LinkageIndex.Candidate::id)
                .containsExactly("c1/s1");
        assertThat(apart.clusterId()).isEqualTo("c2/s1");
        // A third mention like both joins one of them, and never brings the two together.
        LinkageIndex.Added third = index.add(mention("c3/s1").name("Daniel Smith").sex("M").phone("07700 900555").build());
        assertThat(third.matches()).hasSize(2);
        assertThat(third.clusterId()).isIn("c1/s1", "c2/s1");
        assertThat(index.clusterOf("c1/s1")).isNotEqualTo(index.clusterOf("c2/s1"));
        // Unknown ids are no constraint.
        LinkageIndex.Added unknown = index.add(mention("c4/s1").name("Daniel Smith").sex("M").phone("07700 900555").build(),
                null, List.of("no-such-mention"));
        assertThat(unknown.clusterId()).isIn("c1/s1", "c2/s1");
    }

    @Test
    void twoRecordsNamedAlongsideTheSamePersonShareACompanion() {
        index.add(mention("child").name("Chloe Marsh").born("1989-02-11").sex("F").build());
        index.add(mention("c1/s2").name("Ash").sex("M").age(27, JULY_2003).companion("child").build());
        LinkageIndex.Added second = index.add(mention("c2/s2").name("Ash").sex("M").age(28, JULY_2003.plusYears(1))
                .companion("child").build());
        assertThat(second.matches()).extracting(LinkageIndex.Candidate::id).containsExactly("c1/s2");
        assertThat(second.matches().get(0).explanation().toText()).contains("companion", "shared", "child");
    }

    /**
     * Candidates that cannot reach the threshold are settled early, from bounds; this checks that no match is lost or
     * changed by that: every add reports exactly the blocked earlier records whose full score is a link.
     */
    @Test
    void matchesAreExactlyTheLinksAFullScoringOfEveryBlockedCandidateFinds() {
        LinkageModel model = LinkageIndex.defaultMentionModel(1e-3).withTermFrequencyPrior(20_000);
        Set<Field> identifying = EnumSet.of(Field.GIVEN_NAME, Field.SURNAME, Field.BIRTH, Field.PHONE, Field.VRM,
                Field.EMAIL, Field.IDENTIFIER);
        LinkageIndex.Options options = LinkageIndex.Options.forMentions().withIdentifying(identifying).withExplainMatches(false);
        LinkageIndex fast = new LinkageIndex(model, options);
        RecordTable table = new RecordTable();
        Scorer full = new Scorer(model, table);
        double linkBits = MatchWeight.fromProbability(options.guard().threshold()).bits();
        List<Set<Long>> keys = new ArrayList<>();
        Random r = new Random(17);
        long links = 0;
        for (int me = 0; me < 600; me++) {
            PersonRecord record = InventedMentions.mention(r, me);
            LinkageIndex.Added added = fast.add(record);
            table.add(record, 0);
            Set<Long> mine = new HashSet<>();
            for (int q = 0; q < options.blockingRules().size(); q++) {
                for (long k : options.blockingRules().get(q).keys(table, me)) {
                    mine.add(31L * k + q);
                }
            }
            keys.add(mine);
            Map<String, Double> expected = new TreeMap<>();
            for (int c = 0; c < me; c++) {
                if (Collections.disjoint(keys.get(c), mine)) {
                    continue;
                }
                double w = full.weight(c, me);
                if (w >= linkBits && identifies(full, identifying, c, me)) {
                    expected.put(table.id(c), w);
                }
            }
            Map<String, Double> actual = new TreeMap<>();
            for (LinkageIndex.Candidate c : added.matches()) {
                actual.put(c.id(), c.weight().bits());
            }
            for (LinkageIndex.Candidate c : added.contradicted()) {
                actual.put(c.id(), c.weight().bits());
            }
            assertThat(actual).as("links of %s", record.id()).isEqualTo(expected);
            links += expected.size();
        }
        assertThat(links).as("links among the invented mentions").isGreaterThan(200);
    }

    private static boolean identifies(Scorer s, Set<Field> fields, int a, int b) {
        for (Field f : fields) {
            int k = s.model().indexOf(f);
            if (k >= 0) {
                int l = s.level(k, a, b);
                if (l != 0 && s.model().weight(k, l) > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
