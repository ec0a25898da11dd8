package org.vigil.linkage.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Folding's result, whether it takes the shortcut for text already folded or builds a new string. */
class FoldingTest {

    @Test
    void foldsCaseAccentsApostrophesAndPunctuation() {
        assertThat(Folding.fold(" Zoë  O'Brien ")).isEqualTo("zoe obrien");
        assertThat(Folding.fold("14 ferham road")).isEqualTo("14 ferham road");
        assertThat(Folding.fold("14  ferham road")).isEqualTo("14 ferham road");
        assertThat(Folding.fold("--")).isNull();
    }

    @Property(tries = 3000)
    void isTheFoldOfTheTextCharacterByCharacter(@ForAll("text") String text) {
        assertThat(Folding.fold(text)).isEqualTo(reference(text));
    }

    @Property(tries = 1000)
    void addressNormalFormSpellsOutEveryAbbreviatedWord(@ForAll("streets") String text) {
        String folded = reference(text);
        String expected = folded == null ? null : String.join(" ", java.util.Arrays.stream(folded.split(" "))
                .map(w -> switch (w) {
                    case "rd" -> "road";
                    case "st", "str" -> "street";
                    case "ave", "av" -> "avenue";
                    default -> w;
                }).toList());
        assertThat(AddressText.normalise(text)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abz09 ").ofMaxLength(12),
                Arbitraries.strings().withChars("aZé'’- .,0").ofMaxLength(12));
    }

    @Provide
    Arbitrary<String> streets() {
        return Arbitraries.of("14", "ferham", "rd", "st", "str", "ave", "av", "Rd.", "street", "avenue", " ", "  ")
                .list().ofMaxSize(5).map(words -> String.join(" ", words));
    }

    /** Lower case, accents and apostrophes removed, other runs of non-alphanumerics one space, trimmed. */
    private static String reference(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replaceAll("['\u2019]", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return s.isEmpty() ? null : s;
    }
}
