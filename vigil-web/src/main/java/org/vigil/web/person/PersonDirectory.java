package org.vigil.web.person;

import java.util.List;
import java.util.Optional;

/**
 * Who is who: which person each mention belongs to (spec §2.1), and why. Implemented by {@link MentionPerPerson}
 * (no linkage) and, once it lands, by an adapter over the linkage engine. Must be safe to call from many threads.
 */
public interface PersonDirectory {
    /** The person a mention belongs to, if the mention is known. */
    Optional<String> personOf(String mentionKey);

    /** The mentions that make up a person, in log order; empty for an unknown person. */
    List<String> mentionsOf(String personId);

    /** Why this person's mentions were joined; empty when nothing was joined. */
    List<MatchExplanation> explain(String personId);

    /** Told of the mentions of newly committed concerns, in log order. */
    void added(List<String> mentionKeys);
}
