package org.vigil.ingest;

import java.util.List;
import org.vigil.concern.Submission;

/**
 * Told of each batch of records just committed, in commit order, with the log index of the first: what links the
 * records and raises alerts as they arrive.
 */
@FunctionalInterface
public interface CommitListener {
    CommitListener NONE = (records, firstLeaf) -> { };

    void committed(List<Submission> records, long firstLeaf);
}
