package org.vigil.linkage.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigil.linkage.clustering.ClusterGuard;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.PersonRecord;

/**
 * The index's mention-only behaviours, each against the same index without it: names learned from aliases,
 * companions compared as the persons they are now, and joins on a cluster's evidence together. Every person here
 * is invented; 400 unrelated invented mentions give the term frequencies a realistic spread.
 */
class MentionContextTest {
    private static final LocalDate JULY_2003 = LocalDate.of(2003, 7, 14);

    private static LinkageIndex index(LinkageIndex.Options options) {
        LinkageIndex index = new LinkageIndex(LinkageIndex.defaultMentionModel(1e-4), options);
        String[] given = {"olivia", "amelia", "isla", "ava", "mia", "noah", "oliver", "george", "leo", "harry"};
        String[] surname = {"jones", "taylor", "brown", "williams", "wilson", "johnson", "davies", "robinson"};
        Random r = new Random(5);
        for (int i = 0; i < 400; i++) {
            index.add(PersonRecord.builder("bg-" + i)
                    .name(given[r.nextInt(given.length)] + " " + surname[r.nextInt(surname.length)])
                    .born(String.format("%d-%02d-%02d", 1950 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28)))
                    .phone(String.format("07700 9%05d", r.nextInt(100_000)))
                    .build());
        }
        return index;
    }

    /** Options for mentions with Vigil's mention guard: a cross pair supports a join from probability 0.01. */
    private static LinkageIndex.Options mentions() {
        return LinkageIndex.Options.forMentions().withGuard(new ClusterGuard(0.9, 0.5, 0, 400,
                ClusterGuard.DEFAULT_CONTRADICTIONS).withSupportProbability(0.01));
    }

    @Test
    void aNameAndItsAliasWrittenTogetherAreNicknamesOfEachOtherInLaterPairs() {
        for (boolean learn : new boolean[] {false, true}) {
            LinkageIndex index = index(mentions().withLearnedNames(learn));
            index.add(PersonRecord.builder("r1/s1").name("Dean").alias("Doc").sex("M").build());
            index.add(PersonRecord.builder("r2/s1").name("Doc").vrm("YC56 GBU").build());
            index.add(PersonRecord.builder("r3/s1").name("Dean").vrm("YC5? ?BU").build());
            assertThat(index.explain("r2/s1", "r3/s1").toText()).as("learning: " + learn)
                    .containsPattern(learn ? "given_name +nickname" : "given_name +else");
        }
    }

    @Test
    void twoMentionsNamedAlongsideOneChildShareACompanionOnceTheChildsMentionsAreOnePerson() {
        for (boolean resolve : new boolean[] {false, true}) {
            LinkageIndex index = index(mentions().withResolvedCompanions(resolve));
            index.add(PersonRecord.builder("c1/s1").name("Kayleigh Moss").born("1990-04-02").sex("F").build());
            index.add(PersonRecord.builder("c1/s2").name("Ash").sex("M").age(27, JULY_2003).companion("c1/s1").build());
            LinkageIndex.Added child = index.add(PersonRecord.builder("c2/s1").name("Kayleigh Moss").born("1990-04-02")
                    .sex("F").build());
            assertThat(child.clusterId()).isEqualTo("c1/s1");
            // The second report names the child's second mention: the same child, another id.
            LinkageIndex.Added ash = index.add(PersonRecord.builder("c3/s2").name("Ash").sex("M")
                    .age(28, LocalDate.of(2004, 2, 1)).companion("c2/s1").build());
            assertThat(index.explain("c1/s2", "c3/s2").toText()).as("resolved: " + resolve)
                    .containsPattern(resolve ? "companion +shared" : "companion +else");
            assertThat(ash.clusterId()).as("resolved: " + resolve).isEqualTo(resolve ? "c1/s2" : "c3/s2");
        }
    }

    @Test
    void aCompanionNamedBeforeItsRecordIsAddedIsThePersonThatRecordJoins() {
        LinkageIndex index = index(mentions().withResolvedCompanions(true));
        // The report names the man first: the child's mention is not in the index yet when his is added.
        index.add(PersonRecord.builder("c1/s2").name("Ash").sex("M").age(27, JULY_2003).companion("c1/s1").build());
        index.add(PersonRecord.builder("c1/s1").name("Kayleigh Moss").born("1990-04-02").sex("F").companion("c1/s2")
                .build());
        LinkageIndex.Added child = index.add(PersonRecord.builder("c2/s1").name("Kayleigh Moss").born("1990-04-02")
                .sex("F").build());
        assertThat(child.clusterId()).isEqualTo("c1/s1");
        LinkageIndex.Added ash = index.add(PersonRecord.builder("c3/s2").name("Ash").sex("M")
                .age(28, LocalDate.of(2004, 2, 1)).companion("c2/s1").build());
        assertThat(index.explain("c1/s2", "c3/s2").toText()).containsPattern("companion +shared");
        assertThat(ash.clusterId()).isEqualTo("c1/s2");
    }

    @Test
    void aMentionJoinsAPersonOnItsMentionsEvidenceTogetherWhenNoOneMentionIsEnough() {
        for (boolean together : new boolean[] {false, true}) {
            LinkageIndex index = index(mentions().withClusterEvidence(together));
            index.add(PersonRecord.builder("r1/s1").name("Dean").alias("Doc").sex("M").age(31, JULY_2003)
                    .phone("07700 900347").build());
            LinkageIndex.Added dean = index.add(PersonRecord.builder("r2/s1").name("Dean").sex("M")
                    .phone("07700 900347").vrm("YC5? ?BU").build());
            assertThat(dean.clusterId()).isEqualTo("r1/s1");
            // "Doc" agrees with the first by name and age, with the second by a partial registration: neither pair
            // reaches the threshold.
            LinkageIndex.Added doc = index.add(PersonRecord.builder("r3/s1").name("Doc").sex("M").age(31, JULY_2003)
                    .vrm("YC56 GBU").build());
            assertThat(index.explain("r1/s1", "r3/s1").probability()).isLessThan(0.9);
            assertThat(index.explain("r2/s1", "r3/s1").probability()).isLessThan(0.9);
            assertThat(doc.clusterId()).as("together: " + together).isEqualTo(together ? "r1/s1" : "r3/s1");
        }
    }

    @Test
    void aClustersEvidenceDoesNotJoinAMentionMostOfItsMembersDoNotSupport() {
        LinkageIndex index = index(mentions().withClusterEvidence(true));
        index.add(PersonRecord.builder("r1/s1").name("Dean").alias("Doc").sex("M").age(31, JULY_2003)
                .phone("07700 900347").build());
        index.add(PersonRecord.builder("r2/s1").name("Dean").sex("M").phone("07700 900347").vrm("YC5? ?BU").build());
        index.add(PersonRecord.builder("r4/s1").name("Dean").sex("M").phone("07700 900347").build());
        index.add(PersonRecord.builder("r5/s1").name("Dean").sex("M").phone("07700 900347").build());
        // Of four mentions only the first supports "Doc": a quarter, under the guard's half.
        LinkageIndex.Added doc = index.add(PersonRecord.builder("r3/s1").name("Doc").sex("M").age(31, JULY_2003)
                .vrm("YC56 GBU").build());
        assertThat(doc.clusterId()).isEqualTo("r3/s1");
    }

    @Test
    void twoGivenNamesUnderOneSurnameAtOneAddressAreRelativesUnlessSomethingPersonalIsShared() {
        for (boolean personal : new boolean[] {false, true}) {
            LinkageIndex index = index(mentions().withIdentifying(EnumSet.of(Field.GIVEN_NAME, Field.SURNAME,
                    Field.BIRTH, Field.PHONE, Field.VRM)).withPersonal(personal
                    ? EnumSet.of(Field.PHONE, Field.VRM) : EnumSet.noneOf(Field.class)));
            index.add(PersonRecord.builder("r1/s1").name("Jennifer Sutcliffe").sex("F")
                    .address("38 Willow Crescent, VA8 8IR").build());
            // Her daughter, of the same address: the address outweighs the different given name.
            LinkageIndex.Added daughter = index.add(PersonRecord.builder("r2/s1").name("Joanne Sutcliffe").sex("F")
                    .address("38 Willow Cres, VA8 8IR").build());
            assertThat(index.explain("r1/s1", "r2/s1").probability()).isGreaterThan(0.9);
            assertThat(daughter.clusterId()).as("personal: " + personal).isEqualTo(personal ? "r2/s1" : "r1/s1");
        }
        // A phone in common is personal: the same woman written once by her middle name.
        LinkageIndex index = index(mentions().withPersonal(EnumSet.of(Field.PHONE, Field.VRM)));
        index.add(PersonRecord.builder("r1/s1").name("Jennifer Sutcliffe").sex("F").phone("07700 900123")
                .address("38 Willow Crescent, VA8 8IR").build());
        LinkageIndex.Added same = index.add(PersonRecord.builder("r2/s1").name("Louise Sutcliffe").sex("F")
                .phone("07700 900123").address("38 Willow Cres, VA8 8IR").build());
        assertThat(same.clusterId()).isEqualTo("r1/s1");
    }
}
