package org.vigil.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.vigil.concern.Concern;
import org.vigil.concern.RecordParser;
import org.vigil.concern.Subject;
import org.vigil.concern.Submission;
import org.vigil.ledger.Ledger;
import org.vigil.store.ConcernStore;
import org.vigil.store.MentionRow;
import org.vigil.store.ReplayListener;

/**
 * Writes the resolved persons as spec §2.1 JSON Lines, in person-id order: each person's mentions in log order, the
 * names and aliases they were given as written, and how often each role was recorded. Every stored mention belongs to
 * exactly one person. The persons are those of linking the concerns in event-time order, as a live replay would, so
 * their ids are the ones {@code vigil export alerts} and {@code priorities} name (which replay the store in event time)
 * whatever order the records were ingested in.
 */
public final class PersonsExport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PersonsExport() {
    }

    /**
     * Writes every person; returns the number written. When the store's concerns were logged in event-time order
     * ({@code vigil replay} into an empty store, or input sorted by time), the persons linked at ingest are those of
     * event-time linking, and are read as stored, a mention stored before it was linked being linked now through the
     * rebuilt index; otherwise the concerns are linked afresh in event-time order, as {@link #writeAsOf} does.
     */
    public static int write(ConcernStore store, Supplier<PersonIndex> rebuilt, Writer out) {
        return write(store, rebuilt, out, ReplayListener.NONE);
    }

    /** As {@link #write(ConcernStore, Supplier, Writer)}, telling {@code progress} how far linking afresh is. */
    public static int write(ConcernStore store, Supplier<PersonIndex> rebuilt, Writer out, ReplayListener progress) {
        if (!loggedInEventOrder(store)) {
            return writeUntil(store, Long.MAX_VALUE, out, progress);
        }
        Map<String, Person> persons = new TreeMap<>();
        PersonIndex[] index = {null};
        store.forEachMention(m -> {
            String id = m.person();
            if (id == null) {
                if (index[0] == null) {
                    index[0] = rebuilt.get();
                }
                id = index[0].personOf(m.key());
            }
            persons.computeIfAbsent(id, Person::new).add(m);
        });
        return write(persons, out);
    }

    /** Whether the store visits its concerns in event-time order in log order too. */
    static boolean loggedInEventOrder(ConcernStore store) {
        long[] last = {-1};
        boolean[] ordered = {true};
        store.forEachRecordByEventTime(Long.MAX_VALUE, r -> {
            if (r.type().equals("concern")) {
                ordered[0] &= r.leaf() > last[0];
                last[0] = r.leaf();
            }
        });
        return ordered[0];
    }

    /**
     * Writes the persons as they stood at event time {@code asOf}: the concerns received by then, linked afresh in
     * event-time order, as a live replay would have linked them (the ids {@code export alerts --as-of} names).
     * Returns the number of persons written.
     */
    public static int writeAsOf(ConcernStore store, Instant asOf, Writer out) {
        return writeAsOf(store, asOf, out, ReplayListener.NONE);
    }

    /** As {@link #writeAsOf(ConcernStore, Instant, Writer)}, telling {@code progress} how far linking is. */
    public static int writeAsOf(ConcernStore store, Instant asOf, Writer out, ReplayListener progress) {
        return writeUntil(store, Ledger.micros(asOf), out, progress);
    }

    /**
     * The persons {@code export persons} names: the index linked at ingest ({@code rebuilt}) when the store's concerns
     * were logged in event-time order, and otherwise the concerns linked afresh in event-time order. {@code vigil
     * explain} asks this, so that the person ids it gives are the export's.
     */
    public static PersonIndex exported(ConcernStore store, Supplier<PersonIndex> rebuilt) {
        return loggedInEventOrder(store) ? rebuilt.get()
                : linkedInEventOrder(store, Long.MAX_VALUE, r -> { }, ReplayListener.NONE);
    }

    /** Every concern received by {@code untilMicros}, linked in event-time order; each is also given to {@code seen}. */
    private static PersonIndex linkedInEventOrder(ConcernStore store, long untilMicros, Consumer<Concern> seen,
                                                  ReplayListener progress) {
        PersonIndex index = PersonIndex.forStore(store);
        RecordParser parser = new RecordParser();
        store.forEachRecordByEventTime(untilMicros, r -> {
            if (!r.type().equals("concern")) {
                return;
            }
            Submission s = r.parse(parser);
            index.link(List.of(s));
            seen.accept((Concern) s.record());
        }, progress);
        return index;
    }

    private static int writeUntil(ConcernStore store, long untilMicros, Writer out, ReplayListener progress) {
        List<MentionRow> mentions = new ArrayList<>();
        PersonIndex index = linkedInEventOrder(store, untilMicros, c -> {
            for (Subject subject : c.subjects()) {
                mentions.add(new MentionRow(c.id(), subject.ref(), subject.role(), subject.name(), subject.aliases(), null));
            }
        }, progress);
        Map<String, Person> persons = new TreeMap<>();
        for (MentionRow m : mentions) {
            persons.computeIfAbsent(index.personOf(m.key()), Person::new).add(m);
        }
        return write(persons, out);
    }

    private static int write(Map<String, Person> persons, Writer out) {
        try {
            for (Person p : persons.values()) {
                out.write(JSON.writeValueAsString(p.toJson()));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the persons", e);
        }
        return persons.size();
    }

    private static final class Person {
        final String id;
        final List<String> mentions = new ArrayList<>();
        final Set<String> names = new LinkedHashSet<>();
        final Map<String, Integer> roles = new TreeMap<>();

        Person(String id) {
            this.id = id;
        }

        void add(MentionRow m) {
            mentions.add(m.key());
            if (m.name() != null && !m.name().isBlank()) {
                names.add(m.name());
            }
            for (String alias : m.aliases()) {
                if (!alias.isBlank()) {
                    names.add(alias);
                }
            }
            roles.merge(m.role(), 1, Integer::sum);
        }

        ObjectNode toJson() {
            ObjectNode node = JSON.createObjectNode();
            node.put("person", id);
            mentions.forEach(node.putArray("mentions")::add);
            names.forEach(node.putArray("names")::add);
            ObjectNode r = node.putObject("roles");
            roles.forEach(r::put);
            return node;
        }
    }
}
