package org.vigil.bench.town;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One concern being written (spec §1.1), with the truth behind each subject: who they really are and how their name
 * was written. Places are added once per concern and referred to by ref.
 */
final class Report {
    /** One subject as written, and the true person behind it. */
    record Subject(String ref, TownPerson person, String form, ObjectNode json) {
    }

    /** A professional who submits or decides: a stable id, a name as they sign, a free-text role. */
    record Author(String id, String name, String role, String agency) {
    }

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final String id;
    final Instant received;
    final Author author;
    final String kind;
    final List<Subject> subjects = new ArrayList<>();
    final ArrayNode places = NODES.arrayNode();
    final Set<String> indicators = new LinkedHashSet<>();
    final List<String> offences = new ArrayList<>();
    ObjectNode grading;
    String narrative;
    String amends;

    /** @param kind what the concern is about, for decisions (e.g. "missing", "intelligence", "welfare") */
    Report(String id, Instant received, Author author, String kind) {
        this.id = id;
        this.received = received;
        this.author = author;
        this.kind = kind;
    }

    /** Adds a subject; returns its JSON for the optional fields. The name is omitted when written as none. */
    ObjectNode subject(TownPerson person, String role, Writing.Name name) {
        for (Subject s : subjects) {
            if (s.person() == person) {
                return s.json();
            }
        }
        String ref = "s" + (subjects.size() + 1);
        ObjectNode json = NODES.objectNode();
        json.put("ref", ref);
        json.put("role", role);
        if (name.text() != null) {
            json.put("name", name.text());
        }
        subjects.add(new Subject(ref, person, name.form(), json));
        return json;
    }

    boolean names(TownPerson person) {
        return subjects.stream().anyMatch(s -> s.person() == person);
    }

    /** Adds a place (once per ref) and returns its ref. */
    String place(Place place) {
        for (var p : places) {
            if (p.path("name").asText().equals(place.name()) && p.path("kind").asText().equals(place.kind())) {
                return p.path("ref").asText();
            }
        }
        String ref = "p" + (places.size() + 1);
        ObjectNode p = places.addObject();
        p.put("ref", ref);
        p.put("kind", place.kind());
        p.put("name", place.name());
        if (place.address() != null) {
            p.put("address", place.address());
        }
        return ref;
    }

    /** A named place of the town. */
    record Place(String kind, String name, String address) {
    }

    ObjectNode toJson(Writing writing) {
        ObjectNode o = NODES.objectNode();
        o.put("type", "concern");
        o.put("id", id);
        o.put("received", writing.time(received));
        o.put("agency", author.agency());
        ObjectNode a = o.putObject("author");
        a.put("id", author.id());
        if (author.name() != null) {
            a.put("name", author.name());
        }
        if (author.role() != null) {
            a.put("role", author.role());
        }
        ArrayNode subjectsJson = o.putArray("subjects");
        subjects.forEach(s -> subjectsJson.add(s.json()));
        if (!places.isEmpty()) {
            o.set("places", places);
        }
        if (!indicators.isEmpty()) {
            ArrayNode i = o.putArray("indicators");
            indicators.forEach(i::add);
        }
        if (!offences.isEmpty()) {
            ArrayNode i = o.putArray("offences");
            offences.forEach(i::add);
        }
        if (grading != null) {
            o.set("grading", grading);
        }
        if (narrative != null) {
            o.put("narrative", narrative);
        }
        if (amends != null) {
            o.put("amends", amends);
        }
        return o;
    }
}
