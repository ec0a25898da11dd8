package org.vigil.ledger;

import java.time.Instant;
import java.util.List;
import org.vigil.store.PersonLink;

/**
 * What linking a batch of records changed: the person of each new mention (as it stands after the whole batch), and
 * each merge of two persons, in the order they happened.
 */
public record PersonChanges(List<PersonLink> links, List<Merge> merges) {
    public static final PersonChanges NONE = new PersonChanges(List.of(), List.of());

    public PersonChanges {
        links = List.copyOf(links);
        merges = List.copyOf(merges);
    }

    /** {@code retired} joins {@code into}, because {@code trigger} (a mention key) matched both, at its event time. */
    public record Merge(String into, String retired, String trigger, Instant at) {
    }
}
