package org.vigil.alerts.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonBookTest {

    @Test
    void aMergeCountsAsSinceOnlyForThePersonsItJoined() {
        PersonBook book = new PersonBook();
        int a = book.intern("a");
        int b = book.intern("b");
        int c = book.intern("c");
        int d = book.intern("d");
        int before = book.merges();
        book.merge(a, b);
        assertThat(book.mergedSince(a, before)).isTrue();
        assertThat(book.mergedSince(b, before)).isTrue();
        assertThat(book.mergedSince(c, before)).isFalse();
        int after = book.merges();
        book.merge(c, d);
        assertThat(book.mergedSince(a, after)).isFalse();
        assertThat(book.mergedSince(b, after)).isFalse();
        assertThat(book.mergedSince(d, after)).isTrue();
    }

    @Test
    void aPersonMergedIntoAnotherLaterCountsAsMerged() {
        PersonBook book = new PersonBook();
        int a = book.intern("a");
        int b = book.intern("b");
        int c = book.intern("c");
        book.merge(a, b);
        int since = book.merges();
        book.merge(c, a); // b's root a is now joined into c
        assertThat(book.mergedSince(b, since)).isTrue();
        IntList persons = new IntList();
        persons.add(b);
        assertThat(book.anyMergedSince(persons, since)).isTrue();
        assertThat(book.anyMergedSince(new IntList(), since)).isFalse();
    }
}
