package org.vigil.alerts.state;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The mentions that made up a person at one moment, as mention keys, without copying them: a person's mentions only
 * ever grow by appending (a merge appends the other person's), so the first {@code size} of them are what the person
 * was then. Keys are built when read.
 */
public final class MentionList extends AbstractList<String> implements RandomAccess {
    private final Casebook book;
    private final LongList mentions;
    private final int size;

    /** The person's mentions as they stand now. */
    public MentionList(Casebook book, PersonRecord person) {
        this.book = book;
        this.mentions = person.mentions;
        this.size = person.mentions.size();
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " not in 0.." + (size - 1));
        }
        return book.mentionKey(mentions.get(index));
    }

    /** The role (interchange §1.1) the concern gave the mention at {@code index}. */
    public String role(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " not in 0.." + (size - 1));
        }
        return book.mentionRole(mentions.get(index));
    }

    /**
     * Whether both list the same mentions, in constant time: views of one person's list (which only ever grows) of
     * the same length.
     */
    public boolean sameAs(MentionList other) {
        return mentions == other.mentions && size == other.size;
    }

    /** Whether this lists every mention the person has now, in constant time: {@link #sameAs} a list of them now. */
    public boolean isAllOf(PersonRecord person) {
        return mentions == person.mentions && size == person.mentions.size();
    }

    @Override
    public int size() {
        return size;
    }
}
