package org.vigil.linkage.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vigil.linkage.LinkageSettings;
import org.vigil.linkage.Linker;
import org.vigil.linkage.evaluation.PairwiseQuality;
import org.vigil.linkage.scoring.Predictions;
import org.vigil.linkage.table.PersonRecord;
import org.vigil.linkage.table.RecordTable;

/**
 * Two registers of invented people with names, a town and a postcode only (no date of birth): training then
 * falls back to a postcode session, whose pairs share a town whether or not they are one person. EM must not take
 * that for a match.
 */
class AddressOnlyTrainingTest {
    private static final String[] GIVEN = {"olivia", "amelia", "isla", "ava", "mia", "ivy", "lily", "freya", "grace",
            "noah", "oliver", "george", "leo", "harry", "arthur", "jack", "oscar", "theo", "henry", "alfie"};
    private static final String[] FIRST_SYLLABLE = {"ash", "brook", "car", "dal", "fern", "hol", "kings", "lang", "mor",
            "pen", "ros", "stan"};
    private static final String[] LAST_SYLLABLE = {"ford", "ham", "ley", "ton", "well", "wood", "by", "more", "field",
            "worth"};

    @Test
    void aSessionBlockedOnPostcodeDoesNotTakeTheSharedTownForAMatch() {
        SplittableRandom r = new SplittableRandom(5);
        RecordTable table = new RecordTable();
        int people = 1500;
        String[][] person = new String[people][];
        for (int i = 0; i < people; i++) {
            int area = r.nextInt(40);
            person[i] = new String[] {GIVEN[r.nextInt(GIVEN.length)], FIRST_SYLLABLE[r.nextInt(FIRST_SYLLABLE.length)]
                    + LAST_SYLLABLE[r.nextInt(LAST_SYLLABLE.length)],
                    "town " + (char) ('a' + area % 26) + (area / 26), "s" + area + " " + r.nextInt(10) + "ab"};
        }
        String[] entity = new String[2 * people];
        int n = 0;
        for (int source = 0; source < 2; source++) {
            for (int i = 0; i < people; i++) {
                if (source == 1 && i % 3 != 0) {
                    continue; // a third of the people are on both registers
                }
                String[] p = person[i];
                String given = source == 1 && r.nextInt(5) == 0 ? p[0].substring(1) : p[0]; // a typo in some
                table.add(PersonRecord.builder(source + "-" + i).givenName(given).surname(p[1]).locality(p[2])
                        .postcode(p[3]).build(), source);
                entity[n++] = "p" + i;
            }
        }
        LinkageSettings settings = LinkageSettings.defaultsFor(table.presentFields(), table.size()).withThreads(1);
        Linker linker = Linker.link(table, settings);
        Linker.Training training = linker.train();
        ExpectationMaximisation.Session postcode = training.sessions().stream()
                .filter(s -> s.rule().equals("postcode")).findFirst().orElseThrow();
        assertThat(postcode.lambdaInBlocks()).as("share of same-postcode pairs judged to be one person").isLessThan(0.5);

        Predictions p = linker.predict(training.model());
        int[] m = p.matches();
        int[] a = new int[m.length];
        int[] b = new int[m.length];
        for (int i = 0; i < m.length; i++) {
            a[i] = p.pairs().left(m[i]);
            b[i] = p.pairs().right(m[i]);
        }
        PairwiseQuality q = PairwiseQuality.of(a, b, m.length, java.util.Arrays.copyOf(entity, n), table.leftSize());
        System.out.printf("names, town and postcode only: %s P %.3f R %.3f; postcode session %s%n", q, q.precision(),
                q.recall(), postcode);
        assertThat(q.precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(q.recall()).isGreaterThanOrEqualTo(0.9);
    }
}
