package org.vigil.town.world;

import java.time.LocalDate;

/**
 * Makes the town's cars with registrations in the format of their year: the prefix format
 * ("R712 KLT", year letter first) before September 2001 and the current format ("YD03 KLT": memory tag, age
 * identifier, three random letters) after. Plates are random and may coincide with real ones by chance; nothing
 * links them to a real vehicle.
 */
public final class Cars {
    private static final String RANDOM_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY";
    private static final String[] COLOURS = {"silver", "black", "white", "blue", "red", "grey", "silver", "black",
        "green", "gold"};
    private static final String[][] MODELS = {
        {"Vauxhall", "Astra"}, {"Vauxhall", "Corsa"}, {"Vauxhall", "Vectra"}, {"Ford", "Focus"}, {"Ford", "Fiesta"},
        {"Ford", "Mondeo"}, {"Volkswagen", "Golf"}, {"Volkswagen", "Passat"}, {"BMW", "3 Series"}, {"Audi", "A4"},
        {"Toyota", "Corolla"}, {"Peugeot", "206"}, {"Renault", "Clio"}, {"Honda", "Civic"}, {"Nissan", "Micra"},
        {"Mercedes", "C-Class"}, {"Seat", "Leon"}, {"Skoda", "Octavia"}, {"Toyota", "Avensis"}, {"Rover", "25"},
    };
    private static final String[][] TAXI_MODELS = {
        {"Skoda", "Octavia"}, {"Toyota", "Prius"}, {"Ford", "Mondeo"}, {"Toyota", "Avensis"}, {"Volkswagen", "Passat"},
        {"Mercedes", "E-Class"}, {"Vauxhall", "Zafira"}, {"Ford", "Galaxy"},
    };
    // Prefix-format year letters and the day each series began (UK, 1983–2001).
    private static final char[] YEAR_LETTERS = {'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'W',
        'X', 'Y'};
    private static final LocalDate[] YEAR_LETTER_FROM = {
        LocalDate.of(1989, 8, 1), LocalDate.of(1990, 8, 1), LocalDate.of(1991, 8, 1), LocalDate.of(1992, 8, 1),
        LocalDate.of(1993, 8, 1), LocalDate.of(1994, 8, 1), LocalDate.of(1995, 8, 1), LocalDate.of(1996, 8, 1),
        LocalDate.of(1997, 8, 1), LocalDate.of(1998, 8, 1), LocalDate.of(1999, 3, 1), LocalDate.of(1999, 9, 1),
        LocalDate.of(2000, 3, 1), LocalDate.of(2000, 9, 1), LocalDate.of(2001, 3, 1),
    };
    private static final LocalDate CURRENT_FORMAT_FROM = LocalDate.of(2001, 9, 1);

    private final String memoryTag;

    /** Cars registered locally start with this area's memory tag letter (e.g. 'Y' for Yorkshire). */
    public Cars(char region) {
        this.memoryTag = String.valueOf(region);
    }

    /** A private car first seen on {@code day}, registered up to ten years before it. */
    public Car privateCar(Dice dice, int day) {
        String[] model = dice.pick(MODELS);
        return new Car(registration(dice, day - dice.between(0, 3650)), dice.pick(COLOURS), model[0], model[1], null);
    }

    /** A licensed taxi of {@code firm}, first seen on {@code day}, registered up to six years before it. */
    public Car taxi(Dice dice, int day, Place firm) {
        String[] model = dice.pick(TAXI_MODELS);
        String colour = dice.chance(0.5) ? "white" : dice.pick(COLOURS);
        return new Car(registration(dice, day - dice.between(0, 2190)), colour, model[0], model[1], firm);
    }

    /** A registration in the format in force on {@code day}. */
    public String registration(Dice dice, int day) {
        LocalDate date = LocalDate.ofEpochDay(day);
        if (date.isBefore(CURRENT_FORMAT_FROM)) {
            char letter = YEAR_LETTERS[0];
            for (int i = 0; i < YEAR_LETTERS.length; i++) {
                if (!date.isBefore(YEAR_LETTER_FROM[i])) {
                    letter = YEAR_LETTERS[i];
                }
            }
            return letter + Integer.toString(dice.between(1, 999)) + " " + letters(dice, 3);
        }
        int age = date.getMonthValue() >= 9 ? date.getYear() % 100 + 50
                : date.getMonthValue() >= 3 ? date.getYear() % 100 : (date.getYear() - 1) % 100 + 50;
        String tag = (dice.chance(0.8) ? memoryTag : letters(dice, 1)) + letters(dice, 1);
        return tag + Calendar.padded(age, 2) + " " + letters(dice, 3);
    }

    private static String letters(Dice dice, int n) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(RANDOM_LETTERS.charAt(dice.below(RANDOM_LETTERS.length())));
        }
        return out.toString();
    }
}
