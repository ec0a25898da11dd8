package org.vigil.web.alert;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An alert as spec §2.2 writes it: id, kind, when it was raised (event time), the record that raised it, the persons
 * and mentions involved, its harm score and its reasons in words.
 */
public record Alert(String id, String kind, Instant raised, String trigger, List<AlertPerson> persons, double harm,
                    List<String> reasons, List<Update> updates) {
    public Alert {
        persons = List.copyOf(persons);
        reasons = List.copyOf(reasons);
        updates = List.copyOf(updates);
    }

    /** An alert as raised, never updated (a spec §2.2 line holds no updates). */
    public Alert(String id, String kind, Instant raised, String trigger, List<AlertPerson> persons, double harm,
                 List<String> reasons) {
        this(id, kind, raised, trigger, persons, harm, reasons, List.of());
    }

    /**
     * One update of the alert on materially new evidence: when (event time), what was new, counted ("new children
     * (3)"), and the alert's harm after it. The ids of the persons and the record that brought it are left out: the
     * page shows the alert as raised, and its access entry lists the persons and concerns of that alone.
     */
    public record Update(Instant at, List<String> what, double harm) {
        public Update {
            what = what.stream().map(Update::counted).toList();
        }

        /**
         * "new children (3): P-000412, P-000415, P-000420" without what follows the count, and "linkage found
         * YP-2003-0117/s2 to be P-000412" without the mention and the person.
         */
        private static String counted(String change) {
            if (change.startsWith("linkage found ")) {
                return "linkage found a mention to be a person already known";
            }
            int colon = change.indexOf("): ");
            return colon < 0 ? change : change.substring(0, colon + 1);
        }
    }

    /** The alert's harm as it stands: after its latest update, or as raised. */
    public double currentHarm() {
        return latest().map(Update::harm).orElse(harm);
    }

    /** The latest update, if the alert was updated. */
    public Optional<Update> latest() {
        return updates.isEmpty() ? Optional.empty() : Optional.of(updates.get(updates.size() - 1));
    }

    /** A person involved in an alert, in a role, through these mentions. */
    public record AlertPerson(String person, String role, List<String> mentions) {
        public AlertPerson {
            mentions = List.copyOf(mentions);
        }
    }

    /** Reads one alert line; throws {@link IllegalArgumentException} naming what is missing. */
    public static Alert fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("an alert is a JSON object");
        }
        String id = text(node, "alert", true);
        List<AlertPerson> persons = new ArrayList<>();
        for (JsonNode p : node.path("persons")) {
            List<String> mentions = new ArrayList<>();
            p.path("mentions").forEach(m -> mentions.add(m.asText()));
            persons.add(new AlertPerson(text(p, "person", true), text(p, "role", false), mentions));
        }
        List<String> reasons = new ArrayList<>();
        node.path("reasons").forEach(r -> reasons.add(r.asText()));
        String raised = text(node, "raised", true);
        // A spec line has no updates; a line of `vigil export alerts` lists them under "changes".
        List<Update> updates = new ArrayList<>();
        for (JsonNode u : node.path("changes")) {
            List<String> what = new ArrayList<>();
            u.path("changes").forEach(c -> what.add(c.asText()));
            String at = u.path("at").asText();
            try {
                updates.add(new Update(Instant.parse(at), what, u.path("harm").asDouble(0)));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("alert " + id + ": an update's at is not an instant: " + at, e);
            }
        }
        try {
            return new Alert(id, text(node, "kind", true), Instant.parse(raised), text(node, "trigger", false), persons,
                    node.path("harm").asDouble(0), reasons, updates);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("alert " + id + ": raised is not an instant: " + raised, e);
        }
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException("an alert needs \"" + field + "\"");
            }
            return null;
        }
        return v.asText();
    }

    /** Every mention the alert names, across its persons. */
    public List<String> mentions() {
        return persons.stream().flatMap(p -> p.mentions().stream()).distinct().toList();
    }
}
