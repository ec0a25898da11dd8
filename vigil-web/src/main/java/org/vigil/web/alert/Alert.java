package org.vigil.web.alert;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An alert as spec §2.2 writes it: id, kind, when it was raised (event time), the record that raised it, the persons
 * and mentions involved, its harm score and its reasons in words.
 */
public record Alert(String id, String kind, Instant raised, String trigger, List<AlertPerson> persons, double harm,
                    List<String> reasons) {
    public Alert {
        persons = List.copyOf(persons);
        reasons = List.copyOf(reasons);
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
        try {
            return new Alert(id, text(node, "kind", true), Instant.parse(raised), text(node, "trigger", false), persons,
                    node.path("harm").asDouble(0), reasons);
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
