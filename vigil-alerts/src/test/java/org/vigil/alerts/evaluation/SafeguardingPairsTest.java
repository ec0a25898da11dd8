package org.vigil.alerts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SafeguardingPairsTest {
    /** Offender O (three mentions), a benign adult B, a child C, and J and K Sutcliffe born 1980 and 2009. */
    private static final String TRUTH = """
            {"type":"town","schema":1}
            {"type":"mention","mention":"c1/o","person":"O"}
            {"type":"mention","mention":"c2/o","person":"O"}
            {"type":"mention","mention":"c3/o","person":"O"}
            {"type":"mention","mention":"c1/b","person":"B"}
            {"type":"mention","mention":"c1/c","person":"C"}
            {"type":"mention","mention":"c2/j","person":"J"}
            {"type":"mention","mention":"c3/k","person":"K"}
            {"type":"person","person":"O","kind":"offender","name":"Dean Young","born":"1990-01-01"}
            {"type":"person","person":"B","kind":"benign_adult","name":"Ann Ward","born":"1970-01-01"}
            {"type":"person","person":"C","kind":"victim","name":"Amy Lee","born":"2010-01-01"}
            {"type":"person","person":"J","kind":"other_adult","name":"Jennifer Sutcliffe","born":"1980-05-01"}
            {"type":"person","person":"K","kind":"other_child","name":"Joanne Sutcliffe","born":"2009-05-01"}
            """;

    @Test
    void countsOffenderPairsFoundAndChildrenMergedWithAdults() throws IOException {
        Truth truth = Truth.read(new ByteArrayInputStream(TRUTH.getBytes(StandardCharsets.UTF_8)));
        // Two of O's mentions together (one of three pairs); B with C; J with K.
        Map<String, String> assigned = Map.of("c1/o", "P1", "c2/o", "P1", "c3/o", "P2", "c1/b", "P3", "c1/c", "P3",
                "c2/j", "P4", "c3/k", "P4");
        SafeguardingPairs s = SafeguardingPairs.of(assigned, truth);
        assertThat(s.offenderRecall()).isEqualTo(1 / 3.0);
        assertThat(s.benignAdultWithChild()).isEqualTo(1);
        assertThat(s.parentsWithChildren()).containsExactly("J K");
    }

    @Test
    void findsNoOffenderPairAndNoMergeWhenEveryMentionStandsAlone() throws IOException {
        Truth truth = Truth.read(new ByteArrayInputStream(TRUTH.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> apart = Map.of("c1/o", "1", "c2/o", "2", "c3/o", "3", "c1/b", "4", "c1/c", "5",
                "c2/j", "6", "c3/k", "7");
        SafeguardingPairs s = SafeguardingPairs.of(apart, truth);
        assertThat(s.offenderRecall()).isEqualTo(0.0);
        assertThat(s.benignAdultWithChild()).isZero();
        assertThat(s.parentsWithChildren()).isEmpty();
    }

    @Test
    void scoresATruthFileWithoutNamesOrDatesOfBirth() throws IOException {
        // Another generator's truth need not give names or dates of birth: no household can be told, nothing fails.
        String bare = TRUTH.replaceAll(",\"name\":\"[^\"]*\",\"born\":\"[^\"]*\"", "");
        Truth truth = Truth.read(new ByteArrayInputStream(bare.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> assigned = Map.of("c1/o", "P1", "c2/o", "P1", "c3/o", "P2", "c1/b", "P3", "c1/c", "P3",
                "c2/j", "P4", "c3/k", "P4");
        SafeguardingPairs s = SafeguardingPairs.of(assigned, truth);
        assertThat(s.benignAdultWithChild()).isEqualTo(1);
        assertThat(s.parentsWithChildren()).isEmpty();
    }
}
