package org.vigil.alerts.pattern;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * The named sets of facts a finding rests on, compared between one assessment and the next to decide whether the
 * evidence is materially new and to say what changed: {@code persons} hold person indices ("children", "members"),
 * {@code facts} hold plain values ("agencies", "dismissed reports"). Any addition to a small set updates the alert;
 * additions to a large one are gathered until they grow it by a quarter ({@code AlertBook.material}), except to a set
 * of {@link #suspects}: each man newly in a network is news. More reports that add no child, person, agency,
 * offence or dismissal are not material.
 */
public final class Evidence {
    private final Map<String, SortedInts> persons = new LinkedHashMap<>();
    private final Map<String, List<String>> facts = new LinkedHashMap<>();
    private final Set<String> suspects = new HashSet<>();

    public Evidence persons(String name, Collection<Integer> values) {
        persons.put(name, SortedInts.of(values));
        return this;
    }

    /**
     * A set of the men an alert is about (a network's members, the adults around a child's missing episodes), each of
     * whose additions is material however many it holds: gathered for later, a man may be kept from the only alert that
     * would list him (so on town 6, four offenders). The suspects named at a place or with a vehicle are gathered as its
     * children are: that alert is about the place or the vehicle.
     */
    public Evidence suspects(String name, Collection<Integer> values) {
        suspects.add(name);
        return persons(name, values);
    }

    /** Whether {@code name} is a set of {@link #suspects}. */
    public boolean isSuspects(String name) {
        return suspects.contains(name);
    }

    public Evidence facts(String name, Collection<String> values) {
        facts.put(name, sortedDistinct(values));
        return this;
    }

    /**
     * {@code values} in natural order without repeats, in an array: compared at every assessment with the alert's, a
     * set of a takeaway's thousands of dismissed reports is walked as an array, not as a tree.
     */
    private static List<String> sortedDistinct(Collection<String> values) {
        String[] sorted = values.toArray(new String[0]);
        if (!(values instanceof SortedSet<?> set && set.comparator() == null)) {
            Arrays.sort(sorted);
            int n = 0;
            for (String v : sorted) {
                if (n == 0 || !sorted[n - 1].equals(v)) {
                    sorted[n++] = v;
                }
            }
            sorted = Arrays.copyOf(sorted, n);
        }
        return Collections.unmodifiableList(Arrays.asList(sorted));
    }

    /** Each set ascending, unmodifiable. */
    public Map<String, SortedInts> persons() {
        return persons;
    }

    /** Each set in natural order, without repeats, unmodifiable. */
    public Map<String, List<String>> facts() {
        return facts;
    }
}
