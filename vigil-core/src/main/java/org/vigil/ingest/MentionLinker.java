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
}
