package org.vigil.web.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vigil.concern.Submission;
import org.vigil.ledger.PersonChanges;
import org.vigil.linkage.explain.Waterfall;
import org.vigil.people.PersonIndex;
import org.vigil.people.PersonSplits;
import org.vigil.store.PersonSplit;
import org.vigil.web.ledger.Vault;
import org.vigil.store.PersonLink;

/**
 * The core's person linkage ({@link PersonIndex}) as the web app's directory: stored concerns are linked again in log
 * order at start, which gives the persons the store holds, and new ones are linked before they are committed, so
 * their links and merges are stored and logged with them, as {@code vigil ingest} does. The store's splits of persons
 * are obeyed from the start, and a split made here links the store again with it. Explanations are the
 * linkage's match-weight waterfalls: for each mention after a person's first, the earlier mention it matches best.
 */
public final class LinkedPersons implements PersonDirectory {
    private static final int MAX_EXPLAINED = 20;

    private PersonIndex index = new PersonIndex();
    /** One mention of each live person, to find all its mentions through the index. */
    private final Map<String, String> anchor = new HashMap<>();
    /** Each person id a merge retired, and the person it was merged into. */
    private final Map<String, String> mergedInto = new HashMap<>();

    @Override
    public synchronized Optional<String> personOf(String mentionKey) {
        return Optional.ofNullable(mentionKey == null ? null : index.personOf(mentionKey));
    }

    @Override
    public synchronized List<String> mentionsOf(String personId) {
        String key = personId == null ? null : anchor.get(personId);
        return key == null ? List.of() : List.copyOf(index.mentionsWith(key));
    }

    @Override
    public synchronized Optional<String> current(String personId) {
        String id = personId;
        // Each merge retires a younger id into an older one, so the chain ends; the bound only guards a bad store.
        for (int hops = 0; id != null && hops <= mergedInto.size(); hops++) {
            if (anchor.containsKey(id)) {
                return Optional.of(id);
            }
            id = mergedInto.get(id);
        }
        return Optional.empty();
    }

    @Override
    public synchronized List<MatchExplanation> explain(String personId) {
        List<String> mentions = mentionsOf(personId);
        List<MatchExplanation> out = new ArrayList<>();
        for (int i = 1; i < Math.min(mentions.size(), MAX_EXPLAINED); i++) {
            Waterfall best = null;
            for (int j = 0; j < i; j++) {
                Waterfall w = index.explain(mentions.get(j), mentions.get(i));
                if (best == null || w.total().bits() > best.total().bits()) {
                    best = w;
                }
            }
            List<String> parts = new ArrayList<>();
            parts.add(String.format(Locale.ROOT, "prior %+.1f bits", best.prior().bits()));
            for (Waterfall.Step s : best.steps()) {
                if (s.total().bits() != 0) {
                    parts.add(String.format(Locale.ROOT, "%s: %s (%s / %s) %+.1f bits", s.comparison(), s.level(), s.left(), s.right(),
                            s.total().bits()));
                }
            }
            out.add(new MatchExplanation(best.leftId(), best.rightId(), best.probability(), best.total().bits(), parts));
        }
        return out;
    }

    @Override
    public synchronized void obey(List<PersonSplit> splits) {
        if (index.mentions() > 0) {
            throw new IllegalStateException("splits are obeyed from the start: " + index.mentions() + " mentions are linked");
        }
        index = new PersonIndex(splits);
    }

    @Override
    public synchronized void reload(Vault vault) {
        index = vault.read(PersonIndex::rebuild);
        anchor.clear();
        mergedInto.clear();
        vault.read(store -> {
            store.forEachMerge(m -> mergedInto.put(m.retired(), m.into()));
            store.forEachMention(m -> {
                String person = index.personOf(m.key());
                if (person != null) {
                    anchor.putIfAbsent(person, m.key());
                }
            });
            return null;
        });
    }

    @Override
    public synchronized PersonSplits.Outcome split(Vault vault, Collection<String> mentions, String by, String reason) {
        return adopt(vault.split(index, mentions, by, reason));
    }

    @Override
    public synchronized PersonSplits.Outcome revoke(Vault vault, long splitLeaf, String by, String reason) {
        return adopt(vault.revoke(index, splitLeaf, by, reason));
    }

    /** The persons as a split or its revocation left them, with an anchor for each. */
    private PersonSplits.Outcome adopt(PersonSplits.Outcome outcome) {
        index = outcome.persons();
        anchor.entrySet().removeIf(e -> !e.getKey().equals(index.personOf(e.getValue())));
        for (PersonLink moved : outcome.moved()) {
            anchor.putIfAbsent(moved.person(), moved.mention());
        }
        for (List<String> side : List.of(outcome.split().rest(), outcome.split().splitOff())) {
            for (String m : side) {
                anchor.putIfAbsent(index.personOf(m), m);
            }
        }
        return outcome;
    }

    @Override
    public synchronized PersonChanges link(List<Submission> batch) {
        PersonChanges changes = index.link(batch);
        for (PersonChanges.Merge m : changes.merges()) {
            anchor.remove(m.retired());
            mergedInto.put(m.retired(), m.into());
        }
        for (PersonLink l : changes.links()) {
            anchor.putIfAbsent(l.person(), l.mention());
        }
        return changes;
    }
}
