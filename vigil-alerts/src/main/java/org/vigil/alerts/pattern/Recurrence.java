package org.vigil.alerts.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private final Thresholds thresholds;

    public Recurrence(Thresholds thresholds) {
        this.thresholds = thresholds;
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
        return assess(book, AlertKind.PLACE, placeSubject(key), place.kind.replace('_', ' ') + " '" + key + "'",
                "named in exploitation evidence", place.sightings, thresholds.placeChildren(), List.of());
    }

    private Optional<Finding> assess(Casebook book, AlertKind kind, String subject, String name, String how,
            LongList sightings, int neededChildren, List<String> extra) {
        TreeSet<Integer> reports = new TreeSet<>();
        TreeSet<Integer> concerns = new TreeSet<>();
        TreeSet<Integer> suspects = new TreeSet<>();
        for (int i = 0; i < sightings.size(); i++) {
            long s = sightings.get(i);
            int concern = (int) (s >>> 32);
            concerns.add(concern);
            reports.add(book.concerns.get(concern).root);
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
        TreeSet<Integer> named = suspects.isEmpty() ? Dismissed.suspectsOf(book, reports) : suspects;
        Evidence evidence = new Evidence()
                .persons("children", children)
                .persons("suspects", named);
        return Optional.of(new Finding(kind, subject, evidence,
                () -> details(book, name, how, reports, named, children, extra)));
    }

    private static Finding.Details details(Casebook book, String name, String how, TreeSet<Integer> reports,
            TreeSet<Integer> suspects, TreeSet<Integer> children, List<String> extra) {
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
