package org.vigil.alerts.pattern;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The named sets of facts a finding rests on, compared between one assessment and the next to decide whether the
 * evidence is materially new and to say what changed: {@code persons} hold person indices ("children", "members"),
 * {@code facts} hold plain values ("agencies", "dismissed reports"). Every set is material: any addition updates
 * the alert. More reports that add no child, person, agency, offence or dismissal are not material.
 */
public final class Evidence {
    private final Map<String, Set<Integer>> persons = new LinkedHashMap<>();
    private final Map<String, Set<String>> facts = new LinkedHashMap<>();

    public Evidence persons(String name, Collection<Integer> values) {
        persons.put(name, new TreeSet<>(values));
        return this;
    }

    public Evidence facts(String name, Collection<String> values) {
        facts.put(name, new TreeSet<>(values));
        return this;
    }

    public Map<String, Set<Integer>> persons() {
        return persons;
    }

    public Map<String, Set<String>> facts() {
        return facts;
    }
}
