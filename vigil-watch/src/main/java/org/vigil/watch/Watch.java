package org.vigil.watch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.vigil.alerts.AlertChange;
import org.vigil.alerts.AlertEngine;
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
 * record's (so overdue concerns fall due in event time, never by the wall clock), merges that the record caused are
 * observed first, then the record itself with its mentions' persons as they stood at the end of the batch, as the
 * batch's {@link PersonChanges} says (so the alerts depend on how records were batched, by at most one batch's worth
 * of linking, and not on how far linking has run ahead while this batch is watched). Every alert raised or updated
 * goes to {@code changes}. One thread.
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
        Map<String, String> personOf = new HashMap<>(persons.links().size() * 2);
        for (PersonLink link : persons.links()) {
            personOf.put(link.mention(), link.person());
        }
        for (Submission s : records) {
            ParsedRecord record = s.record();
            engine.advanceTo(record.eventTime()).forEach(changes);
            for (PersonChanges.Merge merge : persons.merges()) {
                if (merge.trigger().startsWith(record.id() + "/")) {
                    engine.observe(Observations.of(merge, record.id())).forEach(changes);
                }
            }
            if (record instanceof Concern c) {
                engine.observe(Observations.of(c, personOf::get, places)).forEach(changes);
            } else if (record instanceof Decision d) {
                engine.observe(Observations.of(d)).forEach(changes);
            }
        }
    }

    public AlertEngine engine() {
        return engine;
    }
}
