package org.vigil.harm.policeuk;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** What was read from one or more police.uk files: the usable rows and the malformed ones. */
public record StreetCrimes(List<Path> files, List<StreetCrime> crimes, List<MalformedRow> malformed) {

    public StreetCrimes {
        files = List.copyOf(Objects.requireNonNull(files, "files"));
        crimes = List.copyOf(Objects.requireNonNull(crimes, "crimes"));
        malformed = List.copyOf(Objects.requireNonNull(malformed, "malformed"));
    }

    /** Data rows seen, usable or not (header and blank lines excluded). */
    public long rowsRead() {
        return (long) crimes.size() + malformed.size();
    }
}
