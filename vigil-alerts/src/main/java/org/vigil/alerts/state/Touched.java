package org.vigil.alerts.state;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What one observation changed, so that only the patterns about those things are assessed again: persons, children,
 * networks, vehicles and places, the subjects that were joined (re-keyed), and reports that were decided.
 */
public final class Touched {
    /** A subject that turned out to be another: {@code prefix} is "person", "network" or "vehicle". */
    public record Rekey(String prefix, int from, int into) {
    }

    public final TreeSet<Integer> suspects = new TreeSet<>();
    public final TreeSet<Integer> children = new TreeSet<>();
    public final TreeSet<Integer> networks = new TreeSet<>();
    public final TreeSet<Integer> vehicles = new TreeSet<>();
    public final TreeSet<String> places = new TreeSet<>();
    public final List<Rekey> rekeys = new ArrayList<>();
    /** Plain sentences about what happened, for the alerts it updates (e.g. a linkage merge). */
    public final List<String> context = new ArrayList<>();
    /** Reports that received a decision. */
    public final TreeSet<Integer> decided = new TreeSet<>();

    public void addAll(Touched other) {
        suspects.addAll(other.suspects);
        children.addAll(other.children);
        networks.addAll(other.networks);
        vehicles.addAll(other.vehicles);
        places.addAll(other.places);
        rekeys.addAll(other.rekeys);
        context.addAll(other.context);
        decided.addAll(other.decided);
    }
}
