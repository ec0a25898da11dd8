package org.vigil.alerts.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.alerts.state.Casebook;
import org.vigil.alerts.state.LongList;
import org.vigil.alerts.state.PlaceBook;

/**
 * {@code vehicle} and {@code place}: the same vehicle named with suspects, or the same place named in exploitation
 * evidence, across reports about at least {@link Thresholds#vehicleChildren()} (or
 * {@link Thresholds#placeChildren()}) different children. These catch what linkage misses: the men in the silver
 * Astra may be written under five names, but the car is the same car.
 */
public final class Recurrence {
    /**
     * Places with at least this many sightings are read incrementally ({@link PlaceRead}); smaller ones are read
     * whole at each assessment, which costs less than keeping their sets in memory.
     */
    static final int INCREMENTAL_SIGHTINGS = 256;

    private final Thresholds thresholds;
    /** Per place key, what has been read of its sightings, for places past {@link #INCREMENTAL_SIGHTINGS}. */
    private final Map<String, PlaceRead> placeReads = new HashMap<>();

    /**
     * What the assessment of one place has read of its sightings, in order: their reports, their suspects and their
     * children (not suspects) as person roots. A place's sightings only grow, by concerns in arrival order, so an
     * assessment reads the new ones alone. Read again from the start after a merge of any person read, which can
     * change the roots; a merge of other persons changes none of it. Reports do not change with amendments: a
     * sighting's report is its concern's root, fixed when the concern arrived.
     */
    private static final class PlaceRead {
        /** The person merges when the read was last known to be current. */
        int merges;
        int read;
        int lastConcern = -1;
        final TreeSet<Integer> reports = new TreeSet<>();
        final TreeSet<Integer> suspects = new TreeSet<>();
        final TreeSet<Integer> children = new TreeSet<>();

        PlaceRead(int merges) {
            this.merges = merges;
        }
    }

    private final int incrementalSightings;

    public Recurrence(Thresholds thresholds) {
        this(thresholds, INCREMENTAL_SIGHTINGS);
    }

    /** With places read incrementally from {@code incrementalSightings} sightings on (for tests of the two ways). */
    Recurrence(Thresholds thresholds, int incrementalSightings) {
        this.thresholds = thresholds;
        this.incrementalSightings = incrementalSightings;
    }

    public static String vehicleSubject(int vehicle) {
        return "vehicle:" + vehicle;
    }

    public static String placeSubject(String key) {
        return "place:" + key;
    }

    public Optional<Finding> assessVehicle(Casebook book, int vehicle) {
        int v = book.vehicles.find(vehicle);
        List<String> written = book.vehicles.written(v);
        String name = "vehicle " + book.vehicles.registration(v);
        List<String> extra = new ArrayList<>();
        if (written.size() > 1) {
            extra.add("written as " + Reports.some(written, 6));
        }
        return assess(book, AlertKind.VEHICLE, vehicleSubject(v), name, "named with suspects",
                book.vehicles.vehicle(v).sightings, thresholds.vehicleChildren(), extra);
    }

    public Optional<Finding> assessPlace(Casebook book, String key) {
        PlaceBook.Place place = book.places.get(key);
        if (place == null) {
            return Optional.empty();
        }
        List<String> written = book.places.written(place);
        String name = place.kind.replace('_', ' ') + " '" + written.get(0) + "'";
        List<String> extra = written.size() < 2 ? List.of() : List.of("written as "
                + Reports.some(new TreeSet<>(written).stream().map(w -> "'" + w + "'").toList(), 6));
        String how = "named in exploitation evidence";
        if (place.sightings.size() < incrementalSightings) {
            return assess(book, AlertKind.PLACE, placeSubject(key), name, how, place.sightings,
                    thresholds.placeChildren(), extra);
        }
        return assessIncrementally(book, key, name, how, place.sightings, extra);
    }

    /**
     * As {@link #assess}, for a place, reading only the sightings that are new since the last assessment. With no
     * sighting new and no person read merged, the finding would be the one the last assessment made, which the alert
     * (if any) already rests on, so none is made: places are never re-keyed, so no merged alert owes a place's alert
     * a note, and the alert's evidence holds every person of that finding as the same roots.
     */
    private Optional<Finding> assessIncrementally(Casebook book, String key, String name, String how,
            LongList sightings, List<String> extra) {
        PlaceRead r = placeReads.get(key);
        int merges = book.persons.merges();
        if (r != null && r.merges != merges && !book.persons.anyMergedSince(r.suspects, r.merges)
                && !book.persons.anyMergedSince(r.children, r.merges)) {
            r.merges = merges; // only other persons were merged: every root read is still a root
        }
        if (r == null || r.merges != merges) {
            r = new PlaceRead(merges);
            placeReads.put(key, r);
        }
        if (r.read == sightings.size() && !r.suspects.isEmpty()) {
            return Optional.empty();
        }
        for (; r.read < sightings.size(); r.read++) {
            long s = sightings.get(r.read);
            int concern = (int) (s >>> 32);
            if ((int) s >= 0) {
                int suspect = book.persons.find((int) s);
                if (r.suspects.add(suspect)) {
                    r.children.remove(suspect);
                }
            }
            if (concern == r.lastConcern) {
                continue; // sightings of one concern are together: its report and children are read
            }
            r.lastConcern = concern;
            r.reports.add(book.concerns.get(concern).root);
            for (int child : book.concerns.get(concern).children) {
                int p = book.persons.find(child);
                if (!r.suspects.contains(p)) {
                    r.children.add(p);
                }
            }
        }
        if (r.reports.size() < 2 || r.children.size() < thresholds.placeChildren()) {
            return Optional.empty();
        }
        TreeSet<Integer> named = named(book, r.suspects, r.reports);
        Evidence evidence = new Evidence()
                .persons("children", r.children)
                .persons("suspects", named);
        // The evidence holds copies; the reports are copied too, as the read goes on changing.
        TreeSet<Integer> reports = new TreeSet<>(r.reports);
        SortedInts children = evidence.persons().get("children");
        SortedInts suspects = evidence.persons().get("suspects");
        return Optional.of(new Finding(AlertKind.PLACE, placeSubject(key), evidence,
                () -> details(book, name, how, reports, suspects, children, extra)));
    }

    private Optional<Finding> assess(Casebook book, AlertKind kind, String subject, String name, String how,
            LongList sightings, int neededChildren, List<String> extra) {
        TreeSet<Integer> reports = new TreeSet<>();
        List<Integer> concerns = new ArrayList<>(); // read for their children, which are a set: order does not matter
        TreeSet<Integer> suspects = new TreeSet<>();
        int lastConcern = -1;
        for (int i = 0; i < sightings.size(); i++) {
            long s = sightings.get(i);
            int concern = (int) (s >>> 32);
            if (concern != lastConcern) { // a concern's sightings are together; taken again, it would add nothing
                lastConcern = concern;
                concerns.add(concern);
                reports.add(book.concerns.get(concern).root);
            }
            if ((int) s >= 0) {
                suspects.add(book.persons.find((int) s));
            }
        }
        if (reports.size() < 2) {
            return Optional.empty();
        }
        TreeSet<Integer> children = Reports.children(book, concerns, suspects);
        if (children.size() < neededChildren) {
            return Optional.empty();
        }
        TreeSet<Integer> named = named(book, suspects, reports);
        Evidence evidence = new Evidence()
                .persons("children", children)
                .persons("suspects", named);
        return Optional.of(new Finding(kind, subject, evidence,
                () -> details(book, name, how, reports, named, children, extra)));
    }

    /**
     * The suspects an alert lists: those named with the vehicle or place ({@code Suspicion.listed}), or, when none is,
     * those of its reports' exploitation evidence.
     */
    private static TreeSet<Integer> named(Casebook book, Set<Integer> suspects, Set<Integer> reports) {
        TreeSet<Integer> listed = book.suspicion.listed(suspects);
        return listed.isEmpty() ? Dismissed.suspectsOf(book, reports) : listed;
    }

    private static Finding.Details details(Casebook book, String name, String how, TreeSet<Integer> reports,
            Set<Integer> suspects, Set<Integer> children, List<String> extra) {
        List<Party> parties = new ArrayList<>();
        suspects.forEach(s -> parties.add(new Party(s, Party.SUSPECT)));
        children.forEach(c -> parties.add(new Party(c, Party.CHILD)));
        TreeSet<String> agencies = Reports.agencies(book, reports);
        List<String> reasons = new ArrayList<>();
        reasons.add(name + " " + how + " in " + Reports.plural(reports.size(), "report", "reports") + " about "
                + Reports.plural(children.size(), "different child", "different children") + ", from "
                + Reports.plural(agencies.size(), "agency", "agencies") + ", " + Reports.span(book, reports));
        if (!suspects.isEmpty()) {
            reasons.add(Reports.plural(suspects.size(), "person", "persons") + " named as suspects with it");
        }
        reasons.addAll(extra);
        reasons.add("what the reports allege: " + Reports.alleged(book, reports));
        return new Finding.Details(parties, List.copyOf(reports), reasons);
    }
}
