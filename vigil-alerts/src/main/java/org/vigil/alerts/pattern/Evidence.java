package org.vigil.alerts.pattern;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The named sets of facts a finding rests on, compared between one assessment and the next to decide whether the
 * evidence is materially new and to say what changed: {@code persons} hold person indices ("children", "members"),
 * {@code facts} hold plain values ("agencies", "dismissed reports"). Every set is material: any addition updates
 * the alert. More reports that add no child, person, agency, offence or dismissal are not material.
 */
public final class Evidence {
    private final Map<String, SortedInts> persons = new LinkedHashMap<>();
    private final Map<String, SortedSet<String>> facts = new LinkedHashMap<>();

    public Evidence persons(String name, Collection<Integer> values) {
        persons.put(name, SortedInts.of(values));
        return this;
    }

    public Evidence facts(String name, Collection<String> values) {
        facts.put(name, new TreeSet<>(values));
        return this;
    }

    /** Each set ascending, unmodifiable. */
    public Map<String, SortedInts> persons() {
        return persons;
    }

    /** Each set in natural order. */
    public Map<String, SortedSet<String>> facts() {
        return facts;
    }
}
