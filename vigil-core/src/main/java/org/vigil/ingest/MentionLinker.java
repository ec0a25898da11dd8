package org.vigil.ingest;

import java.util.List;
import org.vigil.concern.Submission;
import org.vigil.ledger.PersonChanges;

/**
 * Links the mentions of a batch about to be committed into persons; what it returns is stored and logged with the
 * batch. {@link org.vigil.people.PersonIndex#link} is the linker; {@link #NONE} leaves mentions unlinked, to
 * measure storing and logging alone (mentions are linked when the person index is next rebuilt).
 */
@FunctionalInterface
public interface MentionLinker {
    MentionLinker NONE = batch -> PersonChanges.NONE;

    PersonChanges link(List<Submission> batch);

    /**
     * Called between batches, when no batch is being linked or committed, on the linking thread: a linker that shares
     * the store with other processes lets one that waits for the store's writer lease take its turn here, and then
     * takes in what it stored ({@link TakingTurns}). Nothing by default.
     */
    default void between() {
    }

    /**
     * Whether {@link #between()} has something to do now: asked before each batch but the first, so it must be
     * cheap.
     */
    default boolean turnDue() {
        return false;
    }
}
