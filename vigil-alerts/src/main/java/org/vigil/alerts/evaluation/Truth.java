package org.vigil.alerts.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A synthetic town's ground truth ({@code truth.jsonl}, schema 1, as vigil-town writes it): the true person behind
 * every mention and how the report wrote the name, and each person's kind. Read only for evaluation.
 */
public final class Truth {
    public static final String OFFENDER = "offender";
    public static final String VICTIM = "victim";
    public static final String BENIGN_ADULT = "benign_adult";

    /**
     * One true person.
     *
     * @param kind {@code offender}, {@code victim}, {@code benign_adult}, {@code other_adult} or {@code other_child}
     * @param name the full name, surname last; empty if the line has none
     * @param born the date of birth as written ({@code 2009-04-17}); empty if the line has none
     * @param occupation for benign adults, e.g. "foster carer"; else empty
     * @param network the offender's network id, or empty
     * @param mentioned the {@code received} of every concern naming the person, earliest first
     */
    public record Person(String id, String kind, String name, String born, String occupation, String network,
            List<Instant> mentioned) {
        public Person {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            mentioned = List.copyOf(mentioned);
        }
    }

    private final Map<String, String> personOf;
    private final Map<String, String> formOf;
    private final Map<String, Person> persons;

    private Truth(Map<String, String> personOf, Map<String, String> formOf, Map<String, Person> persons) {
        this.personOf = Collections.unmodifiableMap(personOf);
        this.formOf = Collections.unmodifiableMap(formOf);
        this.persons = Collections.unmodifiableMap(persons);
    }

    public static Truth read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        }
    }

    public static Truth read(InputStream in) throws IOException {
        Map<String, String> personOf = new LinkedHashMap<>();
        Map<String, String> formOf = new HashMap<>();
        Map<String, Person> persons = new LinkedHashMap<>();
        JsonLines.forEach(in, (o, number) -> {
            String type = o.path("type").asText();
            switch (type) {
                case "town" -> {
                    if (o.path("schema").asInt() != 1) {
                        throw new IOException("truth line " + number + ": schema " + o.path("schema") + ", expected 1");
                    }
                }
                case "mention" -> {
                    personOf.put(o.get("mention").asText(), o.get("person").asText());
                    formOf.put(o.get("mention").asText(), o.path("form").asText(""));
                }
                case "person" -> {
                    List<Instant> mentioned = new ArrayList<>();
                    o.path("mentioned").forEach(t -> mentioned.add(Instant.parse(t.asText())));
                    String id = o.get("person").asText();
                    persons.put(id, new Person(id, o.get("kind").asText(), o.path("name").asText(""),
                            o.path("born").asText(""), o.path("occupation").asText(""),
                            o.path("network").asText(""), mentioned));
                }
                default -> {
                }
            }
        });
        return new Truth(personOf, formOf, persons);
    }

    /** Mention key to its true person id, in file order. */
    public Map<String, String> personOf() {
        return personOf;
    }

    /** How the report wrote the mention's name: {@code full}, {@code nickname}, {@code none}, … */
    public String form(String mention) {
        return formOf.getOrDefault(mention, "");
    }

    public Map<String, Person> persons() {
        return persons;
    }

    /**
     * The true person behind most of {@code mentions} (the first in id order on a tie), or "" when none is known: who an
     * alert's or a linked person's mentions are mostly about.
     */
    public String majorityOf(List<String> mentions) {
        Map<String, Integer> votes = new TreeMap<>();
        for (String m : mentions) {
            String t = personOf.get(m);
            if (t != null) {
                votes.merge(t, 1, Integer::sum);
            }
        }
        String best = "";
        int most = 0;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    public String kindOf(String person) {
        Person p = persons.get(person);
        return p == null ? "" : p.kind();
    }
}
