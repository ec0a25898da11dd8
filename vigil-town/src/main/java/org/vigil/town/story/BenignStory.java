package org.vigil.town.story;

import static org.vigil.town.story.Indicator.ALCOHOL_DRUGS;
import static org.vigil.town.story.Indicator.INJURY;
import static org.vigil.town.story.Indicator.MISSING;
import static org.vigil.town.story.Indicator.SCHOOL_ABSENCE;
import static org.vigil.town.story.Indicator.TAXI;
import static org.vigil.town.story.Indicator.VEHICLE_PICKUP;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.town.world.Calendar;
import org.vigil.town.world.Dice;
import org.vigil.town.world.Household;
import org.vigil.town.world.Kind;
import org.vigil.town.world.Occupation;
import org.vigil.town.world.Person;
import org.vigil.town.world.Place;
import org.vigil.town.world.PlaceKind;

/**
 * Adults who are near many children for good reasons, and the ordinary concerns they appear in: foster carers with
 * the children placed with them, contracted school-transport drivers with the children on their route (in taxis of
 * the same firms the networks use), sports coaches who drive children to matches, youth workers, teachers and
 * social workers. They are named as reporter, witness, associate or other, never as suspect; some of these
 * concerns carry indicators (a child missing from a placement, an injury at training) with no exploitation behind
 * them. A detector that flags adults for being near many children will flag all of them.
 */
final class BenignStory {
    /** The children one adult is responsible for, during one period. */
    private record Group(Person adult, List<Person> children, int from, int to) {
    }

    private final World world;
    private final Dice dice;
    /** Each adult's groups over the years. */
    private final Map<Person, List<Group>> groups = new IdentityHashMap<>();

    BenignStory(World world, Dice dice) {
        this.world = world;
        this.dice = dice;
    }

    /** Creates the foster carers, drivers and coaches (other professionals come with the staff roster). */
    void populate() {
        for (int i = 0, n = count(5); i < n; i++) {
            Person carer = world.professional(dice, Occupation.FOSTER_CARER);
            Household home = new Household(carer.home);
            home.adults.add(carer);
            if (dice.chance(0.5)) {
                Person partner = world.aged(Kind.OTHER_ADULT, carer.sex == 'F' ? 'M' : 'F', Calendar.FIRST_DAY, 30,
                        55, dice.chance(0.8) ? carer.surname : null);
                partner.home = carer.home;
                home.adults.add(partner);
            }
            if (dice.chance(0.3)) {
                carer.phones.add(world.phones.next());
            }
            world.fosterHomes.add(home);
        }
        for (int i = 0, n = count(8); i < n; i++) {
            Person driver = world.professional(dice, Occupation.TRANSPORT_DRIVER);
            Place firm = world.places.any(PlaceKind.TAXI_FIRM, dice);
            driver.cars.add(world.cars.taxi(dice, Calendar.FIRST_DAY + dice.below(2000), firm));
            if (dice.chance(0.25)) {
                driver.phones.add(world.phones.next());
            }
        }
        for (int i = 0, n = count(6); i < n; i++) {
            Person coach = world.professional(dice, Occupation.SPORTS_COACH);
            if (dice.chance(0.6)) {
                coach.cars.add(world.cars.privateCar(dice, Calendar.FIRST_DAY + dice.below(3000)));
            }
        }
    }

    /** Adds exactly {@code budget} concerns. */
    void run(int budget) {
        for (int made = 0; made < budget; made++) {
            int day = dice.between(Calendar.FIRST_DAY, Calendar.LAST_DAY);
            switch (dice.weighted(3, 2.5, 2, 1.5, 1.5, 1.5)) {
                case 0 -> foster(day);
                case 1 -> transport(day);
                case 2 -> club(day);
                case 3 -> youthClub(day);
                case 4 -> welfareVisit(day);
                default -> school(day);
            }
        }
    }

    private void foster(int day) {
        Household home = dice.pick(world.fosterHomes);
        Group group = group(home.adults.get(0), day, 1, 3, 4, 16, home);
        Scene scene = dice.chance(0.5) ? Scene.FOSTER_MISSING : Scene.PLACEMENT_REVIEW;
        ConcernPlan plan = world.concern(day, scene == Scene.FOSTER_MISSING ? Agency.POLICE_MISSING
                : Agency.SOCIAL_CARE, scene);
        List<Person> named = some(group.children(), day, scene == Scene.FOSTER_MISSING ? 1 : 3);
        for (Person child : named) {
            plan.add(child, scene == Scene.FOSTER_MISSING ? "victim" : "other").address = dice.chance(0.3);
        }
        SubjectPlan carer = plan.add(group.adult(), scene == Scene.FOSTER_MISSING ? "reporter" : "other");
        carer.address = dice.chance(0.5);
        if (!group.adult().phones.isEmpty() && dice.chance(0.4)) {
            carer.phone(group.adult().phones.get(0));
        }
        if (scene == Scene.FOSTER_MISSING) {
            plan.flag(MISSING).flagIf(dice.chance(0.1), ALCOHOL_DRUGS);
        } else if (!world.benign(Occupation.SOCIAL_WORKER).isEmpty() && dice.chance(0.4)) {
            plan.add(dice.pick(world.benign(Occupation.SOCIAL_WORKER)), "other");
        }
    }

    private void transport(int day) {
        Person driver = dice.pick(world.benign(Occupation.TRANSPORT_DRIVER));
        Group group = group(driver, day, 3, 7, 5, 16, null);
        Agency agency = switch (dice.weighted(3, 2, 1)) {
            case 0 -> Agency.EDUCATION;
            case 1 -> Agency.SOCIAL_CARE;
            default -> Agency.TAXI_LICENSING;
        };
        ConcernPlan plan = world.concern(day, agency, Scene.TRANSPORT_INCIDENT);
        for (Person child : some(group.children(), day, 3)) {
            plan.add(child, dice.chance(0.5) ? "victim" : "other");
        }
        SubjectPlan s = plan.add(driver, dice.chance(0.5) ? "witness" : dice.chance(0.5) ? "reporter" : "other");
        if (dice.chance(0.6)) {
            s.car(driver.cars.get(0));
            plan.sceneCar = driver.cars.get(0);
        }
        if (dice.chance(0.3)) {
            s.place(driver.cars.get(0).firm());
            plan.scenePlace = driver.cars.get(0).firm();
        }
        if (!driver.phones.isEmpty() && dice.chance(0.3)) {
            s.phone(driver.phones.get(0));
        }
        plan.flagIf(dice.chance(0.2), TAXI).flagIf(dice.chance(0.05), VEHICLE_PICKUP)
                .flagIf(dice.chance(0.1), INJURY).flagIf(dice.chance(0.08), SCHOOL_ABSENCE);
    }

    private void club(int day) {
        Person coach = dice.pick(world.benign(Occupation.SPORTS_COACH));
        Group group = group(coach, day, 6, 14, 8, 17, null);
        int kind = dice.weighted(3, 2, 1.5);
        Agency agency = kind == 0 ? Agency.EMERGENCY_DEPARTMENT : kind == 1 ? Agency.POLICE_MISSING : Agency.EDUCATION;
        ConcernPlan plan = world.concern(day, agency, Scene.CLUB_INCIDENT);
        plan.variant = kind;
        List<Person> named = some(group.children(), day, kind == 2 ? 3 : 2);
        for (int i = 0; i < named.size(); i++) {
            plan.add(named.get(i), i == 0 ? "victim" : "other");
        }
        SubjectPlan s = plan.add(coach, dice.chance(0.5) ? "associate" : "witness");
        if (!coach.cars.isEmpty() && dice.chance(kind == 1 ? 0.6 : 0.2)) {
            s.car(coach.cars.get(0));
            plan.sceneCar = coach.cars.get(0);
        }
        plan.scenePlace = world.places.any(PlaceKind.PARK, dice);
        plan.places.add(plan.scenePlace);
        switch (kind) {
            case 0 -> plan.flag(INJURY);
            case 1 -> plan.flag(MISSING).flagIf(dice.chance(0.15), VEHICLE_PICKUP);
            default -> plan.flagIf(dice.chance(0.6), SCHOOL_ABSENCE);
        }
    }

    private void youthClub(int day) {
        List<Person> workers = world.benign(Occupation.YOUTH_WORKER);
        Person worker = dice.pick(workers);
        Group group = group(worker, day, 8, 20, 11, 17, null);
        ConcernPlan plan = world.concern(day, Agency.YOUTH_PROJECT, Scene.YOUTH_CLUB_INCIDENT);
        List<Person> named = some(group.children(), day, 3);
        for (int i = 0; i < named.size(); i++) {
            plan.add(named.get(i), i == 0 ? "victim" : dice.chance(0.5) ? "associate" : "other");
        }
        plan.add(worker, dice.chance(0.6) ? "witness" : "reporter");
        plan.flagIf(dice.chance(0.25), ALCOHOL_DRUGS).flagIf(dice.chance(0.1), INJURY);
    }

    private void welfareVisit(int day) {
        Person worker = dice.pick(world.benign(Occupation.SOCIAL_WORKER));
        Group group = group(worker, day, 5, 12, 0, 17, null);
        ConcernPlan plan = world.concern(day, Agency.SOCIAL_CARE, Scene.WELFARE_VISIT);
        for (Person child : some(group.children(), day, 3)) {
            plan.add(child, "other").address = dice.chance(0.4);
        }
        plan.add(worker, dice.chance(0.7) ? "other" : "reporter");
    }

    private void school(int day) {
        Person teacher = dice.pick(world.benign(Occupation.TEACHER));
        Group group = group(teacher, day, 20, 30, 5, 16, null);
        ConcernPlan plan = world.concern(day, Agency.EDUCATION, Scene.ATTENDANCE);
        List<Person> named = some(group.children(), day, 2);
        for (Person child : named) {
            plan.add(child, "victim");
        }
        plan.add(teacher, dice.chance(0.7) ? "reporter" : "witness");
        plan.scenePlace = world.places.any(PlaceKind.SCHOOL, dice);
        plan.places.add(plan.scenePlace);
        plan.flag(SCHOOL_ABSENCE);
    }

    /**
     * The children this adult has on {@code day}: the current group if one is running, else a new one of
     * {@code min}..{@code max} children aged {@code minAge}..{@code maxAge}, lasting one to four years. A foster
     * home's groups include the exploited children placed there.
     */
    private Group group(Person adult, int day, int min, int max, int minAge, int maxAge, Household home) {
        List<Group> own = groups.computeIfAbsent(adult, a -> new ArrayList<>());
        for (Group g : own) {
            if (g.from() <= day && day <= g.to()) {
                return g;
            }
        }
        int from = day - dice.below(200);
        Group group = new Group(adult, new ArrayList<>(), from, from + dice.between(365, 4 * 365));
        int size = dice.between(min, max);
        // Siblings are often placed together.
        boolean siblings = home != null && dice.chance(0.5);
        String surname = null;
        for (int i = 0; i < size; i++) {
            Person child = world.aged(Kind.OTHER_CHILD, dice.chance(0.5) ? 'F' : 'M', day, minAge, maxAge,
                    siblings ? surname : null);
            if (surname == null) {
                surname = child.surname;
            }
            child.home = home != null ? home.address : world.places.address(dice);
            group.children().add(child);
            if (home != null) {
                home.children.add(child);
            }
        }
        if (home != null) {
            for (Person child : home.children) {
                if (child.kind == Kind.VICTIM && !group.children().contains(child) && dice.chance(0.5)) {
                    group.children().add(child);
                }
            }
        }
        own.add(group);
        return group;
    }

    /** Up to {@code max} distinct children of the group who are alive and under 18 on {@code day}. */
    private List<Person> some(List<Person> children, int day, int max) {
        List<Person> pool = new ArrayList<>(children.size());
        for (Person child : children) {
            if (child.bornDay <= day && child.isChildOn(day)) {
                pool.add(child);
            }
        }
        List<Person> chosen = new ArrayList<>(max);
        int n = Math.min(pool.size(), dice.between(1, max));
        while (chosen.size() < n) {
            Person child = pool.get(dice.below(pool.size()));
            if (!chosen.contains(child)) {
                chosen.add(child);
            }
        }
        if (chosen.isEmpty()) {
            Person child = world.aged(Kind.OTHER_CHILD, dice.chance(0.5) ? 'F' : 'M', day, 6, 15, null);
            children.add(child);
            chosen.add(child);
        }
        return chosen;
    }

    private int count(int standard) {
        return Math.max(1, (int) Math.round(standard * world.scale * dice.uniform(0.75, 1.3)));
    }
}
