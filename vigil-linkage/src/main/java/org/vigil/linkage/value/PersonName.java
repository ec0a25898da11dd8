package org.vigil.linkage.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name as written, split into given name and surname, each {@linkplain Folding folded}.
 *
 * <ul>
 *   <li>{@code "ASHRAF KHAN"} → given {@code ashraf}, surname {@code khan}
 *   <li>{@code "Ashraf K."} → given {@code ashraf}, surname {@code k} (an initial)
 *   <li>{@code "Khan, Ashraf"} → given {@code ashraf}, surname {@code khan}
 *   <li>{@code "Ash"} → given {@code ash}, no surname
 *   <li>{@code "Mary Jane Smith"} → given {@code mary}, middle {@code jane}, surname {@code smith}
 *   <li>{@code "KHAN, Ashraf Ali"} and {@code "Khan, Ashraf Ali"} → given {@code ashraf}, middle {@code ali}, surname
 *       {@code khan}
 *   <li>{@code "BOOTH Kayleigh"} → given {@code kayleigh}, surname {@code booth} (a surname in capitals first)
 *   <li>{@code "John (Jack) Smith"} and {@code "John \"Jack\" Smith"} → given {@code john}, surname {@code smith};
 *       {@code Jack} is an alias ({@link #aliasesIn})
 *   <li>{@code "Unknown male"}, {@code "N/K"}, {@code "Asian male"} → no name
 * </ul>
 * Titles ({@code Mr}, {@code Dr}, ...) are dropped; a title and one word ({@code "Mrs Hill"}) is a surname. Either part
 * may be {@code null}.
 */
public record PersonName(String given, String middle, String surname) {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "rev", "prof");
    /**
     * First words that say no name was known: a report of "Unknown male" names nobody, and two such reports about
     * different girls must not link two men through the words "unknown" and "male".
     */
    private static final Set<String> NO_NAME = Set.of("unknown", "unk", "unnamed", "nk", "anon", "anonymous",
            "nfn", "nn");
    /** Also no name when these two words begin it: "not known", "no name (given)", "name unknown". */
    private static final Set<String> NO_NAME_PAIRS = Set.of("not known", "no name", "name unknown", "name not");
    /**
     * Last words that make the text a description of someone, not a name: "Asian male", "white female". Two men
     * described alike are not named alike, and a description's words must never become a name's. Only these: "Big
     * Man" is a nickname, and Person a surname.
     */
    private static final Set<String> DESCRIBES_SOMEONE = Set.of("male", "female", "males", "females");
    /** Whole names, as written, that mean "not known" ("N K" alone would be two initials). */
    private static final Set<String> NO_NAME_WRITTEN = Set.of("n/k", "n.k.", "n/a", "n.a.");
    /**
     * A nickname written inside a name: in brackets (group 1), or in double or single quotes, straight or curly (groups
     * 2 to 5). A single quote opens only after a space or at the start and closes only before one or at the end, so the
     * apostrophes of O'Brien and D'Arcy quote nothing.
     */
    private static final Pattern WRITTEN_ALIAS = Pattern.compile("\\(([^()]*)\\)|(?:\"([^\"]*)\"|\u201C([^\u201D]*)\u201D"
            + "|(?<![^\\s])'([^']*)'(?![^\\s])|(?<![^\\s])\u2018([^\u2019]*)\u2019(?![^\\s]))");

    /** Titles only an adult is given: not "Miss", which girls are, nor "Master", which boys are. */
    private static final Set<String> ADULT_TITLES = Set.of("mr", "mrs", "ms", "mx", "dr", "sir", "dame", "rev", "prof");

    /** Whether {@code text} begins with a title only an adult is given ({@code "Mr Price"}, {@code "Mrs Hill"}). */
    public static boolean hasAdultTitle(String text) {
        String folded = text == null ? null : Folding.fold(text);
        if (folded == null) {
            return false;
        }
        int space = folded.indexOf(' ');
        return space > 0 && ADULT_TITLES.contains(folded.substring(0, space));
    }

    /** The name in {@code text}, or {@code null} when it holds none. */
    public static PersonName parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        if (t.length() <= 4 && NO_NAME_WRITTEN.contains(t.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        if (hasWrittenAlias(t)) {
            String outside = WRITTEN_ALIAS.matcher(t).replaceAll(" ").trim();
            t = Folding.fold(outside) == null ? t : outside; // nothing outside the brackets: the bracketed text is the name
        }
        int comma = t.indexOf(',');
        if (comma > 0) {
            String before = t.substring(0, comma).trim();
            String after = t.substring(comma + 1);
            int next = after.indexOf(',');
            after = (next < 0 ? after : after.substring(0, next)).trim();
            int words = nameWords(after);
            int surnameWords = nameWords(before);
            // "Khan, Ashraf", "O'Brien-Smith, Mary", "Rafiq, Mohammed Khalid" (each given name capitalised) and, in
            // capitals as police systems write a surname, "KHAN, Ashraf Ali" and "VAN DER BERG, Anna"; but not "Ash,
            // 27, silver Astra", "Ash, Asian male" or "Mary Smith, mother": there the name is before the first comma.
            boolean oneWordSurname = surnameWords > 0 && before.chars().noneMatch(Character::isWhitespace);
            boolean givenNames = words == 1 || words >= 2 && words <= 3 && capitalised(after);
            boolean capitalsFirst = words >= 1 && words <= 3 && surnameWords >= 1 && surnameWords <= 3
                    && inCapitals(before);
            boolean surnameFirst = (oneWordSurname && givenNames || capitalsFirst)
                    && parse(after) != null; // "ASH, ASIAN MALE": a description is no given name
            t = surnameFirst ? after + " " + before : before;
        } else {
            t = surnameInCapitalsFirst(t);
        }
        String folded = Folding.fold(t);
        if (folded == null) {
            return null;
        }
        String[] words = folded.split(" ");
        boolean titled = TITLES.contains(words[0]);
        String[] tokens = new String[words.length];
        int n = 0;
        for (String w : words) {
            if (!TITLES.contains(w) && !allDigits(w)) {
                tokens[n++] = w;
            }
        }
        tokens = n == words.length ? tokens : Arrays.copyOf(tokens, n);
        if (tokens.length == 0 || NO_NAME.contains(tokens[0]) || DESCRIBES_SOMEONE.contains(tokens[tokens.length - 1])
                || tokens.length > 1 && NO_NAME_PAIRS.contains(tokens[0] + " " + tokens[1])) {
            return null;
        }
        if (tokens.length == 1) {
            // "Mrs Hill", "Mr Price": a title and one word is a surname, as it is written to be; read as a given name,
            // "Ms Hill" compared as "Amy Hill" with her names swapped.
            return titled ? new PersonName(null, null, tokens[0]) : new PersonName(tokens[0], null, null);
        }
        String middle = tokens.length > 2 ? String.join(" ", Arrays.copyOfRange(tokens, 1, tokens.length - 1)) : null;
        return new PersonName(tokens[0], middle, tokens[tokens.length - 1]);
    }

    /**
     * The nicknames written inside {@code text} in brackets or quotes, as written: {@code "John (Jack) Smith"} → Jack,
     * {@code "Gary 'Slim' Yilmaz"} → Slim. Each is a single word. In brackets it must also be a given name the nickname
     * table knows: brackets also hold descriptions ("Ash (Asian male)", "Dave (boyfriend)"), which are no name, and which
     * must never become a name's words. Quotes hold what the person is called ("Gary 'Slim' Yilmaz", "Sonia 'Bugsy'
     * Karim"), whatever the word.
     */
    public static List<String> aliasesIn(String text) {
        if (text == null || !hasWrittenAlias(text) || Folding.fold(WRITTEN_ALIAS.matcher(text).replaceAll(" ")) == null) {
            return List.of(); // no brackets or quotes, or nothing outside them: then they hold the name itself
        }
        List<String> out = new ArrayList<>();
        Matcher m = WRITTEN_ALIAS.matcher(text);
        while (m.find()) {
            boolean bracketed = m.group(1) != null;
            String inner = bracketed ? m.group(1) : quoted(m);
            String word = Folding.fold(inner);
            if (word != null && word.indexOf(' ') < 0 && (bracketed ? Nicknames.standard().id(word) >= 0
                    : !NO_NAME.contains(word) && !DESCRIBES_SOMEONE.contains(word) && !TITLES.contains(word))) {
                out.add(inner.trim());
            }
        }
        return out;
    }

    /** The text in quotes of a match of {@link #WRITTEN_ALIAS} that is not in brackets. */
    private static String quoted(Matcher m) {
        for (int g = 2; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    /** Whether {@code text} has a bracket or a quotation mark: nearly no name does, so most skip the pattern. */
    private static boolean hasWrittenAlias(String text) {
        return text.indexOf('(') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf('\u2018') >= 0
                || text.startsWith("'") || text.contains(" '"); // a single quote opens only there, not O'Brien's
    }

    /**
     * {@code "BOOTH Kayleigh"} as {@code "Kayleigh BOOTH"}: police systems write a surname in capitals before the
     * forenames, with no comma. Read so only when the words in capitals come first, at least one has three letters
     * ({@code "AJ Smith"} keeps its initials as the given name), none is a title ({@code "MR Price"}), and every word
     * after them has a small letter; a name all in capitals ({@code "KAYLEIGH BOOTH"}) or with the surname last in
     * capitals ({@code "Kayleigh BOOTH"}) stays as written.
     */
    private static String surnameInCapitalsFirst(String t) {
        if (t.length() < 2 || !Character.isUpperCase(t.charAt(0)) || Character.isLowerCase(t.charAt(1))
                || t.indexOf(' ') < 0) {
            return t; // "Kayleigh Booth", "kayleigh", "BOOTH": most names leave here
        }
        if (t.chars().noneMatch(Character::isLowerCase)) {
            return t; // "KAYLEIGH BOOTH"
        }
        String[] words = t.split("\\s+");
        int capitals = 0;
        boolean threeLetters = false;
        while (capitals < words.length && inCapitals(words[capitals])) {
            String folded = Folding.fold(words[capitals]);
            if (folded == null || TITLES.contains(folded)) {
                return t;
            }
            threeLetters |= words[capitals].chars().filter(Character::isLetter).count() >= 3;
            capitals++;
        }
        if (capitals == 0 || capitals == words.length || !threeLetters) {
            return t;
        }
        for (int i = capitals; i < words.length; i++) {
            if (words[i].chars().noneMatch(Character::isLowerCase)) {
                return t;
            }
        }
        String forenames = String.join(" ", Arrays.copyOfRange(words, capitals, words.length));
        String surname = String.join(" ", Arrays.copyOfRange(words, 0, capitals));
        return parse(forenames) == null ? t : forenames + " " + surname; // "SMITH Male": a description is no forename
    }

    /** Words of {@code part} that can be a name, or 0 when any word holds a digit. */
    private static int nameWords(String part) {
        for (int i = 0; i < part.length(); i++) {
            if (Character.isDigit(part.charAt(i))) {
                return 0;
            }
        }
        String folded = Folding.fold(part);
        if (folded == null) {
            return 0;
        }
        int n = 0;
        for (String w : folded.split(" ")) {
            if (!TITLES.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** Whether every character of {@code word} is a digit (an empty word is). */
    private static boolean allDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether every word of {@code part} begins with a capital letter, as given names are written. */
    private static boolean capitalised(String part) {
        for (String w : part.trim().split("\\s+")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether every letter of {@code part}, of which there are at least two, is a capital: "KHAN", "O'BRIEN-SMITH". */
    private static boolean inCapitals(String part) {
        int letters = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** A single name part ({@code "O'Brien-Smith"} → {@code obrien smith}), or {@code null}. */
    public static String normalisePart(String text) {
        return Folding.fold(text);
    }
}
