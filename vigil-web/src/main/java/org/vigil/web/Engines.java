package org.vigil.web;

import org.vigil.web.alert.AlertFeed;
import org.vigil.web.alert.JsonlAlertFeed;
import org.vigil.web.alert.ListAlertFeed;
import org.vigil.web.person.LinkedPersons;
import org.vigil.web.person.PersonDirectory;
import org.vigil.web.priority.JsonlPriorityFeed;
import org.vigil.web.priority.ListPriorityFeed;
import org.vigil.web.priority.PriorityFeed;

/**
 * The three seams where other modules' engines plug into the web app: alerts, priorities and linkage. The
 * directory links every concern's mentions, stored and new, in log order.
 */
public record Engines(AlertFeed alerts, PriorityFeed priorities, PersonDirectory persons) {
    /** Files from the options when given, else empty feeds; persons from the core's linkage. */
    public static Engines from(WebOptions options) {
        return new Engines(options.alerts() == null ? new ListAlertFeed(java.util.List.of())
                : new JsonlAlertFeed(options.alerts()),
                options.priorities() == null ? new ListPriorityFeed(java.util.List.of())
                        : new JsonlPriorityFeed(options.priorities()),
                new LinkedPersons());
    }

    public Engines withAlerts(AlertFeed feed) {
        return new Engines(feed, priorities, persons);
    }

    public Engines withPriorities(PriorityFeed feed) {
        return new Engines(alerts, feed, persons);
    }

    public Engines withPersons(PersonDirectory directory) {
        return new Engines(alerts, priorities, directory);
    }
}
