package org.vigil.town.story;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.vigil.town.names.NameBook;
import org.vigil.town.world.Calendar;
import org.vigil.town.world.Car;
import org.vigil.town.world.Dice;
import org.vigil.town.world.Household;
import org.vigil.town.world.Kind;
import org.vigil.town.world.Network;
import org.vigil.town.world.Occupation;
import org.vigil.town.world.Person;
import org.vigil.town.world.Place;
import org.vigil.town.world.PlaceKind;

/**
 * Exploitation as the public inquiries describe it (Jay 2014, Casey 2015, Rochdale 2013, Telford 2022): small groups
 * of men, often linked by family or work, who share cars, phones and premises (takeaways, taxi firms, hotels, flats);
 * a "boyfriend" grooms a girl of 11 to 15 with lifts, gifts and alcohol, then passes her to others; she goes missing
 * again and again, stops going to school, attends sexual-health clinics and A&amp;E; agencies and parents report it;
 * intelligence names the same men and cars for years; in some towns the police act a decade later.
 */
final class NetworkStory {
    private static final double LONE_SHARE = 0.12;

    private final World world;
    private final Dice dice;
    private final ExploitationScenes scenes;
    private final IntelligenceScenes intelligence;

    NetworkStory(World world, Dice dice) {
        this.world = world;
        this.dice = dice;
        this.scenes = new ExploitationScenes(world, dice.fork("scenes"));
        this.intelligence = new IntelligenceScenes(world, dice.fork("intelligence"));
    }

    /** Adds networks and what they cause until exactly {@code budget} concerns have been added. */
    void run(int budget) {
        int start = world.concerns.size();
        int lastNetworkStart = start;
        while (world.concerns.size() - start < budget) {
            lastNetworkStart = world.concerns.size();
            Network network = network(dice.chance(LONE_SHARE));
            List<VictimCase> cases = victims(network);
            for (VictimCase c : cases) {
                victimConcerns(c);
            }
            intelligence.run(network);
            intelligence.operation(network, cases);
        }
        trim(lastNetworkStart, world.concerns.size() - start - budget);
    }

    /** Drops {@code excess} of the concerns made since {@code from}, chosen at random. */
    private void trim(int from, int excess) {
        if (excess <= 0) {
            return;
        }
        List<ConcernPlan> last = new ArrayList<>(world.concerns.subList(from, world.concerns.size()));
        Set<ConcernPlan> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        while (dropped.size() < excess) {
            dropped.add(last.get(dice.below(last.size())));
        }
        world.concerns.subList(from, world.concerns.size()).removeIf(dropped::contains);
        for (ConcernPlan plan : world.concerns.subList(from, world.concerns.size())) {
            if (plan.copyOf != null && dropped.contains(plan.copyOf)) {
                plan.copyOf = null;
            }
        }
    }

    private Network network(boolean lone) {
        int first = dice.between(Calendar.FIRST_DAY - 3 * 365, Calendar.LAST_DAY - 400);
        int years = lone ? dice.between(1, 4) : dice.between(3, 16);
        int last = Math.min(Calendar.LAST_DAY, first + years * 365 + dice.below(365));
        first = Math.max(first, Calendar.FIRST_DAY - 365);
        last = Math.max(last, Calendar.FIRST_DAY + dice.between(90, 700));
        Network network = new Network(lone ? null : world.serials.network(), first, last);
        int size = lone ? 1 : 2 + dice.weighted(15, 25, 25, 20, 15);
        Person eldest = null;
        for (int i = 0; i < size; i++) {
            String surname = eldest != null && dice.chance(0.3) ? eldest.surname : null;
            Person member = world.aged(Kind.OFFENDER, 'M', first, i == 0 ? 24 : 18, i == 0 ? 50 : 40, surname);
            if (eldest == null) {
                eldest = member;
            }
            member.network = network.id;
            member.nicknameOnly = dice.chance(world.params.nicknameOnlyShare());
            if (member.nicknameOnly && member.nickname == null) {
                member.nickname = org.vigil.town.names.Nicknames.street(dice);
            }
            member.prominence = 0.1 + dice.exponential(1.0);
            member.home = world.places.address(dice);
            if (dice.chance(0.75)) {
                member.phones.add(world.phones.next());
                if (dice.chance(0.3)) {
                    member.phones.add(world.phones.next());
                }
            }
            if (dice.chance(0.2)) {
                member.alias = NameBook.given('M', dice) + " " + NameBook.surname(dice);
            }
            if (dice.chance(0.6)) {
                member.cars.add(world.cars.privateCar(dice, Math.max(first, Calendar.FIRST_DAY)));
            }
            network.members.add(member);
        }
        hubs(network);
        for (Person member : network.members) {
            network.cars.addAll(member.cars);
        }
        if (!lone && dice.chance(0.7)) {
            Car shared = network.cars.isEmpty() || dice.chance(0.3)
                    ? world.cars.privateCar(dice, Math.max(first, Calendar.FIRST_DAY)) : dice.pick(network.cars);
            if (!network.cars.contains(shared)) {
                network.cars.add(shared);
            }
            network.members.get(dice.below(size)).cars.add(shared);
        }
        if (!lone && dice.chance(0.3)) {
            network.phones.add(world.phones.next());
        }
        for (Person member : network.members) {
            network.phones.addAll(member.phones);
        }
        world.networks.add(network);
        return network;
    }

    /** One to three places the network uses; a taxi firm may employ one of them as a driver. */
    private void hubs(Network network) {
        int count = 1 + dice.weighted(5, 3, 1);
        for (int i = 0; i < count; i++) {
            int kind = dice.weighted(4, 2, 1.2, 2, 1, 0.6, 0.6);
            Place place = switch (kind) {
                case 0 -> world.places.any(PlaceKind.TAKEAWAY, dice);
                case 1 -> world.places.any(PlaceKind.TAXI_FIRM, dice);
                case 2 -> world.places.any(PlaceKind.HOTEL, dice);
                case 3 -> world.places.privateAddress(dice, dice.chance(0.5) ? "the flat" : "a house");
                case 4 -> world.places.any(PlaceKind.CAR_PARK, dice);
                case 5 -> world.places.any(PlaceKind.PARK, dice);
                default -> world.places.any(PlaceKind.SHOP, dice);
            };
            if (!network.places.contains(place)) {
                network.places.add(place);
            }
            if (place.kind() == PlaceKind.TAXI_FIRM && dice.chance(0.6)) {
                Person driver = dice.pick(network.members);
                driver.cars.add(0, world.cars.taxi(dice, Math.max(network.firstDay, Calendar.FIRST_DAY), place));
            }
        }
    }

    private List<VictimCase> victims(Network network) {
        int from = Math.max(network.firstDay, Calendar.FIRST_DAY);
        int years = Math.max(1, (network.lastDay - from) / 365);
        int count = network.isLone() ? dice.between(1, 2)
                : Math.max(2, dice.poisson(world.params.victimRate() * years * dice.uniform(0.8, 2.2)));
        List<VictimCase> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int start = dice.between(from, network.lastDay);
            int age = 11 + dice.weighted(1, 3, 4, 3, 2, 0.5);
            Person victim = world.aged(Kind.VICTIM, dice.chance(0.88) ? 'F' : 'M', start, age, age, null);
            int adult = victim.bornDay + 18 * 365;
            int end = Math.min(Math.min(network.lastDay, adult), start + dice.between(60, 1600));
            if (end < start) {
                end = start;
            }
            VictimCase c = new VictimCase(victim, network, start, end, boyfriend(network, start));
            settle(c);
            network.victims.add(victim);
            cases.add(c);
        }
        return cases;
    }

    private Person boyfriend(Network network, int day) {
        // Younger members groom; the eldest mostly stays in the background.
        if (network.members.size() > 1 && dice.chance(0.8)) {
            return network.members.get(1 + dice.below(network.members.size() - 1));
        }
        return network.members.get(0);
    }

    /** Where the child lives: at home with family, in a children's home, or with a foster carer. */
    private void settle(VictimCase c) {
        int where = dice.weighted(64, 20, 16);
        List<Person> carers = world.benign(Occupation.FOSTER_CARER);
        if (where == 1) {
            c.careHome = world.places.any(PlaceKind.CARE_HOME, dice);
            c.victim.home = c.careHome.address();
        } else if (where == 2 && !carers.isEmpty()) {
            c.fosterCarer = dice.pick(carers);
            c.victim.home = c.fosterCarer.home;
            for (Household h : world.fosterHomes) {
                if (h.adults.contains(c.fosterCarer)) {
                    h.children.add(c.victim);
                }
            }
        } else {
            Household home = new Household(world.places.address(dice));
            int adults = dice.chance(0.55) ? 1 : 2;
            for (int i = 0; i < adults; i++) {
                char sex = i == 0 ? (dice.chance(0.85) ? 'F' : 'M') : 'M';
                String surname = dice.chance(0.7) ? c.victim.surname : null;
                Person parent = world.aged(Kind.OTHER_ADULT, sex, c.firstDay, 28, 50, surname);
                parent.home = home.address;
                if (dice.chance(0.2)) {
                    parent.phones.add(world.phones.next());
                }
                home.adults.add(parent);
            }
            home.children.add(c.victim);
            c.home = home;
            c.victim.home = home.address;
        }
        c.school = world.places.any(PlaceKind.SCHOOL, dice);
    }

    private void victimConcerns(VictimCase c) {
        double years = Math.max(0.25, (c.lastDay - c.firstDay) / 365.0);
        int count = dice.chance(0.2) ? dice.between(1, 2)
                : Math.max(1, dice.poisson(years * dice.uniform(1.5, 8.0)));
        int[] days = new int[count];
        for (int i = 0; i < count; i++) {
            days[i] = dice.between(c.firstDay, c.lastDay);
        }
        java.util.Arrays.sort(days);
        for (int i = 0; i < count; i++) {
            ConcernPlan plan = scenes.concern(c, days[i], i);
            if (dice.chance(0.07) && plan.agency != Agency.SOCIAL_CARE) {
                scenes.referralCopy(plan, days[i] + dice.between(1, 12));
            }
        }
    }
}
