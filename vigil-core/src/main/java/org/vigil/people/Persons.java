package org.vigil.people;

import java.util.List;

/** Who is who, as a split needs to read it: each mention's person, a person's mentions, and an id no one has. */
public interface Persons {
    /** The person a mention belongs to, or null if the mention is unknown. */
    String personOf(String mentionKey);

    /** The mentions of the person that {@code mentionKey} belongs to, oldest first. */
    List<String> mentionsWith(String mentionKey);

    /** An id that no person has had and no split has reserved. */
    String unusedPersonId();
}
