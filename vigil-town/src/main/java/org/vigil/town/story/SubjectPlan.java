package org.vigil.town.story;

import java.util.ArrayList;
import java.util.List;
import org.vigil.town.world.Car;
import org.vigil.town.world.Person;
import org.vigil.town.world.Phone;
import org.vigil.town.world.Place;

/**
 * One person as a concern will name them: their role in it and which of their phones, cars and places the report
 * records. How their name, age and details are written is decided when the concern is written.
 */
public final class SubjectPlan {
    public final Person person;
    public final String role;
    public final List<Phone> phones = new ArrayList<>(0);
    public final List<Car> cars = new ArrayList<>(0);
    public final List<Place> places = new ArrayList<>(0);
    /** The report gives this person's address. */
    public boolean address;
    /** Write every detail in full (whole registration, named place, correct number). */
    public boolean exact;
    /** The report knows this person's real full name and date of birth (an arrest, a statement). */
    public boolean identified;

    public SubjectPlan(Person person, String role) {
        this.person = person;
        this.role = role;
    }

    public SubjectPlan phone(Phone phone) {
        if (phone != null && !phones.contains(phone)) {
            phones.add(phone);
        }
        return this;
    }

    public SubjectPlan car(Car car) {
        if (car != null && !cars.contains(car)) {
            cars.add(car);
        }
        return this;
    }

    public SubjectPlan place(Place place) {
        if (place != null && !places.contains(place)) {
            places.add(place);
        }
        return this;
    }
}
