package org.vigil.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.vigil.alerts.AlertChange;
import org.vigil.alerts.AlertEngine;
import org.vigil.alerts.observation.PersonsMerged;
import org.vigil.concern.Concern;
import org.vigil.concern.Decision;
import org.vigil.concern.ParsedRecord;
import org.vigil.concern.Submission;
import org.vigil.ingest.CommitListener;
import org.vigil.ledger.PersonChanges;
import org.vigil.people.PlaceKeys;
import org.vigil.store.PersonLink;

/**
 * Feeds each committed batch to the pattern engine, record by record in commit order: event time advances to the
 * record's (so overdue concerns fall due in event time; the wall clock only through {@link #timePassed}), and the
 * merges that the record caused are observed with the record itself, each mention's person as it was linked
 * ({@link PersonChanges#asLinked()}). So an alert at a record rests on the persons as linking knew them then, the
 * record's own mentions in them, however the records were batched: a join that a later record of the same batch made
 * reaches the engine at that record.
 * Every alert raised or updated goes to {@code changes}. One thread.
 */
public final class Watch implements CommitListener {
    private final AlertEngine engine;
    private final Consumer<AlertChange> changes;
    /** Place keys learned from the concerns watched, in commit order. */
    private final PlaceKeys places = new PlaceKeys();

    public Watch(AlertEngine engine, Consumer<AlertChange> changes) {
        this.engine = engine;
        this.changes = changes;
    }

    @Override
    public void committed(List<Submission> records, PersonChanges persons, long firstLeaf) {
        Map<String, String> personOf = new HashMap<>(persons.asLinked().size() * 2);
        for (PersonLink link : persons.asLinked()) {
            personOf.put(link.mention(), link.person());
        }
        Map<String, List<PersonChanges.Merge>> mergesOf = mergesByRecord(records, persons.merges());
        for (Submission s : records) {
            ParsedRecord record = s.record();
            List<PersonsMerged> merges = mergesOf.getOrDefault(record.id(), List.of()).stream()
                    .map(merge -> Observations.of(merge, record.id())).toList();
            if (record instanceof Concern c) {
                engine.observe(merges, Observations.of(c, personOf::get, places)).forEach(changes);
            } else if (record instanceof Decision d) {
                engine.observe(merges, Observations.of(d)).forEach(changes);
            }
        }
    }

    /**
     * The merges each record caused: those whose trigger, a mention key, starts with the record's id and a slash, in
     * the order of {@code merges}. Found by trying each slash of each trigger against the batch's ids, so that a batch
     * costs its records plus its merges rather than their product (a batch of thousands of records made thousands of
     * merges, and every record tried every one).
     */
    static Map<String, List<PersonChanges.Merge>> mergesByRecord(List<Submission> records,
            List<PersonChanges.Merge> merges) {
        if (merges.isEmpty()) {
            return Map.of();
        }
        Set<String> ids = new HashSet<>(records.size() * 2);
        for (Submission s : records) {
            ids.add(s.record().id());
        }
        Map<String, List<PersonChanges.Merge>> out = new HashMap<>();
        for (PersonChanges.Merge merge : merges) {
            String trigger = merge.trigger();
            for (int slash = trigger.indexOf('/'); slash >= 0; slash = trigger.indexOf('/', slash + 1)) {
                String id = trigger.substring(0, slash);
                if (ids.contains(id)) {
                    out.computeIfAbsent(id, k -> new ArrayList<>()).add(merge);
                }
            }
        }
        return out;
    }

    /**
     * Time has passed with no record: the engine's clock moves to {@code now} (never back), raising the {@code overdue}
     * alerts of reports whose deadline has gone by since. Without it a live store would show a concern overdue only when
     * the next record arrived, and a quiet spell would hide it.
     */
    public void timePassed(Instant now) {
        engine.advanceTo(now).forEach(changes);
    }

    public AlertEngine engine() {
        return engine;
    }
}
