package org.vigil.harm.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.vigil.harm.policeuk.Lsoa;
import org.vigil.harm.policeuk.StreetCrime;
import org.vigil.harm.policeuk.StreetCrimes;
import org.vigil.harm.weights.CrimeCategory;

/** Small hand-made inputs for report tests. */
final class Crimes {
    static final String SYP = "South Yorkshire Police";

    private Crimes() {}

    static StreetCrime crime(CrimeCategory category, String lsoaNameOrNull, String force) {
        return new StreetCrime(Optional.empty(), YearMonth.of(2018, 10), force, force, Optional.empty(),
                Optional.ofNullable(lsoaNameOrNull).map(n -> new Lsoa("E01000000", n)), category, "");
    }

    static StreetCrime crime(CrimeCategory category, String lsoaNameOrNull) {
        return crime(category, lsoaNameOrNull, SYP);
    }

    static StreetCrimes of(List<StreetCrime> crimes) {
        return new StreetCrimes(List.of(Path.of("test.csv")), crimes, List.of());
    }
}
