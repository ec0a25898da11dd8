package org.vigil.town.story;

import org.vigil.town.world.Dice;

/**
 * Intelligence gradings as police and partners gave them: mostly 3x5x2 (source 1–3, intelligence A–E, handling
 * P or C), some in the legacy 5x5x5 of the National Intelligence Model (source A–E, intelligence 1–5, handling 1–5),
 * kept as given.
 */
final class Gradings {
    private Gradings() {
    }

    static String[] draw(Dice dice) {
        if (dice.chance(0.3)) {
            return new String[] {"5x5x5", String.valueOf("ABCDE".charAt(dice.weighted(1, 4, 4, 1, 0.5))),
                String.valueOf(1 + dice.weighted(1, 3, 4, 2, 0.5)), String.valueOf(1 + dice.weighted(6, 1, 1, 1, 1))};
        }
        return new String[] {"3x5x2", String.valueOf(1 + dice.weighted(2, 6, 3)),
            String.valueOf("ABCDE".charAt(dice.weighted(1, 3, 4, 1.5, 1))), dice.chance(0.85) ? "P" : "C"};
    }
}
