package org.vigil.linkage.value;

import java.util.Arrays;
import java.util.Set;

/**
 * A person's name as written, split into given name and surname, each {@linkplain Folding folded}.
 *
 * <ul>
 *   <li>{@code "ASHRAF KHAN"} → given {@code ashraf}, surname {@code khan}
 *   <li>{@code "Ashraf K."} → given {@code ashraf}, surname {@code k} (an initial)
 *   <li>{@code "Khan, Ashraf"} → given {@code ashraf}, surname {@code khan}
 *   <li>{@code "Ash"} → given {@code ash}, no surname
 *   <li>{@code "Mary Jane Smith"} → given {@code mary}, middle {@code jane}, surname {@code smith}
 * </ul>
 * Titles ({@code Mr}, {@code Dr}, ...) are dropped. Either part may be {@code null}.
 */
public record PersonName(String given, String middle, String surname) {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "rev", "prof");

    /** The name in {@code text}, or {@code null} when nothing alphabetic is left. */
    public static PersonName parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        int comma = t.indexOf(',');
        if (comma > 0) {
            String before = Folding.fold(t.substring(0, comma));
            String after = Folding.fold(t.substring(comma + 1));
            if (before != null && after != null && !before.contains(" ")) {
                PersonName rest = parse(after);
                if (rest != null && rest.surname == null) {
                    return new PersonName(rest.given, null, before); // "Khan, Ashraf"
                }
            }
            t = t.substring(0, comma); // "Ash, 27, silver Astra": the name is before the first comma
        }
        String folded = Folding.fold(t);
        if (folded == null) {
            return null;
        }
        String[] tokens = Arrays.stream(folded.split(" "))
                .filter(x -> !TITLES.contains(x))
                .filter(x -> !x.chars().allMatch(Character::isDigit))
                .toArray(String[]::new);
        if (tokens.length == 0) {
            return null;
        }
        if (tokens.length == 1) {
            return new PersonName(tokens[0], null, null);
        }
        String middle = tokens.length > 2 ? String.join(" ", Arrays.copyOfRange(tokens, 1, tokens.length - 1)) : null;
        return new PersonName(tokens[0], middle, tokens[tokens.length - 1]);
    }

    /** A single name part ({@code "O'Brien-Smith"} → {@code obrien smith}), or {@code null}. */
    public static String normalisePart(String text) {
        return Folding.fold(text);
    }
}
