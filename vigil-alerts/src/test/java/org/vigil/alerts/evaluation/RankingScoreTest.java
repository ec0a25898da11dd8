package org.vigil.alerts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.alerts.priority.PriorityLine;

/** Where a work list puts the offenders, on rankings and a truth made by hand. */
class RankingScoreTest {
    private static final String TRUTH = String.join("\n",
            "{\"type\":\"mention\",\"mention\":\"C1/s1\",\"person\":\"OFF1\"}",
            "{\"type\":\"mention\",\"mention\":\"C2/s1\",\"person\":\"OFF1\"}",
            "{\"type\":\"mention\",\"mention\":\"C3/s1\",\"person\":\"OFF2\"}",
            "{\"type\":\"mention\",\"mention\":\"C4/s1\",\"person\":\"CARER\"}",
            "{\"type\":\"mention\",\"mention\":\"C5/s1\",\"person\":\"BURGLAR\"}",
            "{\"type\":\"mention\",\"mention\":\"C6/s1\",\"person\":\"NEVER\"}",
            "{\"type\":\"person\",\"person\":\"OFF1\",\"kind\":\"offender\",\"mentioned\":[\"2003-01-01T00:00:00Z\"]}",
            "{\"type\":\"person\",\"person\":\"OFF2\",\"kind\":\"offender\",\"mentioned\":[\"2003-01-01T00:00:00Z\"]}",
            "{\"type\":\"person\",\"person\":\"UNNAMED\",\"kind\":\"offender\",\"mentioned\":[]}",
            "{\"type\":\"person\",\"person\":\"CARER\",\"kind\":\"benign_adult\",\"mentioned\":[\"2003-01-01T00:00:00Z\"]}",
            "{\"type\":\"person\",\"person\":\"BURGLAR\",\"kind\":\"other_adult\",\"mentioned\":[\"2003-01-01T00:00:00Z\"]}");

    private static List<PriorityLine> ranking(List<List<String>> mentionsInOrder) {
        List<PriorityLine> lines = new ArrayList<>();
        for (List<String> mentions : mentionsInOrder) {
            lines.add(new PriorityLine(lines.size() + 1, "P" + lines.size(), 0, mentions, List.of("r")));
        }
        return lines;
    }

    private static Truth truth() throws IOException {
        return Truth.read(new ByteArrayInputStream(TRUTH.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void countsTheOffendersAmongTheFirstLinesAsManyAsTheTruthHasOffendersNamed() throws IOException {
        // Two offenders are named (a third never is), so the first two lines are the cut; a line is the true person
        // behind most of its mentions, so the carer's mention joined to the first offender's two is still his.
        RankingScore byHarm = RankingScore.of(ranking(List.of(List.of("C1/s1", "C2/s1", "C4/s1"), List.of("C4/s1"),
                List.of("C3/s1"), List.of("C5/s1"))), truth());
        RankingScore byVolume = RankingScore.of(ranking(List.of(List.of("C5/s1"), List.of("C3/s1"),
                List.of("C1/s1", "C2/s1"), List.of("C4/s1"))), truth());

        assertThat(byHarm.offenders()).isEqualTo(2);
        assertThat(byHarm.firstR()).isEqualTo(2);
        assertThat(byHarm.offendersInFirstR()).isEqualTo(1);
        assertThat(byHarm.benignInFirstR()).isEqualTo(1);
        assertThat(byHarm.firstTen()).isEqualTo(4);
        assertThat(byHarm.offendersInFirstTen()).isEqualTo(2);
        assertThat(byVolume.offendersInFirstR()).isEqualTo(1);
        assertThat(byVolume.benignInFirstR()).isZero();
        assertThat(byVolume.offendersInFirstTen()).isEqualTo(2);
    }

    @Test
    void aShortRankingIsCountedWhole() throws IOException {
        RankingScore one = RankingScore.of(ranking(List.of(List.of("C6/s1"))), truth());
        RankingScore none = RankingScore.of(List.of(), truth());

        assertThat(one.firstR()).isEqualTo(1);
        assertThat(one.offendersInFirstR()).isZero();
        assertThat(one.firstTen()).isEqualTo(1);
        assertThat(none.lines()).isZero();
        assertThat(none.firstR()).isZero();
        assertThat(none.offendersInFirstTen()).isZero();
    }
}
