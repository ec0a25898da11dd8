package org.vigil.web.person;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.vigil.web.alert.Alert;
import org.vigil.web.alert.AlertFeed;
import org.vigil.web.priority.Priority;
import org.vigil.web.priority.PriorityFeed;

/**
 * Alerts and priorities as the web app's directory numbers persons. The pattern engine that wrote them replays the
 * store in event time, and numbers persons in that order; the directory holds the persons as the store holds them,
 * linked in the order the records were received. For a store not received in event time (agencies' files ingested
 * one after another) the same id names two different people, so an alert's suspect would open another person's file.
 * Each person of an alert or a priority is shown as the directory's person holding their first mention, which is the
 * same id whenever the two orders agree; a mention the directory does not know keeps the engine's id.
 *
 * <p>Each list is translated once, when its feed gives a new one (the feeds keep a list until their alerts change).
 */
public final class DirectoryIds {
    private DirectoryIds() {
    }

    /** {@code feed}'s alerts, each person under the directory's id. */
    public static AlertFeed alerts(AlertFeed feed, PersonDirectory persons) {
        Translated<Alert> alerts = new Translated<>(a -> translate(a, persons));
        return () -> alerts.of(feed.alerts());
    }

    /** {@code feed}'s work list, each person under the directory's id. */
    public static PriorityFeed priorities(PriorityFeed feed, PersonDirectory persons) {
        Translated<Priority> priorities = new Translated<>(p -> new Priority(p.rank(),
                idOf(p.person(), p.mentions(), persons), p.harm(), p.mentions(), p.reasons()));
        return () -> priorities.of(feed.priorities());
    }

    /** A feed's latest list, translated once for each list the feed gives. */
    private static final class Translated<T> {
        private final UnaryOperator<T> translation;
        private List<T> source;
        private List<T> translated;

        Translated(UnaryOperator<T> translation) {
            this.translation = translation;
        }

        synchronized List<T> of(List<T> now) {
            if (now != source) {
                translated = now.stream().map(translation).toList();
                source = now;
            }
            return translated;
        }
    }

    private static Alert translate(Alert a, PersonDirectory persons) {
        List<Alert.AlertPerson> out = new ArrayList<>(a.persons().size());
        for (Alert.AlertPerson p : a.persons()) {
            out.add(new Alert.AlertPerson(idOf(p.person(), p.mentions(), persons), p.role(), p.mentions()));
        }
        return new Alert(a.id(), a.kind(), a.raised(), a.trigger(), out, a.harm(), a.reasons(), a.updates());
    }

    private static String idOf(String engineId, List<String> mentions, PersonDirectory persons) {
        return mentions.isEmpty() ? engineId : persons.personOf(mentions.get(0)).orElse(engineId);
    }
}
