package org.vigil.town.story;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vigil.town.names.NameBook;
import org.vigil.town.names.Nicknames;
import org.vigil.town.world.Calendar;
import org.vigil.town.world.Cars;
import org.vigil.town.world.Dice;
import org.vigil.town.world.Household;
import org.vigil.town.world.Kind;
import org.vigil.town.world.Network;
import org.vigil.town.world.Occupation;
import org.vigil.town.world.Person;
import org.vigil.town.world.PhonePool;
import org.vigil.town.world.PlaceBook;

/**
 * One district while it is being generated: its places, staff and people, and the concerns they produce. The
 * stories ({@link NetworkStory}, {@link BenignStory}, {@link HouseholdStory}) add to it; {@link District} orders
 * and finishes it.
 */
public final class World {
    /** Share of new people who are given the full name of someone already in the town (two Daniel Smiths). */
    private static final double NAMESAKE_SHARE = 0.012;

    public final int district;
    public final double scale;
    public final TownParams params;
    public final PlaceBook places;
    public final Cars cars;
    public final PhonePool phones;
    public final Serials serials;
    public final StaffRoster staff;
    public final List<Person> people = new ArrayList<>();
    public final List<Network> networks = new ArrayList<>();
    public final List<ConcernPlan> concerns = new ArrayList<>();
    public final Map<Occupation, List<Person>> benign = new EnumMap<>(Occupation.class);
    public final List<Household> fosterHomes = new ArrayList<>();

    private final Dice names;
    private final Dice timing;

    public World(Dice dice, int district, double scale, TownParams params, PhonePool phones, Serials serials) {
        this.district = district;
        this.scale = scale;
        this.params = params;
        this.phones = phones;
        this.serials = serials;
        this.names = dice.fork("names");
        this.timing = dice.fork("timing");
        this.places = new PlaceBook(dice.fork("places"), district, scale);
        this.cars = new Cars("YYYYYYSNMBW".charAt(district % 11));
        Dice staffDice = dice.fork("staff");
        this.staff = new StaffRoster(staffDice, district, scale, occupation -> professional(staffDice, occupation));
    }

    /** A new person of the town; {@code surname} may be null to draw one. */
    public Person person(Kind kind, char sex, int bornDay, String surname) {
        String given = NameBook.given(sex, names);
        String family = surname != null ? surname : NameBook.surname(names);
        if (!people.isEmpty() && names.chance(NAMESAKE_SHARE)) {
            Person other = people.get(names.below(people.size()));
            if (other.sex == sex) {
                given = other.given;
                family = other.surname;
            }
        }
        Person person = new Person(serials.person(), kind, sex, bornDay, given, family);
        double nicknamed = kind == Kind.OFFENDER ? 0.8 : 0.2;
        if (names.chance(nicknamed)) {
            person.nickname = Nicknames.nickname(given, names.chance(kind == Kind.OFFENDER ? 0.35 : 0.8), names);
        }
        people.add(person);
        return person;
    }

    /** A person aged between {@code minAge} and {@code maxAge} on {@code day}. */
    public Person aged(Kind kind, char sex, int day, int minAge, int maxAge, String surname) {
        int ageDays = names.between(minAge * 365 + 1, maxAge * 365 + 364);
        return person(kind, sex, day - ageDays, surname);
    }

    /** A benign adult of this occupation, recorded in {@link #benign}. */
    public Person professional(Dice dice, Occupation occupation) {
        char sex = switch (occupation) {
            case FOSTER_CARER -> dice.chance(0.8) ? 'F' : 'M';
            case TRANSPORT_DRIVER, SPORTS_COACH -> dice.chance(0.8) ? 'M' : 'F';
            default -> dice.chance(0.6) ? 'F' : 'M';
        };
        Person person = aged(Kind.BENIGN_ADULT, sex, Calendar.FIRST_DAY, 24, 55, null);
        person.occupation = occupation;
        person.home = places.address(dice);
        benign.computeIfAbsent(occupation, o -> new ArrayList<>()).add(person);
        return person;
    }

    /** A new concern received on {@code day} at a plausible hour for {@code agency}. */
    public ConcernPlan concern(int day, Agency agency, Scene scene) {
        day = Calendar.clamp(day);
        int minute;
        if (agency.isPolice() || agency == Agency.EMERGENCY_DEPARTMENT || agency == Agency.RESIDENTIAL_CARE) {
            minute = timing.chance(0.6) ? timing.between(17 * 60, 24 * 60 - 1) : timing.between(0, 17 * 60 - 1);
        } else {
            int weekday = Calendar.weekday(day);
            if (weekday >= 6 && timing.chance(0.85)) {
                day = Math.min(Calendar.LAST_DAY, day + (8 - weekday));
            }
            minute = timing.between(8 * 60 + 30, 17 * 60 + 30);
        }
        ConcernPlan plan = new ConcernPlan(Calendar.at(day, minute), agency, staff.author(agency, day, timing), scene,
                timing.nextLong());
        plan.localTime = (agency == Agency.SEXUAL_HEALTH || agency == Agency.EMERGENCY_DEPARTMENT)
                && timing.chance(0.9);
        plan.detail = switch (agency) {
            case POLICE_INTELLIGENCE, POLICE_CRIME, SOCIAL_CARE -> timing.weighted(1, 4, 4);
            case SEXUAL_HEALTH, EMERGENCY_DEPARTMENT -> timing.weighted(5, 4, 1);
            default -> timing.weighted(2, 5, 2);
        };
        concerns.add(plan);
        return plan;
    }

    public List<Person> benign(Occupation occupation) {
        return benign.getOrDefault(occupation, List.of());
    }
}
