package org.vigil.linkage.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NicknamesTest {
    private final Nicknames table = Nicknames.standard();

    @Test
    void relatesNamesListedOneUnderTheOther() {
        assertThat(table.related("bill", "william")).isTrue();
        assertThat(table.related("william", "bill")).isTrue();
        assertThat(table.related("bill", "billy")).isTrue();
        assertThat(table.related("peggy", "margaret")).isTrue();
        assertThat(table.related("dan", "daniel")).isTrue();
    }

    @Test
    void doesNotChainThroughACommonNickname() {
        // "bill" lists both "robert" and "fred"; that does not make them nicknames of each other.
        assertThat(table.related("robert", "fred")).isFalse();
        assertThat(table.related("daniel", "david")).isFalse();
        assertThat(table.related("william", "william")).isFalse();
        assertThat(table.related("notaname", "william")).isFalse();
    }

    @Test
    void listsTheNamesRelatedToANameAndOnlyThose() {
        assertThat(table.relatedTo("dan")).contains("daniel").doesNotContain("dan", "david");
        assertThat(table.relatedTo("william")).contains("bill", "billy").isSorted();
        assertThat(table.relatedTo("robert")).doesNotContain("fred");
        assertThat(table.relatedTo("notaname")).isEmpty();
        for (String name : table.relatedTo("margaret")) {
            assertThat(table.related(name, "margaret")).as(name).isTrue();
        }
    }

    @Test
    void acceptsAShortFormThatBeginsTheLongerName() {
        assertThat(Nicknames.isDiminutivePrefix("ash", "ashraf")).isTrue();
        assertThat(Nicknames.isDiminutivePrefix("ashraf", "ash")).isTrue();
        assertThat(Nicknames.isDiminutivePrefix("as", "ashraf")).isFalse();
        assertThat(Nicknames.isDiminutivePrefix("ashra", "ashraf")).isTrue();
        assertThat(Nicknames.isDiminutivePrefix("christop", "christopher")).isFalse();
    }
}
