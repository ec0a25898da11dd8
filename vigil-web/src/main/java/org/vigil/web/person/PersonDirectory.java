package org.vigil.web.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.vigil.concern.Submission;
import org.vigil.ledger.PersonChanges;
import org.vigil.people.PersonSplits;
import org.vigil.store.PersonSplit;
import org.vigil.web.ledger.Vault;

/**
 * Who is who: which person each mention belongs to (spec §2.1), and why. Implemented by {@link LinkedPersons} (the
 * core's person linkage, the default) and {@link MentionPerPerson} (no linkage: each mention its own person). Must
 * be safe to call from many threads.
 */
public interface PersonDirectory {
    /** The person a mention belongs to, if the mention is known. */
    Optional<String> personOf(String mentionKey);

    /** The mentions that make up a person, oldest first; empty for an unknown person. */
    List<String> mentionsOf(String personId);

    /**
     * The live person a person id stands for now: the id itself while it has mentions, else the person it was merged
     * into, through any later merges. An alert names its persons as they were when it was raised (spec §2.2), so a
     * page linking an alert's person reaches the person those mentions make up now. Empty for an id no person had.
     */
    default Optional<String> current(String personId) {
        return mentionsOf(personId).isEmpty() ? Optional.empty() : Optional.of(personId);
    }

    /** Why this person's mentions were joined; empty when nothing was joined. */
    List<MatchExplanation> explain(String personId);

    /**
     * Links the mentions of these concerns, in order: stored ones at start (in log order), new ones just before they
     * are committed. What it returns is stored and logged with the new batch ({@link PersonChanges#NONE} if
     * nothing is to be stored).
     */
    PersonChanges link(List<Submission> batch);

    /**
     * Obeys {@code splits}, the store's persons' decisions that one person was two, in all linking from now on. Called
     * once, before the stored concerns are linked. A directory that does no linkage has nothing to obey.
     */
    default void obey(List<PersonSplit> splits) {
    }

    /**
     * Links every stored concern again, in log order, obeying the store's splits: the persons as the store holds them
     * after another process split one. A directory that does no linkage has nothing to do.
     */
    default void reload(Vault vault) {
    }

    /**
     * Splits a person, as {@code by} decided for {@code reason}, storing and logging the decision through
     * {@code vault} (see {@link org.vigil.people.PersonSplits}); the directory then holds the persons as split. Throws
     * {@link IllegalArgumentException} for a split that cannot be made.
     */
    default PersonSplits.Outcome split(Vault vault, Collection<String> mentions, String by, String reason) {
        throw new IllegalArgumentException("this web app runs without linkage: each mention is its own person already");
    }

    /** Takes back the split logged at {@code splitLeaf} (see {@link org.vigil.people.PersonSplits#revoke}). */
    default PersonSplits.Outcome revoke(Vault vault, long splitLeaf, String by, String reason) {
        throw new IllegalArgumentException("this web app runs without linkage: there are no splits to take back");
    }
}
