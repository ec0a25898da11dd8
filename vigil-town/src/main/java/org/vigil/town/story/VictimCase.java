package org.vigil.town.story;

import org.vigil.town.world.Calendar;
import org.vigil.town.world.Dice;
import org.vigil.town.world.Household;
import org.vigil.town.world.Network;
import org.vigil.town.world.Person;
import org.vigil.town.world.Place;

/**
 * One child's exploitation by one network, from {@code firstDay} to {@code lastDay}: where she lives (at home, in a
 * children's home or with a foster carer), her school, and the man she calls her boyfriend.
 */
final class VictimCase {
    final Person victim;
    final Network network;
    final int firstDay;
    final int lastDay;
    final Person boyfriend;
    Household home;
    Place careHome;
    Person fosterCarer;
    Place school;

    VictimCase(Person victim, Network network, int firstDay, int lastDay, Person boyfriend) {
        this.victim = victim;
        this.network = network;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.boyfriend = boyfriend;
    }

    /** A member of the network to be named on {@code day}: the boyfriend often, the prominent members more. */
    Person member(Dice dice) {
        if (dice.chance(0.5)) {
            return boyfriend;
        }
        double total = 0;
        for (Person m : network.members) {
            total += m.prominence;
        }
        double x = dice.unit() * total;
        for (Person m : network.members) {
            x -= m.prominence;
            if (x < 0) {
                return m;
            }
        }
        return boyfriend;
    }

    boolean inCare() {
        return careHome != null || fosterCarer != null;
    }

    /** The victim's age on {@code day}. */
    int age(int day) {
        return Calendar.age(victim.bornDay, day);
    }

    /** A parent or carer at home, or null. */
    Person parent(Dice dice) {
        if (fosterCarer != null) {
            return fosterCarer;
        }
        if (home == null || home.adults.isEmpty()) {
            return null;
        }
        return dice.pick(home.adults);
    }
}
