package org.vigil.alerts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.alerts.pattern.AlertKind;

/**
 * An alert as raised (interchange §2.2), with its later updates. {@link #persons()}, {@link #harm()} and
 * {@link #reasons()} are as they were when it was raised; {@link #current()} gives them after the last update.
 *
 * @param id {@code A-000031}, assigned in event order
 * @param raised event time of the record whose arrival made the alert true (for {@code overdue}, the deadline)
 * @param trigger that record's id
 * @param harm Σ harm of the reports it rests on, in CCHI days, to two decimals
 */
public record Alert(String id, AlertKind kind, Instant raised, String trigger, List<AlertPerson> persons,
        double harm, List<String> reasons, AlertStatus status, Optional<String> mergedInto, List<AlertUpdate> updates) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raised, "raised");
        Objects.requireNonNull(trigger, "trigger");
        persons = List.copyOf(persons);
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(mergedInto, "mergedInto");
        updates = List.copyOf(updates);
        if (!(harm >= 0)) {
            throw new IllegalArgumentException("alert " + id + " has harm " + harm);
        }
    }

    /** The alert as it stands after its last update (or as raised, if never updated). */
    public AlertUpdate current() {
        return updates.isEmpty()
                ? new AlertUpdate(raised, trigger, List.of(), persons, harm, reasons)
                : updates.get(updates.size() - 1);
    }

    /** Event time of the last update, if any. */
    public Optional<Instant> updated() {
        return updates.isEmpty() ? Optional.empty() : Optional.of(updates.get(updates.size() - 1).at());
    }

    /** Exactly the fields of interchange §2.2, as raised, in the spec's order. */
    public ObjectNode toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("alert", id);
        o.put("kind", kind.wire());
        o.put("raised", raised.toString());
        o.put("trigger", trigger);
        o.set("persons", persons(persons, false));
        o.put("harm", harm);
        ArrayNode r = o.putArray("reasons");
        reasons.forEach(r::add);
        return o;
    }

    /**
     * {@link #toJson()} and, for the UI, each person's {@code part} in the alert, {@code status}, {@code merged_into},
     * {@code updated} and {@code changes}: each update with its time, trigger, what changed, and the persons, harm and
     * reasons after it.
     */
    public ObjectNode toJsonWithHistory() {
        ObjectNode o = toJson();
        o.set("persons", persons(persons, true));
        o.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
        mergedInto.ifPresent(m -> o.put("merged_into", m));
        updated().ifPresent(u -> o.put("updated", u.toString()));
        ArrayNode changes = o.putArray("changes");
        for (AlertUpdate u : updates) {
            ObjectNode c = changes.addObject();
            c.put("at", u.at().toString());
            c.put("trigger", u.trigger());
            ArrayNode what = c.putArray("changes");
            u.changes().forEach(what::add);
            c.set("persons", persons(u.persons(), true));
            c.put("harm", u.harm());
            ArrayNode r = c.putArray("reasons");
            u.reasons().forEach(r::add);
        }
        return o;
    }

    /**
     * {@link #toJson()} as one line of JSON: the same bytes, written straight to a generator rather than through a
     * tree (a replay writes every alert as raised, some listing hundreds of persons and thousands of mentions).
     */
    public String toJsonLine() {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("alert", id);
            g.writeStringField("kind", kind.wire());
            g.writeStringField("raised", raised.toString());
            g.writeStringField("trigger", trigger);
            g.writeArrayFieldStart("persons");
            for (AlertPerson p : persons) {
                g.writeStartObject();
                g.writeStringField("person", p.person());
                g.writeStringField("role", p.role());
                g.writeArrayFieldStart("mentions");
                for (String m : p.mentions()) {
                    g.writeString(m);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("harm", harm);
            g.writeArrayFieldStart("reasons");
            for (String r : reasons) {
                g.writeString(r);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("an alert could not be written as JSON", e);
        }
        return out.toString();
    }

    private static ArrayNode persons(List<AlertPerson> persons, boolean withPart) {
        ArrayNode a = JSON.createArrayNode();
        for (AlertPerson p : persons) {
            ObjectNode n = a.addObject();
            n.put("person", p.person());
            n.put("role", p.role());
            if (withPart) {
                n.put("part", p.part());
            }
            ArrayNode m = n.putArray("mentions");
            p.mentions().forEach(m::add);
        }
        return a;
    }
}
