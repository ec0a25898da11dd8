package org.vigil.town.world;

import java.util.ArrayList;
import java.util.List;

/**
 * A group of offenders who exploit children together, sharing cars, phones and places, active from
 * {@code firstDay} to {@code lastDay}. A lone offender is a network of one, with a null id: the truth does not call
 * it a network.
 */
public final class Network {
    public final String id;
    public final int firstDay;
    public final int lastDay;
    public final List<Person> members = new ArrayList<>();
    public final List<Place> places = new ArrayList<>();
    public final List<Car> cars = new ArrayList<>();
    public final List<Phone> phones = new ArrayList<>();
    public final List<Person> victims = new ArrayList<>();
    /** The day the police finally act against the network, or -1 if they never do. */
    public int caughtDay = -1;

    public Network(String id, int firstDay, int lastDay) {
        this.id = id;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    public boolean isLone() {
        return id == null;
    }
}
