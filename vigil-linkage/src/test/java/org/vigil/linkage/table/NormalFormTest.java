package org.vigil.linkage.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;

/** What a person record is compared by, once normalised. */
class NormalFormTest {

    /** Each companion is kept once, in the order first named, whether the report names a few people or many. */
    @Property(tries = 300)
    void keepsEachCompanionOnceInTheOrderFirstNamed(
            @ForAll @Size(max = 60) List<@StringLength(min = 1, max = 2) @Chars({'a', 'b', 'c', 'd', 'e'}) String> ids) {
        PersonRecord.Builder b = PersonRecord.builder("r1").name("Kayleigh Marsh");
        ids.forEach(b::companion);
        assertThat(NormalForm.of(b.build()).companions()).isEqualTo(ids.stream().distinct().toList());
    }
}
