package org.vigil.bench.town;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One true person of the town, as the generator knows them; reports write only parts of this, and differently.
 * Mutable while the story is told: {@link #mentioned} grows with each concern naming the person.
 */
final class TownPerson {
    final String id;
    final String kind;
    final String occupation;
    final String network;
    final String first;
    final String last;
    final String sex;
    final LocalDate born;
    String nickname;
    String alias;
    String address;
    final List<String> phones = new ArrayList<>();
    Vehicle vehicle;
    final List<Instant> mentioned = new ArrayList<>();

    /** A vehicle as it really is; reports write its registration whole, partly or with {@code ?}. */
    record Vehicle(String vrm, String description) {
    }

    TownPerson(String id, String kind, String occupation, String network, String first, String last, String sex,
            LocalDate born) {
        this.id = id;
        this.kind = kind;
        this.occupation = occupation;
        this.network = network;
        this.first = first;
        this.last = last;
        this.sex = sex;
        this.born = born;
    }

    boolean child(LocalDate on) {
        return ageOn(on) < 18;
    }

    int ageOn(LocalDate on) {
        return java.time.Period.between(born, on).getYears();
    }
}
