package org.vigil.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RecentTextTest {

    /** Whatever came before and however few the slots, the text given back is always equal to the text given. */
    @Property(tries = 300)
    void givesBackTextEqualToTheTextGiven(@ForAll @Size(max = 200) List<@StringLength(max = 4) String> texts,
                                          @ForAll @IntRange(min = 1, max = 6) int bits) {
        RecentText recent = new RecentText(bits);
        for (String text : texts) {
            String copy = new String(text.toCharArray());
            assertThat(recent.of(copy)).isEqualTo(text);
        }
    }

    /** A sentence said again, as a copy, is given back as the instance first kept: the copy can be let go. */
    @Test
    void givesTheInstanceKeptForAnEqualSentence() {
        RecentText recent = new RecentText(16);
        String first = "harm 153.09 CCHI days: the sum over 1 of 1 reports alleging offences";
        String again = new String(first.toCharArray());
        assertThat(recent.of(first)).isSameAs(first);
        assertThat(recent.of(again)).isSameAs(first).isNotSameAs(again);
        assertThat(recent.of(null)).isNull();
    }

    /** With one slot, a different sentence takes it: a bounded cache, not an intern table. */
    @Test
    void forgetsASentenceWhoseSlotAnotherTook() {
        RecentText recent = new RecentText(1);
        String a = "a";
        String b = "b";
        String c = "c";
        recent.of(a);
        recent.of(b);
        recent.of(c);
        // two slots, three sentences: at least one of them was replaced, so its copy is no longer the kept instance
        int kept = 0;
        for (String s : List.of(a, b, c)) {
            kept += recent.of(new String(s.toCharArray())) == s ? 1 : 0;
        }
        assertThat(kept).isLessThan(3);
        assertThatThrownBy(() -> new RecentText(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
