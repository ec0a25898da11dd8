package org.vigil.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
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
     * Splits the person of {@code mentions} (all of one person in {@code people}, the store's persons as it holds
     * them or as linking it again in log order gives them, and not all of that person's mentions) from the rest of
     * that person's mentions, for {@code reason}, by {@code actor} at {@code at}. Throws
     * {@link IllegalArgumentException}, with nothing written, for an unknown mention, mentions of two persons, all of a
     * person's mentions, or a blank reason or actor.
     */
    public static Outcome split(ConcernStore store, Ledger ledger, Persons people, Collection<String> mentions,
                                String actor, String reason, Instant at) {
        Outcome outcome = preview(store, people, mentions, actor, reason, at);
        return new Outcome(ledger.split(outcome.split(), outcome.moved()), outcome.moved(), outcome.persons());
    }

    /**
     * What {@link #split} would do, with nothing written: the decision (not logged, its leaf -1), the mentions whose
     * person would change, and the persons after it. For a person to see before deciding.
     */
    public static Outcome preview(ConcernStore store, Persons people, Collection<String> mentions, String actor,
                                  String reason, Instant at) {
        PersonSplit split = decide(people, mentions, actor, reason, at);
        List<PersonSplit> decisions = new ArrayList<>();
        store.forEachSplit(decisions::add);
        return relinked(store, people, decisions, split);
    }

    /** The splits among {@code decisions} (splits and splits taken back, in log order) that no decision takes back. */
    public static List<PersonSplit> inForce(List<PersonSplit> decisions) {
        Set<Long> revoked = new HashSet<>();
        for (PersonSplit d : decisions) {
            if (d.isRevocation()) {
                revoked.add(d.revokes());
            }
        }
        return decisions.stream().filter(d -> !d.isRevocation() && !revoked.contains(d.leaf())).toList();
    }

    /**
     * Takes back the split logged at entry {@code splitLeaf}, as {@code actor} decided for {@code reason} at
     * {@code at}: a decision logged and stored like the split, after which linkage joins the two sides again on their
     * evidence alone. The split's new id stays reserved, so no other person's id moves. Throws
     * {@link IllegalArgumentException}, with nothing written, for no split at that entry, a split already taken back,
     * or a blank reason or actor.
     */
    public static Outcome revoke(ConcernStore store, Ledger ledger, Persons people, long splitLeaf, String actor,
                                 String reason, Instant at) {
        Objects.requireNonNull(at, "at");
        requireWhoAndWhy(actor, reason, "why the split was wrong");
        List<PersonSplit> decisions = new ArrayList<>();
        store.forEachSplit(decisions::add);
        PersonSplit split = null;
        for (PersonSplit d : decisions) {
            if (d.leaf() == splitLeaf && !d.isRevocation()) {
                split = d;
            }
            if (d.isRevocation() && d.revokes() == splitLeaf) {
                throw new IllegalArgumentException("the split at log entry " + splitLeaf + " was already taken back at"
                        + " log entry " + d.leaf());
            }
        }
        if (split == null) {
            throw new IllegalArgumentException("no split of a person at log entry " + splitLeaf);
        }
        Outcome outcome = relinked(store, people, decisions,
                PersonSplit.revocation(at, split, actor.strip(), reason.strip()));
        return new Outcome(ledger.split(outcome.split(), outcome.moved()), outcome.moved(), outcome.persons());
    }

    /**
     * Links the store again with {@code decision} after {@code earlier}, the store's decisions: the decision, not yet
     * logged, with the mentions whose person changed from {@code people}'s.
     */
    private static Outcome relinked(ConcernStore store, Persons people, List<PersonSplit> earlier,
                                    PersonSplit decision) {
        List<PersonSplit> decisions = new ArrayList<>(earlier);
        decisions.add(decision);
        PersonIndex after = PersonIndex.linkAll(store, new PersonIndex(decisions));
        List<PersonLink> moved = new ArrayList<>();
        store.forEachMention(m -> {
            String now = after.personOf(m.key());
            if (now != null && !now.equals(people.personOf(m.key()))) {
                moved.add(new PersonLink(m.key(), now));
            }
        });
        return new Outcome(decision, moved, after);
    }

    private static void requireWhoAndWhy(String actor, String reason, String why) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a decision about who is who needs the name of who made it");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("it needs a reason: " + why);
        }
    }

    /**
     * The split of the person of {@code mentions} in {@code people} that {@link #split} would store, not yet logged:
     * the side without the person's oldest mention is split off and takes {@link Persons#unusedPersonId}.
     */
    public static PersonSplit decide(Persons people, Collection<String> mentions, String actor, String reason,
                                     Instant at) {
        Objects.requireNonNull(at, "at");
        requireWhoAndWhy(actor, reason, "why these mentions are someone else");
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
