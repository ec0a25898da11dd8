package org.vigil.town.world;

/** The kinds of named place in spec §1.1, spelled as on the wire. */
public enum PlaceKind {
    ADDRESS("address"), TAKEAWAY("takeaway"), TAXI_FIRM("taxi_firm"), HOTEL("hotel"), CAR_PARK("car_park"),
    PARK("park"), SCHOOL("school"), CARE_HOME("care_home"), SHOP("shop"), OTHER("other");

    private final String wire;

    PlaceKind(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
