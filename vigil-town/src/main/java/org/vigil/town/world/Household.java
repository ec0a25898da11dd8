package org.vigil.town.world;

import java.util.ArrayList;
import java.util.List;

/** People at one address: carers and the children who live with them (siblings share it). */
public final class Household {
    public final Address address;
    public final List<Person> adults = new ArrayList<>(2);
    public final List<Person> children = new ArrayList<>(3);

    public Household(Address address) {
        this.address = address;
    }
}
