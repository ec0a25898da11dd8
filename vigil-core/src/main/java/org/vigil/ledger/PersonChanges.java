package org.vigil.ledger;

import java.time.Instant;
import java.util.List;
import org.vigil.store.PersonLink;

/**
 * What linking a batch of records changed: the person of each new mention as it stands after the whole batch
 * ({@code links}, what the store keeps), each merge of two persons in the order they happened, and the person each new
 * mention belonged to once its record was linked ({@code asLinked}), before later records of the batch merged persons.
 * Replaying the batch record by record, a watcher that takes each mention {@code asLinked} and applies each merge at
 * the record that caused it sees the persons as they were at each record's time; one that took {@code links} would
 * see, at a February record, a join that only a June record of the same batch made.
 */
public record PersonChanges(List<PersonLink> links, List<Merge> merges, List<PersonLink> asLinked) {
    public static final PersonChanges NONE = new PersonChanges(List.of(), List.of());

    public PersonChanges {
        links = List.copyOf(links);
        merges = List.copyOf(merges);
        asLinked = List.copyOf(asLinked);
    }

    /** Changes in which no mention's person moved within the batch: linked as they stand. */
    public PersonChanges(List<PersonLink> links, List<Merge> merges) {
        this(links, merges, links);
    }

    /** {@code retired} joins {@code into}, because {@code trigger} (a mention key) matched both, at its event time. */
    public record Merge(String into, String retired, String trigger, Instant at) {
    }
}
