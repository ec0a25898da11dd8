package org.vigil.web;

import org.vigil.ingest.CommitListener;
import org.vigil.web.alert.AlertFeed;
import org.vigil.web.alert.JsonlAlertFeed;
import org.vigil.web.alert.ListAlertFeed;
import org.vigil.web.person.LinkedPersons;
import org.vigil.web.person.PersonDirectory;
import org.vigil.web.priority.JsonlPriorityFeed;
import org.vigil.web.priority.ListPriorityFeed;
import org.vigil.web.priority.PriorityFeed;

/**
 * The seams where other modules' engines plug into the web app: alerts, priorities and linkage, and who is told of
 * each intake once it is committed (the pattern engine, so that alerts follow what partners send). The directory
 * links every concern's mentions, stored and new, in log order.
 */
public record Engines(AlertFeed alerts, PriorityFeed priorities, PersonDirectory persons, CommitListener intake) {
    /** Files from the options when given, else empty feeds; persons from the core's linkage; nobody told of intake. */
    public static Engines from(WebOptions options) {
        return new Engines(options.alerts() == null ? new ListAlertFeed(java.util.List.of())
                : new JsonlAlertFeed(options.alerts()),
                options.priorities() == null ? new ListPriorityFeed(java.util.List.of())
                        : new JsonlPriorityFeed(options.priorities()),
                new LinkedPersons(), CommitListener.NONE);
    }

    public Engines withAlerts(AlertFeed feed) {
        return new Engines(feed, priorities, persons, intake);
    }

    public Engines withPriorities(PriorityFeed feed) {
        return new Engines(alerts, feed, persons, intake);
    }

    /** Tells {@code listener} of every intake committed, with the persons its mentions were linked to. */
    public Engines withIntakeListener(CommitListener listener) {
        return new Engines(alerts, priorities, persons, listener);
    }
}
