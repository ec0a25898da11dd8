package org.vigil.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigil.ledger.Ledger;
import org.vigil.store.ConcernStore;
import org.vigil.store.PersonLink;
import org.vigil.store.PersonSplit;

/**
 * Splitting a person: an analyst's decision, with a reason, that some of the mentions linked as one person are
 * someone else (DPA 2018 ss.49–50: linkage advises, a person decides). The side holding the person's oldest mention
 * keeps the id; the other side takes a new one. The decision is logged and stored, and from then on every mention of
 * one side is kept apart from every mention of the other, in live linking and in every replay of the store (so the
 * alerts and priorities of an export are those of linking with the decision made). Mentions that had joined the
 * person through the wrong link may move with it: every mention whose person changed is stored with its new person in
 * the same transaction.
 */
public final class PersonSplits {

    /**
     * What a split did: the decision as logged, every mention whose person it changed, and the store's persons linked
     * again with it, in log order (the index a long-running caller keeps from now on).
     */
    public record Outcome(PersonSplit split, List<PersonLink> moved, PersonIndex persons) {
        public Outcome {
            moved = List.copyOf(moved);
        }
    }

    private PersonSplits() {
    }

    /**
     * Splits the person of {@code mentions} (all of one person in {@code people}, the store's persons linked in log
     * order, and not all of that person's mentions) from the rest of that person's mentions, for {@code reason}, by
     * {@code actor} at {@code at}. Throws {@link IllegalArgumentException}, with nothing written, for an unknown
     * mention, mentions of two persons, all of a person's mentions, or a blank reason or actor.
     */
    public static Outcome split(ConcernStore store, Ledger ledger, PersonIndex people, Collection<String> mentions,
                                String actor, String reason, Instant at) {
        PersonSplit split = decide(people, mentions, actor, reason, at);
        List<PersonSplit> splits = new ArrayList<>();
        store.forEachSplit(splits::add);
        splits.add(split);
        PersonIndex after = PersonIndex.linkAll(store, new PersonIndex(splits));
        List<PersonLink> moved = new ArrayList<>();
        store.forEachMention(m -> {
            String now = after.personOf(m.key());
            if (now != null && !now.equals(people.personOf(m.key()))) {
                moved.add(new PersonLink(m.key(), now));
            }
        });
        return new Outcome(ledger.split(split, moved), moved, after);
    }

    /**
     * The split of the person of {@code mentions} in {@code people} that {@link #split} would store, not yet logged:
     * the side without the person's oldest mention is split off and takes {@link PersonIndex#unusedPersonId}.
     */
    public static PersonSplit decide(PersonIndex people, Collection<String> mentions, String actor, String reason,
                                     Instant at) {
        Objects.requireNonNull(at, "at");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a split needs the name of who decided it");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a split needs a reason: why these mentions are someone else");
        }
        Set<String> chosen = new LinkedHashSet<>(mentions);
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("name at least one mention to split off");
        }
        String person = null;
        for (String m : chosen) {
            String p = people.personOf(m);
            if (p == null) {
                throw new IllegalArgumentException("no mention " + m + " in the store (a mention is \"<concern id>/<ref>\")");
            }
            if (person != null && !person.equals(p)) {
                throw new IllegalArgumentException("the mentions belong to two persons, " + person + " and " + p
                        + ": a split divides one person");
            }
            person = p;
        }
        List<String> all = people.mentionsWith(chosen.iterator().next());
        if (chosen.size() == all.size()) {
            throw new IllegalArgumentException("those are all " + all.size() + " mentions of " + person
                    + ": name only the ones that are someone else");
        }
        List<String> others = new ArrayList<>();
        for (String m : all) {
            if (!chosen.contains(m)) {
                others.add(m);
            }
        }
        boolean chosenHoldOldest = chosen.contains(all.get(0));
        List<String> splitOff = chosenHoldOldest ? others : List.copyOf(chosen);
        List<String> rest = chosenHoldOldest ? List.copyOf(chosen) : others;
        return PersonSplit.decided(at, person, people.unusedPersonId(), actor.strip(), reason.strip(), splitOff, rest);
    }
}
