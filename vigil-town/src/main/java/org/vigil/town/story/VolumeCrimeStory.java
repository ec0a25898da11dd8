package org.vigil.town.story;

import static org.vigil.town.story.Indicator.INJURY;
import static org.vigil.town.story.Indicator.THREATS;

import java.util.ArrayList;
import java.util.List;
import org.vigil.town.world.Calendar;
import org.vigil.town.world.Dice;
import org.vigil.town.world.Kind;
import org.vigil.town.world.Person;
import org.vigil.town.world.PlaceKind;

/**
 * The crime the performance targets of the time counted, vehicle crime, burglary and robbery: police crime reports of
 * burglaries, thefts of and from cars and street robberies, a few prolific local offenders named again and again, most
 * reports naming no one. No child is exploited here, and the reports carry no exploitation indicator; they are the
 * work a volume-target regime would have put first, so the town's two rankings can be told apart.
 */
final class VolumeCrimeStory {
    /** Prolific offenders per standard district: a handful of burglars and car thieves commit most of it. */
    private static final int PROLIFIC = 14;

    private final World world;
    private final Dice dice;
    private final List<Person> prolific = new ArrayList<>();
    /** How active each prolific offender is: the weight of his being the one a report names. */
    private double[] activity;

    VolumeCrimeStory(World world, Dice dice) {
        this.world = world;
        this.dice = dice;
    }

    /** Adds exactly {@code budget} concerns. */
    void run(int budget) {
        int offenders = Math.max(2, (int) Math.round(PROLIFIC * world.scale));
        activity = new double[offenders];
        for (int i = 0; i < offenders; i++) {
            // Aged 15 to 38 when the town's records begin: some start as teenagers and go on for years.
            prolific.add(resident(Kind.OTHER_ADULT, dice.chance(0.9) ? 'M' : 'F', Calendar.FIRST_DAY, 15, 38));
            activity[i] = dice.exponential(1) + 0.2;
        }
        for (int i = 0; i < budget; i++) {
            int day = dice.between(Calendar.FIRST_DAY, Calendar.LAST_DAY);
            switch (dice.weighted(5, 6, 1.5)) {
                case 0 -> burglary(day);
                case 1 -> vehicleCrime(day);
                default -> robbery(day);
            }
        }
    }

    private void burglary(int day) {
        ConcernPlan plan = world.concern(day, Agency.POLICE_CRIME, Scene.BURGLARY);
        plan.add(resident(Kind.OTHER_ADULT, dice.chance(0.5) ? 'F' : 'M', day, 22, 80), "victim").address = true;
        suspect(plan, 0.3);
        plan.offences = List.of(dice.pick(new String[] {"28A", "28A", "28B", "30A"}));
    }

    private void vehicleCrime(int day) {
        ConcernPlan plan = world.concern(day, Agency.POLICE_CRIME, Scene.VEHICLE_CRIME);
        plan.add(resident(Kind.OTHER_ADULT, dice.chance(0.5) ? 'F' : 'M', day, 18, 75), "victim").address =
                dice.chance(0.7);
        suspect(plan, 0.25);
        plan.offences = List.of(dice.pick(new String[] {"45", "45", "48", "126"}));
    }

    /** A street robbery: phones and cash taken, often from a teenager on the way home. */
    private void robbery(int day) {
        ConcernPlan plan = world.concern(day, Agency.POLICE_CRIME, Scene.ROBBERY);
        boolean young = dice.chance(0.45);
        Person victim = resident(young ? Kind.OTHER_CHILD : Kind.OTHER_ADULT, dice.chance(0.6) ? 'M' : 'F', day,
                young ? 12 : 18, young ? 17 : 70);
        plan.add(victim, "victim").address = dice.chance(0.5);
        suspect(plan, 0.35);
        plan.flagIf(dice.chance(0.4), THREATS).flagIf(dice.chance(0.2), INJURY);
        plan.offences = List.of("34B");
        if (dice.chance(0.3)) {
            plan.scenePlace = world.places.any(PlaceKind.SHOP, dice);
            plan.places.add(plan.scenePlace);
        }
    }

    /** Names a prolific offender as the suspect in {@code share} of reports; the rest name no one. */
    private void suspect(ConcernPlan plan, double share) {
        if (!dice.chance(share)) {
            return;
        }
        plan.add(prolific.get(dice.weighted(activity)), "suspect").address = dice.chance(0.5);
    }

    /** A new person of the town aged {@code minAge}..{@code maxAge} on {@code day}, with a home address. */
    private Person resident(Kind kind, char sex, int day, int minAge, int maxAge) {
        Person p = world.aged(kind, sex, day, minAge, maxAge, null);
        p.home = world.places.address(dice);
        return p;
    }
}
