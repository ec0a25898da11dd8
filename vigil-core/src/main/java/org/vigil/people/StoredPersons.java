package org.vigil.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.store.ConcernStore;

/**
 * The persons as the store holds them: each mention's person as linking stored it (and merges and splits moved it), in
 * log order. What a split is decided against from the command line, without linking the whole store again first.
 */
public final class StoredPersons implements Persons {
    private final Map<String, String> personOf = new HashMap<>();
    private final Map<String, List<String>> mentionsOf = new HashMap<>();
    private int highest;

    private StoredPersons() {
    }

    /** The store's persons, or empty if some stored mention was never linked (then link the store again instead). */
    public static Optional<StoredPersons> of(ConcernStore store) {
        StoredPersons p = new StoredPersons();
        boolean[] complete = {true};
        store.forEachMention(m -> {
            if (m.person() == null) {
                complete[0] = false;
                return;
            }
            p.personOf.put(m.key(), m.person());
            p.mentionsOf.computeIfAbsent(m.person(), k -> new ArrayList<>()).add(m.key());
            p.saw(m.person());
        });
        store.forEachMerge(m -> {
            p.saw(m.retired());
            p.saw(m.into());
        });
        store.forEachSplit(s -> {
            if (s.readable()) {
                p.saw(s.newPerson());
            }
        });
        return complete[0] ? Optional.of(p) : Optional.empty();
    }

    private void saw(String person) {
        highest = Math.max(highest, PersonIndex.personNumber(person));
    }

    @Override
    public String personOf(String mentionKey) {
        return personOf.get(mentionKey);
    }

    @Override
    public List<String> mentionsWith(String mentionKey) {
        String person = personOf.get(mentionKey);
        return person == null ? List.of() : List.copyOf(mentionsOf.get(person));
    }

    /** One past every id a stored mention, merge or split names: retired ids included, so none is given again. */
    @Override
    public String unusedPersonId() {
        return PersonIndex.personId(highest + 1);
    }
}
