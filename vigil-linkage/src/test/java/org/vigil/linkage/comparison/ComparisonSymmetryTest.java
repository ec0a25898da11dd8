package org.vigil.linkage.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.PersonRecord;
import org.vigil.linkage.table.RecordTable;

/** Every comparison is symmetric on random synthetic records. */
class ComparisonSymmetryTest {

    @Property(tries = 200)
    void everyComparisonIsSymmetric(@ForAll("people") List<PersonRecord> people) {
        RecordTable t = RecordTable.of(people);
        List<Comparison> all = new ArrayList<>(Comparisons.defaultsFor(EnumSet.allOf(Field.class)));
        all.add(Comparisons.postcodeAndTown());
        for (Comparison c : all) {
            BoundComparison b = c.bind(t);
            for (int i = 0; i < t.size(); i++) {
                for (int j = 0; j < t.size(); j++) {
                    assertThat(b.level(i, j)).as(c.name() + " " + people.get(i) + " / " + people.get(j)).isEqualTo(b.level(j, i));
                }
            }
        }
    }

    @Provide
    Arbitrary<List<PersonRecord>> people() {
        Arbitrary<String> names = Arbitraries.of("Ash", "Ashraf Khan", "Ashraf K.", "Bill Rowe", "William Rowe", "Billy", "J Rowe",
                "Kayleigh Marsh", "Kay Marsh", "Daniel Smith", "Dan Smyth", "Smith Daniel", "", "Marsh, Kayleigh");
        Arbitrary<String> born = Arbitraries.of("1987-05-02", "1987-02-05", "1987-05", "1987", "1978-05-02", "", "1989-02");
        Arbitrary<Integer> age = Arbitraries.integers().between(-1, 60);
        Arbitrary<String> phone = Arbitraries.of("07700 900461", "+44 7700 900461", "07700 900481", "", "0114 496 0000");
        Arbitrary<String> vrm = Arbitraries.of("R7?2 KLT", "R762 KLT", "R763 KLT", "", "??62 KLT");
        Arbitrary<String> postcode = Arbitraries.of("S61 1AP", "S61 1ZZ", "S61", "S60 2LR", "", "4223");
        Arbitrary<String> town = Arbitraries.of("rotherham", "rotherhm", "sheffield", "", "kimberley");
        Arbitrary<PersonRecord> person = Combinators.combine(names, born, age, phone, vrm, postcode, town)
                .as((n, b, a, p, v, pc, tn) -> PersonRecord.builder("x").name(n).born(b).locality(tn)
                        .age(a < 0 ? null : a, LocalDate.of(2003, 7, 14)).phone(p).vrm(v).postcode(pc)
                        .address(pc.isEmpty() ? "" : "14 Ferham Rd").place(pc.isEmpty() ? "" : "star pizza").build());
        return person.list().ofMinSize(2).ofMaxSize(6).map(ArrayList::new);
    }
}
