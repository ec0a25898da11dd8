package org.vigil.town.story;

import java.util.List;
import org.vigil.town.world.Dice;

/** Home Office offence classification codes that the town's concerns allege. */
final class Offences {
    private Offences() {
    }

    /** A sexual offence against a child of this age and sex, as a crime report would record it. */
    static List<String> againstChild(Dice dice, int age, char sex) {
        if (age < 13) {
            return List.of(sex == 'F' ? dice.pick(new String[] {"19E", "20B", "21"})
                    : dice.pick(new String[] {"19H", "17B", "21"}));
        }
        String main = sex == 'F' ? dice.pick(new String[] {"19D", "22B", "20A", "22B", "71"})
                : dice.pick(new String[] {"19G", "22B", "17A", "71"});
        return dice.chance(0.25) ? List.of(main, dice.pick(new String[] {"71", "88A", "72"})) : List.of(main);
    }

    /** What intelligence about a network alleges: exploitation, trafficking, grooming, drug supply. */
    static List<String> intelligence(Dice dice) {
        return switch (dice.weighted(4, 1.5, 1.5, 1, 3)) {
            case 0 -> List.of("71");
            case 1 -> List.of("72");
            case 2 -> List.of("88A");
            case 3 -> List.of("71", "92A");
            default -> List.of();
        };
    }
}
