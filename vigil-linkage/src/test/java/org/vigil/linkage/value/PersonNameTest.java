package org.vigil.linkage.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void splitsTheWaysANameIsWritten() {
        assertThat(PersonName.parse("ASHRAF KHAN")).isEqualTo(new PersonName("ashraf", null, "khan"));
        assertThat(PersonName.parse("Ashraf K.")).isEqualTo(new PersonName("ashraf", null, "k"));
        assertThat(PersonName.parse("Khan, Ashraf")).isEqualTo(new PersonName("ashraf", null, "khan"));
        assertThat(PersonName.parse("Ash")).isEqualTo(new PersonName("ash", null, null));
        assertThat(PersonName.parse("Ash, 27, silver Astra R7?2 KLT")).isEqualTo(new PersonName("ash", null, null));
        assertThat(PersonName.parse("Mary Jane Smith")).isEqualTo(new PersonName("mary", "jane", "smith"));
        assertThat(PersonName.parse("Dr Zoë O'Brien")).isEqualTo(new PersonName("zoe", null, "obrien"));
        assertThat(PersonName.parse("Mrs Hill")).isEqualTo(new PersonName(null, null, "hill"));
        assertThat(PersonName.parse("MR PRICE")).isEqualTo(new PersonName(null, null, "price"));
        assertThat(PersonName.hasAdultTitle("Mrs Hill")).isTrue();
        assertThat(PersonName.hasAdultTitle("Dr. Zoë O'Brien")).isTrue();
        assertThat(PersonName.hasAdultTitle("Miss Hill")).isFalse();
        assertThat(PersonName.hasAdultTitle("Mrsa Hill")).isFalse();
        assertThat(PersonName.hasAdultTitle("Mr")).isFalse();
        assertThat(PersonName.parse("  ")).isNull();
    }

    @Test
    void readsASurnameWrittenFirstWithSeveralGivenNamesWhenItIsInCapitalsOrTheyAreCapitalised() {
        assertThat(PersonName.parse("KHAN, Ashraf Ali")).isEqualTo(new PersonName("ashraf", "ali", "khan"));
        assertThat(PersonName.parse("Rafiq, Mohammed Khalid")).isEqualTo(new PersonName("mohammed", "khalid", "rafiq"));
        assertThat(PersonName.parse("O'Brien, Mary Jane Ann")).isEqualTo(PersonName.parse("Mary Jane Ann O'Brien"));
        assertThat(PersonName.parse("VAN DER BERG, Anna")).isEqualTo(new PersonName("anna", "van der", "berg"));
        assertThat(PersonName.parse("O'Brien-Smith, Mary")).isEqualTo(PersonName.parse("Mary O'Brien-Smith"));
        assertThat(PersonName.parse("KHAN, Ashraf, 27")).isEqualTo(new PersonName("ashraf", null, "khan"));
        // Not a surname first: a description, or a name and what the person is.
        assertThat(PersonName.parse("Ash, Asian male")).isEqualTo(new PersonName("ash", null, null));
        assertThat(PersonName.parse("ASH, ASIAN MALE, 20S")).isEqualTo(new PersonName("ash", null, null));
        assertThat(PersonName.parse("Mary Smith, mother")).isEqualTo(new PersonName("mary", null, "smith"));
        assertThat(PersonName.parse("Ash, silver Astra")).isEqualTo(new PersonName("ash", null, null));
        assertThat(PersonName.parse("Dave, Asian Male")).isEqualTo(new PersonName("dave", null, null));
    }

    @Test
    void readsASurnameInCapitalsBeforeTheForenamesWithoutAComma() {
        assertThat(PersonName.parse("BOOTH Kayleigh")).isEqualTo(PersonName.parse("Kayleigh Booth"));
        assertThat(PersonName.parse("KHAN Ashraf Ali")).isEqualTo(new PersonName("ashraf", "ali", "khan"));
        assertThat(PersonName.parse("VAN DER BERG Anna")).isEqualTo(PersonName.parse("VAN DER BERG, Anna"));
        assertThat(PersonName.parse("O'BRIEN-SMITH Mary")).isEqualTo(PersonName.parse("Mary O'Brien-Smith"));
        // As written: all in capitals, the surname last, initials first, a title, or no forename after the capitals.
        assertThat(PersonName.parse("KAYLEIGH BOOTH")).isEqualTo(new PersonName("kayleigh", null, "booth"));
        assertThat(PersonName.parse("Kayleigh BOOTH")).isEqualTo(new PersonName("kayleigh", null, "booth"));
        assertThat(PersonName.parse("AJ Smith")).isEqualTo(new PersonName("aj", null, "smith"));
        assertThat(PersonName.parse("MR Price")).isEqualTo(new PersonName(null, null, "price"));
        assertThat(PersonName.parse("SMITH 27")).isEqualTo(new PersonName("smith", null, null));
        assertThat(PersonName.parse("ASH Asian male")).isNull();
    }

    @Property(tries = 1000)
    void aBracketedOrQuotedNicknameLeavesTheNameAsItWouldBeWithout(@ForAll("words") String given,
            @ForAll("words") String surname, @ForAll("nicknames") String nickname) {
        PersonName plain = PersonName.parse(given + " " + surname);
        for (String written : new String[] {given + " (" + nickname + ") " + surname,
            given + " \"" + nickname + "\" " + surname, given + " '" + nickname + "' " + surname,
            given + " \u2018" + nickname + "\u2019 " + surname, surname.toUpperCase() + ", " + given + " (" + nickname + ")"}) {
            assertThat(PersonName.parse(written)).as(written).isEqualTo(plain);
            assertThat(PersonName.aliasesIn(written)).as(written).containsExactly(nickname);
        }
    }

    @Provide
    Arbitrary<String> words() {
        Set<String> notNames = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "rev", "prof", "unknown",
                "unk", "unnamed", "nk", "anon", "anonymous", "nfn", "nn", "male", "female", "males", "females", "not", "no",
                "name");
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10)
                .filter(w -> !notNames.contains(w)).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }

    @Provide
    Arbitrary<String> nicknames() {
        return Arbitraries.of("Jack", "Tony", "Dave", "Mo", "Ash", "Bob", "Kate", "Liz");
    }

    @Test
    void takesANicknameInBracketsOrQuotesOutOfTheNameAsAnAlias() {
        assertThat(PersonName.parse("John (Jack) Smith")).isEqualTo(new PersonName("john", null, "smith"));
        assertThat(PersonName.parse("John \"Jack\" Smith")).isEqualTo(new PersonName("john", null, "smith"));
        assertThat(PersonName.parse("SMITH, John (Jack)")).isEqualTo(new PersonName("john", null, "smith"));
        assertThat(PersonName.aliasesIn("SMITH, John (Jack)")).containsExactly("Jack");
        assertThat(PersonName.aliasesIn("John \u201CTony\u201D Smith")).containsExactly("Tony");
        // A description in brackets is no name, and none of its words becomes one.
        assertThat(PersonName.parse("Ash (Asian male)")).isEqualTo(new PersonName("ash", null, null));
        assertThat(PersonName.aliasesIn("Ash (Asian male)")).isEmpty();
        assertThat(PersonName.aliasesIn("Dave (boyfriend)")).isEmpty();
        assertThat(PersonName.aliasesIn("John Smith")).isEmpty();
        // In quotes, single or double, whatever the person is called is a nickname; an apostrophe quotes nothing.
        assertThat(PersonName.parse("Gary 'Slim' Yilmaz")).isEqualTo(new PersonName("gary", null, "yilmaz"));
        assertThat(PersonName.aliasesIn("Gary 'Slim' Yilmaz")).containsExactly("Slim");
        assertThat(PersonName.aliasesIn("SMITH, Sonia \u2018Bugsy\u2019")).containsExactly("Bugsy");
        assertThat(PersonName.aliasesIn("John (Slim) Smith")).isEmpty();
        assertThat(PersonName.parse("Demi O'Brien")).isEqualTo(new PersonName("demi", null, "obrien"));
        assertThat(PersonName.aliasesIn("Ahmet O'Brien")).isEmpty();
        assertThat(PersonName.aliasesIn("D'Arcy 'Dee' O'Hara")).containsExactly("Dee");
        assertThat(PersonName.parse("D'Arcy 'Dee' O'Hara")).isEqualTo(new PersonName("darcy", null, "ohara"));
        assertThat(PersonName.aliasesIn("Omar 'Big Man' Wood")).isEmpty();
        assertThat(PersonName.parse("Omar 'Big Man' Wood")).isEqualTo(new PersonName("omar", null, "wood"));
        assertThat(PersonName.aliasesIn("Dean 'unknown' Smith")).isEmpty();
        // Nothing outside the quotes: the quoted text is the name itself.
        assertThat(PersonName.parse("'Shorty'")).isEqualTo(new PersonName("shorty", null, null));
        assertThat(PersonName.aliasesIn("'Shorty'")).isEmpty();
        assertThat(PersonName.parse("\"Ash\"")).isEqualTo(new PersonName("ash", null, null));
        assertThat(PersonName.aliasesIn("\"Ash\"")).isEmpty();
    }

    @Test
    void aNameThatSaysNoNameWasKnownIsNoName() {
        assertThat(PersonName.parse("Unknown male")).isNull();
        assertThat(PersonName.parse("UNKNOWN")).isNull();
        assertThat(PersonName.parse("N/K")).isNull();
        assertThat(PersonName.parse("not known")).isNull();
        assertThat(PersonName.parse("No name given")).isNull();
        assertThat(PersonName.parse("Unnamed Asian man")).isNull();
        // A description is no name either: two men described alike are not named alike.
        assertThat(PersonName.parse("Asian male")).isNull();
        assertThat(PersonName.parse("older white female, 40s")).isNull();
        assertThat(PersonName.parse("Male")).isNull();
        // But a nickname or a surname that is also a word for someone is a name.
        assertThat(PersonName.parse("Big Man")).isEqualTo(new PersonName("big", null, "man"));
        assertThat(PersonName.parse("Jordan Person")).isEqualTo(new PersonName("jordan", null, "person"));
        // A pseudonym of the kind inquiries use is a name: it stands for one person.
        assertThat(PersonName.parse("Girl A")).isEqualTo(new PersonName("girl", null, "a"));
    }
}
