package org.vigil.ingest;

import java.util.List;
import org.vigil.concern.Submission;
import org.vigil.ledger.PersonChanges;

/**
 * Told of each batch of records just committed, in commit order, with what linking them changed and the log index
 * of the first: what raises alerts as records arrive.
 */
@FunctionalInterface
public interface CommitListener {
    CommitListener NONE = (records, persons, firstLeaf) -> { };

    void committed(List<Submission> records, PersonChanges persons, long firstLeaf);
}
