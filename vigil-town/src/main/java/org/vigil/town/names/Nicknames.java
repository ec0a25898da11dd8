package org.vigil.town.names;

import java.util.HashMap;
import java.util.Map;
import org.vigil.town.world.Dice;

/**
 * Nicknames: the short forms of given names that reports use ("Danny" for Daniel), and street names that say
 * nothing about the person's real name ("Tiger"). Anyone in the town may have one; offenders are simply more often
 * written down by theirs.
 */
public final class Nicknames {
    // A HashMap, not Map.ofEntries: it is looked up for every new person, and probes less.
    private static final Map<String, String[]> SHORT_FORMS = new HashMap<>(Map.ofEntries(
            Map.entry("Daniel", new String[] {"Danny", "Dan"}),
            Map.entry("Mohammed", new String[] {"Mo", "Moe"}),
            Map.entry("James", new String[] {"Jim", "Jimmy", "Jamie"}),
            Map.entry("Thomas", new String[] {"Tom", "Tommy"}),
            Map.entry("Joshua", new String[] {"Josh"}),
            Map.entry("Piotr", new String[] {"Pete"}),
            Map.entry("Imran", new String[] {"Immy"}),
            Map.entry("Matthew", new String[] {"Matt", "Matty"}),
            Map.entry("Raj", new String[] {"Rajj"}),
            Map.entry("Liam", new String[] {"Li"}),
            Map.entry("Callum", new String[] {"Cal"}),
            Map.entry("Tomasz", new String[] {"Tomek", "Tom"}),
            Map.entry("Kieran", new String[] {"Kez"}),
            Map.entry("Jordan", new String[] {"Jord"}),
            Map.entry("Nathan", new String[] {"Nath", "Nate"}),
            Map.entry("Tariq", new String[] {"Taz"}),
            Map.entry("Sanjay", new String[] {"Sanj"}),
            Map.entry("Darren", new String[] {"Daz"}),
            Map.entry("Gary", new String[] {"Gaz"}),
            Map.entry("Bilal", new String[] {"Bill"}),
            Map.entry("Steven", new String[] {"Steve", "Stevie"}),
            Map.entry("Gareth", new String[] {"Gaz"}),
            Map.entry("Andrew", new String[] {"Andy", "Drew"}),
            Map.entry("David", new String[] {"Dave", "Davy"}),
            Map.entry("Michael", new String[] {"Mick", "Mike", "Mikey"}),
            Map.entry("Christopher", new String[] {"Chris"}),
            Map.entry("Krzysztof", new String[] {"Kris"}),
            Map.entry("Robert", new String[] {"Rob", "Bobby"}),
            Map.entry("Yusuf", new String[] {"Yus"}),
            Map.entry("John", new String[] {"Johnny", "Jonno"}),
            Map.entry("Gurdeep", new String[] {"Deep"}),
            Map.entry("Peter", new String[] {"Pete"}),
            Map.entry("Richard", new String[] {"Rich", "Ricky"}),
            Map.entry("Anthony", new String[] {"Tony", "Ant"}),
            Map.entry("Kamran", new String[] {"Kam"}),
            Map.entry("Kevin", new String[] {"Kev"}),
            Map.entry("Jermaine", new String[] {"Jay"}),
            Map.entry("Faisal", new String[] {"Fez"}),
            Map.entry("Marek", new String[] {"Mar"}),
            Map.entry("Stuart", new String[] {"Stu"}),
            Map.entry("Ashley", new String[] {"Ash"}),
            Map.entry("Benjamin", new String[] {"Ben"}),
            Map.entry("Jason", new String[] {"Jase"}),
            Map.entry("Zahid", new String[] {"Zed"}),
            Map.entry("Tyrone", new String[] {"Ty"}),
            Map.entry("Jaswinder", new String[] {"Jas"}),
            Map.entry("Shahid", new String[] {"Shay"}),
            Map.entry("Nathaniel", new String[] {"Nat"}),
            Map.entry("Ibrahim", new String[] {"Ibby"}),
            Map.entry("Lukasz", new String[] {"Luke"}),
            Map.entry("Mustafa", new String[] {"Mus"}),
            Map.entry("Harjit", new String[] {"Harj"}),
            Map.entry("Khalid", new String[] {"Kal"}),
            Map.entry("Hamza", new String[] {"Ham"}),
            Map.entry("Samantha", new String[] {"Sam", "Sammy"}),
            Map.entry("Rebecca", new String[] {"Becky", "Becca"}),
            Map.entry("Jessica", new String[] {"Jess"}),
            Map.entry("Nicola", new String[] {"Nicky"}),
            Map.entry("Danielle", new String[] {"Dani"}),
            Map.entry("Natalie", new String[] {"Nat"}),
            Map.entry("Kayleigh", new String[] {"Kay"}),
            Map.entry("Charlotte", new String[] {"Charlie", "Lottie"}),
            Map.entry("Victoria", new String[] {"Vicky", "Tori"}),
            Map.entry("Katarzyna", new String[] {"Kasia"}),
            Map.entry("Agnieszka", new String[] {"Aga"}),
            Map.entry("Elizabeth", new String[] {"Liz", "Beth"}),
            Map.entry("Jennifer", new String[] {"Jen", "Jenny"}),
            Map.entry("Yasmin", new String[] {"Yaz"}),
            Map.entry("Harpreet", new String[] {"Preet"}),
            Map.entry("Zainab", new String[] {"Zee"}),
            Map.entry("Stacey", new String[] {"Stace"}),
            Map.entry("Abigail", new String[] {"Abi", "Abbie"}),
            Map.entry("Bethany", new String[] {"Beth"}),
            Map.entry("Jasmine", new String[] {"Jas", "Jazz"}),
            Map.entry("Georgia", new String[] {"George"}),
            Map.entry("Melissa", new String[] {"Mel"}),
            Map.entry("Catriona", new String[] {"Cat"}),
            Map.entry("Magdalena", new String[] {"Magda"}),
            Map.entry("Jodie", new String[] {"Jo"}),
            Map.entry("Joanne", new String[] {"Jo"}),
            Map.entry("Courtney", new String[] {"Court"}),
            Map.entry("Olivia", new String[] {"Liv"}),
            Map.entry("Susan", new String[] {"Sue"})));

    private static final String[] STREET = {
        "Tiger", "Boss", "Smiler", "Shorty", "Ginger", "Big Man", "Kes", "Mac", "Fizz", "Ace",
        "Rocky", "Spider", "Deano", "Bossman", "Kingy", "Blue", "Chips", "Dizzy", "Buzz", "Sparky",
        "Tank", "Flash", "JJ", "Uncle", "Cuz", "Prince", "Duke", "Bubba", "Junior", "Doc",
        "Magic", "Slim", "Lucky", "Baby", "Chief", "Red", "Nemo", "Ozzy", "Specs", "Stretch",
    };

    private Nicknames() {
    }

    /** A short form of this given name, or null if it has none. */
    public static String shortForm(String given, Dice dice) {
        String[] forms = SHORT_FORMS.get(given);
        return forms == null ? null : dice.pick(forms);
    }

    /** A street name, unrelated to the person's real name. */
    public static String street(Dice dice) {
        return dice.pick(STREET);
    }

    /** A nickname for someone called {@code given}: a short form when it has one and {@code preferShort}, else a street name. */
    public static String nickname(String given, boolean preferShort, Dice dice) {
        String shortForm = preferShort ? shortForm(given, dice) : null;
        return shortForm != null ? shortForm : street(dice);
    }
}
