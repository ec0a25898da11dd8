package org.vigil.ingest;

import java.util.List;
import org.vigil.concern.Submission;
import org.vigil.ledger.PersonChanges;
import org.vigil.store.PersonSplit;

/**
 * Told of each batch of records just committed, in commit order, with what linking them changed and the log index
 * of the first: what raises alerts as records arrive.
 */
@FunctionalInterface
public interface CommitListener {
    CommitListener NONE = (records, persons, firstLeaf) -> { };

    void committed(List<Submission> records, PersonChanges persons, long firstLeaf);

    /**
     * A person decided, in {@code split} (stored and logged), that one person was two, or took such a decision back:
     * what was worked out from the persons must be worked out again. Nothing to do by default.
     */
    default void personsSplit(PersonSplit split) {
    }
}
