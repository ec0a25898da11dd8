package org.vigil.town.story;

import static org.vigil.town.story.Indicator.ALCOHOL_DRUGS;
import static org.vigil.town.story.Indicator.HOTEL;
import static org.vigil.town.story.Indicator.MONEY;
import static org.vigil.town.story.Indicator.MULTIPLE_ADULTS;
import static org.vigil.town.story.Indicator.OLDER_PARTNER;
import static org.vigil.town.story.Indicator.TAXI;
import static org.vigil.town.story.Indicator.THREATS;
import static org.vigil.town.story.Indicator.TRAFFICKED_ELSEWHERE;
import static org.vigil.town.story.Indicator.VEHICLE_PICKUP;

import java.util.ArrayList;
import java.util.List;
import org.vigil.town.world.Calendar;
import org.vigil.town.world.Car;
import org.vigil.town.world.Dice;
import org.vigil.town.world.Network;
import org.vigil.town.world.Person;
import org.vigil.town.world.Place;
import org.vigil.town.world.PlaceKind;

/**
 * What is known about a network without a child's report: intelligence logs naming men, cars, phones and premises
 * ("as early as 2001", Jay 2014 §5), complaints to taxi licensing, and, for some networks, the investigation that
 * finally comes: historic allegations taken years later and the arrests.
 */
final class IntelligenceScenes {
    private final World world;
    private final Dice dice;

    IntelligenceScenes(World world, Dice dice) {
        this.world = world;
        this.dice = dice;
    }

    /** Intelligence logs and licensing complaints over the network's life. */
    void run(Network network) {
        int from = Math.max(network.firstDay, Calendar.FIRST_DAY);
        double years = Math.max(0.5, (network.lastDay - from) / 365.0);
        int count = dice.poisson(world.params.intelligenceRate() * years * (network.isLone() ? 0.3 : 1.0));
        for (int i = 0; i < count; i++) {
            int day = dice.between(from, network.lastDay);
            Person driver = taxiDriver(network);
            if (driver != null && dice.chance(0.25)) {
                taxiComplaint(network, driver, day);
            } else {
                intelligence(network, day);
            }
        }
    }

    private void intelligence(Network network, int day) {
        Agency agency = dice.chance(0.82) ? Agency.POLICE_INTELLIGENCE : Agency.YOUTH_PROJECT;
        ConcernPlan plan = world.concern(day, agency, Scene.INTELLIGENCE);
        plan.network = network;
        int named = Math.min(network.members.size(), 1 + dice.weighted(5, 3, 1.5));
        List<Person> members = new ArrayList<>(network.members);
        for (int i = 0; i < named; i++) {
            Person member = pickByProminence(members);
            members.remove(member);
            SubjectPlan s = plan.add(member, "suspect");
            if (dice.chance(0.5)) {
                if (!member.phones.isEmpty()) {
                    s.phone(dice.pick(member.phones));
                } else if (!network.phones.isEmpty()) {
                    s.phone(dice.pick(network.phones));
                }
            }
            if (dice.chance(0.5) && !network.cars.isEmpty()) {
                Car car = !member.cars.isEmpty() && dice.chance(0.6) ? dice.pick(member.cars) : dice.pick(network.cars);
                s.car(car);
                plan.sceneCar = car;
            }
            if (dice.chance(0.55)) {
                Place hub = dice.pick(network.places);
                s.place(hub);
                plan.scenePlace = hub;
            }
        }
        if (dice.chance(0.45)) {
            for (int i = 0, n = dice.between(1, 2); i < n; i++) {
                Person girl = activeVictim(network, day);
                if (girl != null) {
                    plan.add(girl, "other");
                }
            }
        }
        boolean hotel = plan.scenePlace != null && plan.scenePlace.kind() == PlaceKind.HOTEL;
        boolean taxi = plan.scenePlace != null && plan.scenePlace.kind() == PlaceKind.TAXI_FIRM
                || plan.sceneCar != null && plan.sceneCar.firm() != null;
        plan.flagIf(dice.chance(named > 1 ? 0.6 : 0.25), MULTIPLE_ADULTS)
                .flagIf(dice.chance(plan.sceneCar != null ? 0.6 : 0.15), VEHICLE_PICKUP)
                .flagIf(dice.chance(0.45), ALCOHOL_DRUGS).flagIf(dice.chance(hotel ? 0.6 : 0.05), HOTEL)
                .flagIf(dice.chance(taxi ? 0.6 : 0.03), TAXI).flagIf(dice.chance(0.2), OLDER_PARTNER)
                .flagIf(dice.chance(0.1), MONEY).flagIf(dice.chance(0.08), TRAFFICKED_ELSEWHERE);
        plan.offences = Offences.intelligence(dice);
        plan.grading = agency.isPolice() || dice.chance(0.4) ? Gradings.draw(dice) : null;
    }

    private void taxiComplaint(Network network, Person driver, int day) {
        ConcernPlan plan = world.concern(day, Agency.TAXI_LICENSING, Scene.TAXI_COMPLAINT);
        plan.network = network;
        Car taxi = driver.cars.get(0);
        SubjectPlan s = plan.add(driver, "suspect").car(taxi);
        plan.sceneCar = taxi;
        plan.scenePlace = taxi.firm();
        s.place(taxi.firm());
        if (dice.chance(0.3)) {
            Person girl = activeVictim(network, day);
            if (girl != null) {
                plan.add(girl, "other");
            }
        }
        plan.flag(TAXI).flagIf(dice.chance(0.5), VEHICLE_PICKUP).flagIf(dice.chance(0.2), ALCOHOL_DRUGS);
    }

    /**
     * For some networks still active after 2008: an investigation between 2010 and 2013 that takes historic
     * allegations from children who were reported on years before, and arrests the men.
     */
    void operation(Network network, List<VictimCase> cases) {
        if (network.isLone() || network.lastDay < Calendar.day(2008, 1, 1)
                || !dice.chance(world.params.operationChance())) {
            return;
        }
        int caught = dice.between(Math.max(network.lastDay - 200, Calendar.day(2010, 1, 1)),
                Calendar.day(2013, 11, 30));
        network.caughtDay = caught;
        int statements = Math.min(cases.size(), dice.between(1, 4));
        for (int i = 0; i < statements; i++) {
            VictimCase c = cases.get(dice.below(cases.size()));
            int day = Math.max(c.firstDay, caught - dice.between(30, 400));
            ConcernPlan plan = world.concern(day, Agency.POLICE_CRIME, Scene.HISTORIC_ALLEGATION);
            plan.network = network;
            plan.detail = 2;
            plan.ageThen = c.age(c.firstDay);
            plan.variant = c.age(day) - plan.ageThen >= 2 ? 0 : 1;
            plan.add(c.victim, "victim").address = true;
            for (int k = 0, n = dice.between(1, 3); k < n; k++) {
                Person member = c.member(dice);
                plan.add(member, "suspect").identified = true;
                if (!c.victim.exploitedBy.contains(member)) {
                    c.victim.exploitedBy.add(member);
                }
            }
            plan.flag(MULTIPLE_ADULTS).flagIf(dice.chance(0.5), THREATS).flagIf(dice.chance(0.5), ALCOHOL_DRUGS)
                    .flagIf(dice.chance(0.3), HOTEL).flagIf(dice.chance(0.5), VEHICLE_PICKUP)
                    .flagIf(dice.chance(0.4), Indicator.GIFTS);
            plan.offences = Offences.againstChild(dice, c.age(c.firstDay), c.victim.sex);
            plan.scenePlace = dice.pick(network.places);
            plan.places.add(plan.scenePlace);
        }
        ConcernPlan arrest = world.concern(caught, Agency.POLICE_CRIME, Scene.ARREST_REPORT);
        arrest.network = network;
        arrest.detail = 2;
        for (Person member : network.members) {
            if (dice.chance(0.8)) {
                SubjectPlan s = arrest.add(member, "suspect");
                s.identified = true;
                s.address = true;
            }
        }
        if (arrest.subjects.isEmpty()) {
            arrest.add(network.members.get(0), "suspect").identified = true;
        }
        arrest.flag(MULTIPLE_ADULTS);
        arrest.offences = List.of("71", "72");
    }

    private Person taxiDriver(Network network) {
        for (Person member : network.members) {
            if (!member.cars.isEmpty() && member.cars.get(0).firm() != null) {
                return member;
            }
        }
        return null;
    }

    private Person activeVictim(Network network, int day) {
        if (network.victims.isEmpty()) {
            return null;
        }
        Person girl = dice.pick(network.victims);
        return girl.bornDay < day - 9 * 365 ? girl : null;
    }

    private Person pickByProminence(List<Person> members) {
        double total = 0;
        for (Person m : members) {
            total += m.prominence;
        }
        double x = dice.unit() * total;
        for (Person m : members) {
            x -= m.prominence;
            if (x < 0) {
                return m;
            }
        }
        return members.get(members.size() - 1);
    }
}
