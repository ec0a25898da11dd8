package org.vigil.town.names;

import org.vigil.town.world.Dice;

/**
 * The ways a name goes wrong when it is heard, not read: sounds spelled another way (ph/f, ck/k, ie/y, ee/i),
 * a double letter halved or doubled, a vowel changed, two letters swapped, a letter dropped.
 */
public final class Misspellings {
    private static final String[][] SOUNDS = {
        {"ph", "f"}, {"f", "ph"}, {"ck", "k"}, {"k", "ck"}, {"ie", "y"}, {"y", "ie"}, {"ey", "y"}, {"ee", "i"},
        {"ei", "ie"}, {"ie", "ei"}, {"ou", "u"}, {"oo", "u"}, {"s", "z"}, {"z", "s"}, {"c", "k"}, {"w", "v"},
        {"ai", "ay"}, {"ay", "ai"}, {"mm", "m"}, {"ll", "l"}, {"tt", "t"}, {"nn", "n"}, {"h", ""}, {"a", "e"},
        {"u", "oo"}, {"i", "ee"}, {"q", "k"}, {"x", "ks"}, {"th", "t"}, {"sh", "ch"},
    };
    private static final String VOWELS = "aeiou";

    private Misspellings() {
    }

    /** A plausible misspelling of {@code name}; never the name itself unless it is one letter long. */
    public static String misspell(String name, Dice dice) {
        if (name.length() < 2) {
            return name;
        }
        for (int attempt = 0; attempt < 6; attempt++) {
            String spelled = once(name, dice);
            if (!spelled.equalsIgnoreCase(name) && !spelled.isBlank()) {
                return capitalised(spelled, name);
            }
        }
        return capitalised(name + name.charAt(name.length() - 1), name);
    }

    private static String once(String name, Dice dice) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        switch (dice.below(5)) {
            case 0, 1 -> {
                String[] sound = dice.pick(SOUNDS);
                int at = lower.indexOf(sound[0], 1);
                if (at >= 0) {
                    return lower.substring(0, at) + sound[1] + lower.substring(at + sound[0].length());
                }
                return lower;
            }
            case 2 -> {
                int at = 1 + dice.below(lower.length() - 1);
                char c = lower.charAt(at);
                if (VOWELS.indexOf(c) >= 0) {
                    char other = VOWELS.charAt(dice.below(VOWELS.length()));
                    return lower.substring(0, at) + other + lower.substring(at + 1);
                }
                return lower.substring(0, at) + c + lower.substring(at);
            }
            case 3 -> {
                if (lower.length() < 4) {
                    return lower;
                }
                int at = 1 + dice.below(lower.length() - 2);
                return lower.substring(0, at) + lower.charAt(at + 1) + lower.charAt(at) + lower.substring(at + 2);
            }
            default -> {
                if (lower.length() < 5) {
                    return lower;
                }
                int at = 1 + dice.below(lower.length() - 1);
                return lower.substring(0, at) + lower.substring(at + 1);
            }
        }
    }

    /** Gives {@code spelled} the capitals of {@code original}: its first letter, or all of it. */
    private static String capitalised(String spelled, String original) {
        if (original.equals(original.toUpperCase(java.util.Locale.ROOT))) {
            return spelled.toUpperCase(java.util.Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(spelled);
        out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        for (int i = 1; i < out.length(); i++) {
            char before = out.charAt(i - 1);
            if (before == '-' || before == '\'' || before == ' ') {
                out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
            }
        }
        return out.toString();
    }
}
