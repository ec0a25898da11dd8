package org.vigil.town.story;

import static org.vigil.town.story.Indicator.ALCOHOL_DRUGS;
import static org.vigil.town.story.Indicator.INJURY;
import static org.vigil.town.story.Indicator.MISSING;
import static org.vigil.town.story.Indicator.OLDER_PARTNER;
import static org.vigil.town.story.Indicator.ONLINE_CONTACT;
import static org.vigil.town.story.Indicator.SCHOOL_ABSENCE;
import static org.vigil.town.story.Indicator.SEXUAL_HEALTH;
import static org.vigil.town.story.Indicator.THREATS;

import java.util.ArrayList;
import java.util.List;
import org.vigil.town.world.Calendar;
import org.vigil.town.world.Dice;
import org.vigil.town.world.Household;
import org.vigil.town.world.Kind;
import org.vigil.town.world.Occupation;
import org.vigil.town.world.Person;
import org.vigil.town.world.PlaceKind;

/**
 * The bulk of safeguarding work, with no exploitation behind it: families known for neglect or domestic abuse,
 * bullying, accidents, teenagers who run away after a row or drink in the park, routine clinic visits, poor
 * attendance. Siblings share an address; a family may come up again and again over the years. Many of these
 * concerns carry the same indicators as exploitation (missing, alcohol, an older partner).
 */
final class HouseholdStory {
    private final World world;
    private final Dice dice;

    HouseholdStory(World world, Dice dice) {
        this.world = world;
        this.dice = dice;
    }

    /** Adds exactly {@code budget} concerns. */
    void run(int budget) {
        int made = 0;
        while (made < budget) {
            int start = dice.between(Calendar.FIRST_DAY, Calendar.LAST_DAY);
            Household home = household(start);
            int concerns = Math.min(budget - made, 1 + (int) dice.exponential(dice.chance(0.2) ? 4 : 0.8));
            int span = Math.min(dice.between(30, 5 * 365), Calendar.LAST_DAY - start + 1);
            for (int i = 0; i < concerns; i++) {
                concern(home, start + dice.below(span));
            }
            made += concerns;
        }
    }

    private Household household(int day) {
        Household home = new Household(world.places.address(dice));
        Person mother = world.aged(Kind.OTHER_ADULT, dice.chance(0.88) ? 'F' : 'M', day, 19, 50, null);
        mother.home = home.address;
        home.adults.add(mother);
        if (dice.chance(0.5)) {
            Person partner = world.aged(Kind.OTHER_ADULT, mother.sex == 'F' ? 'M' : 'F', day, 19, 55,
                    dice.chance(0.6) ? mother.surname : null);
            partner.home = home.address;
            home.adults.add(partner);
        }
        if (dice.chance(0.1)) {
            mother.phones.add(world.phones.next());
        }
        int children = dice.chance(0.08) ? 0 : 1 + dice.weighted(4, 3, 2, 1);
        for (int i = 0; i < children; i++) {
            Person child = world.aged(Kind.OTHER_CHILD, dice.chance(0.5) ? 'F' : 'M', day + dice.below(1000), 0, 16,
                    dice.chance(0.8) ? mother.surname : null);
            child.home = home.address;
            home.children.add(child);
        }
        return home;
    }

    private void concern(Household home, int day) {
        Person child = child(home, day, 0, 17);
        Person pupil = child(home, day, 5, 16);
        Person teen = child(home, day, 12, 17);
        int pick = dice.weighted(2, 2, pupil != null ? 1 : 0, 1, teen != null ? 0.8 : 0, teen != null ? 1 : 0,
                teen != null ? 0.8 : 0, pupil != null ? 0.5 : 0, teen != null ? 0.6 : 0, pupil != null ? 1.2 : 0,
                teen != null ? 0.35 : 0);
        if (child == null && pick != 1) {
            pick = 1;
        }
        switch (pick) {
            case 0 -> neglect(home, day);
            case 1 -> domestic(home, day);
            case 2 -> bullying(home, pupil, day);
            case 3 -> accident(home, child, day);
            case 4 -> clinic(teen, day);
            case 5 -> runaway(home, teen, day);
            case 6 -> drinking(teen, day);
            case 7 -> online(home, pupil, day);
            case 8 -> shoplifting(teen, day);
            case 9 -> attendance(home, pupil, day);
            default -> relationship(teen, day);
        }
    }

    private void neglect(Household home, int day) {
        Agency agency = switch (dice.weighted(3, 2, 1)) {
            case 0 -> Agency.SOCIAL_CARE;
            case 1 -> Agency.EDUCATION;
            default -> Agency.POLICE_CRIME;
        };
        ConcernPlan plan = world.concern(day, agency, Scene.NEGLECT);
        for (Person c : home.children) {
            if (c.bornDay <= day && c.isChildOn(day) && dice.chance(0.8)) {
                plan.add(c, "victim").address = dice.chance(0.5);
            }
        }
        if (plan.subjects.isEmpty()) {
            plan.add(child(home, day, 0, 17), "victim");
        }
        plan.add(home.adults.get(0), dice.chance(0.3) ? "suspect" : "other").address = dice.chance(0.6);
        plan.flagIf(dice.chance(0.3), SCHOOL_ABSENCE).flagIf(dice.chance(0.05), INJURY);
        if (agency == Agency.SOCIAL_CARE && dice.chance(0.3) && !world.benign(Occupation.SOCIAL_WORKER).isEmpty()) {
            plan.add(dice.pick(world.benign(Occupation.SOCIAL_WORKER)), "other");
        }
        if (agency == Agency.POLICE_CRIME && dice.chance(0.3)) {
            plan.offences = List.of("11A");
        }
    }

    private void domestic(Household home, int day) {
        ConcernPlan plan = world.concern(day, Agency.POLICE_CRIME, Scene.DOMESTIC);
        Person victim = home.adults.get(0);
        Person abuser = home.adults.size() > 1 ? home.adults.get(1) : null;
        if (abuser == null || dice.chance(0.25)) {
            abuser = world.aged(Kind.OTHER_ADULT, victim.sex == 'F' ? 'M' : 'F', day, 18, 55, null);
            abuser.home = world.places.address(dice);
            home.adults.add(abuser);
        }
        plan.add(victim, "victim").address = true;
        SubjectPlan suspect = plan.add(abuser, "suspect");
        suspect.address = dice.chance(0.5);
        if (dice.chance(0.15)) {
            if (abuser.phones.isEmpty()) {
                abuser.phones.add(world.phones.next());
            }
            suspect.phone(abuser.phones.get(0));
        }
        for (Person c : home.children) {
            if (c.bornDay <= day && c.isChildOn(day) && dice.chance(0.7)) {
                plan.add(c, "other");
            }
        }
        plan.flagIf(dice.chance(0.4), INJURY).flagIf(dice.chance(0.3), THREATS).flagIf(dice.chance(0.3), ALCOHOL_DRUGS);
        plan.offences = dice.chance(0.6) ? List.of(dice.chance(0.5) ? "8N" : "105A") : List.of();
        if (dice.chance(0.3)) {
            plan.grading = Gradings.draw(dice);
        }
    }

    private void bullying(Household home, Person child, int day) {
        ConcernPlan plan = world.concern(day, Agency.EDUCATION, Scene.BULLYING);
        plan.add(child, "victim");
        Person other = world.aged(Kind.OTHER_CHILD, dice.chance(0.5) ? 'F' : 'M', day,
                Math.max(5, Calendar.age(child.bornDay, day) - 1), Math.min(17, Calendar.age(child.bornDay, day) + 1),
                null);
        other.home = world.places.address(dice);
        plan.add(other, dice.chance(0.6) ? "suspect" : "associate");
        plan.scenePlace = world.places.any(PlaceKind.SCHOOL, dice);
        plan.places.add(plan.scenePlace);
        plan.flagIf(dice.chance(0.2), ONLINE_CONTACT).flagIf(dice.chance(0.1), INJURY)
                .flagIf(dice.chance(0.1), SCHOOL_ABSENCE);
    }

    private void accident(Household home, Person child, int day) {
        ConcernPlan plan = world.concern(day, Agency.EMERGENCY_DEPARTMENT, Scene.ACCIDENT);
        plan.add(child, "victim").address = dice.chance(0.6);
        if (dice.chance(0.5)) {
            plan.add(home.adults.get(0), "reporter");
        }
        plan.flag(INJURY);
    }

    private void clinic(Person teen, int day) {
        ConcernPlan plan = world.concern(day, Agency.SEXUAL_HEALTH, Scene.ROUTINE_CLINIC);
        plan.add(teen, "victim");
        int age = Calendar.age(teen.bornDay, day);
        if (dice.chance(0.3)) {
            int partnerAge = Math.min(19, age + dice.between(0, 2));
            Person partner = world.aged(partnerAge >= 18 ? Kind.OTHER_ADULT : Kind.OTHER_CHILD,
                    teen.sex == 'F' ? 'M' : 'F', day, partnerAge, partnerAge, null);
            plan.add(partner, "associate");
        }
        plan.flag(SEXUAL_HEALTH).flagIf(dice.chance(0.05), OLDER_PARTNER);
    }

    private void runaway(Household home, Person teen, int day) {
        ConcernPlan plan = world.concern(day, Agency.POLICE_MISSING, Scene.RUNAWAY);
        plan.add(teen, "victim").address = dice.chance(0.7);
        if (dice.chance(0.7)) {
            plan.add(home.adults.get(0), "reporter");
        }
        plan.flag(MISSING).flagIf(dice.chance(0.2), ALCOHOL_DRUGS);
    }

    private void drinking(Person teen, int day) {
        ConcernPlan plan = world.concern(day, dice.chance(0.5) ? Agency.EMERGENCY_DEPARTMENT : Agency.POLICE_CRIME,
                Scene.TEEN_DRINKING);
        plan.add(teen, "victim");
        if (dice.chance(0.4)) {
            int age = Calendar.age(teen.bornDay, day);
            Person friend = world.aged(Kind.OTHER_CHILD, dice.chance(0.5) ? 'F' : 'M', day, age, Math.min(17, age + 1),
                    null);
            plan.add(friend, "associate");
        }
        plan.scenePlace = world.places.any(PlaceKind.PARK, dice);
        plan.places.add(plan.scenePlace);
        plan.flag(ALCOHOL_DRUGS).flagIf(dice.chance(0.2), INJURY);
    }

    private void online(Household home, Person child, int day) {
        ConcernPlan plan = world.concern(day, dice.chance(0.6) ? Agency.EDUCATION : Agency.SOCIAL_CARE,
                Scene.ONLINE_WORRY);
        plan.add(child, "victim");
        if (dice.chance(0.4)) {
            plan.add(home.adults.get(0), "reporter");
        }
        plan.flag(ONLINE_CONTACT);
    }

    private void shoplifting(Person teen, int day) {
        ConcernPlan plan = world.concern(day, Agency.POLICE_CRIME, Scene.SHOPLIFTING);
        plan.add(teen, "suspect").address = dice.chance(0.6);
        plan.scenePlace = world.places.any(PlaceKind.SHOP, dice);
        plan.places.add(plan.scenePlace);
        plan.offences = List.of("46");
    }

    private void attendance(Household home, Person child, int day) {
        ConcernPlan plan = world.concern(day, Agency.EDUCATION, Scene.ATTENDANCE);
        plan.add(child, "victim");
        if (dice.chance(0.3)) {
            plan.add(home.adults.get(0), "other").address = true;
        }
        List<Person> teachers = world.benign(Occupation.TEACHER);
        if (!teachers.isEmpty() && dice.chance(0.4)) {
            plan.add(dice.pick(teachers), "reporter");
        }
        plan.flag(SCHOOL_ABSENCE);
    }

    private void relationship(Person teen, int day) {
        ConcernPlan plan = world.concern(day, dice.chance(0.6) ? Agency.SOCIAL_CARE : Agency.YOUTH_PROJECT,
                Scene.TEEN_RELATIONSHIP);
        plan.add(teen, "victim");
        int age = Calendar.age(teen.bornDay, day);
        int partnerAge = Math.min(19, age + dice.between(1, 3));
        Person partner = world.aged(partnerAge >= 18 ? Kind.OTHER_ADULT : Kind.OTHER_CHILD,
                teen.sex == 'F' ? 'M' : 'F', day, partnerAge, partnerAge, null);
        plan.add(partner, "associate");
        plan.flag(OLDER_PARTNER).flagIf(dice.chance(0.2), MISSING);
    }

    /** A child of the household aged {@code min}..{@code max} on {@code day}, or null. */
    private Person child(Household home, int day, int min, int max) {
        List<Person> fit = new ArrayList<>(home.children.size());
        for (Person c : home.children) {
            if (c.bornDay <= day) {
                int age = Calendar.age(c.bornDay, day);
                if (age >= min && age <= max) {
                    fit.add(c);
                }
            }
        }
        return fit.isEmpty() ? null : dice.pick(fit);
    }
}
