package org.vigil.harm.policeuk;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.vigil.harm.weights.CrimeCategory;

/**
 * One row of a police.uk street-level file.
 *
 * @param crimeId police.uk's persistent id; empty for anti-social behaviour
 * @param reportedBy the force that provided the record, e.g. "South Yorkshire Police"
 * @param fallsWithin the force area the map point falls in
 * @param point the anonymised map point; empty when the file gives no coordinates
 * @param lsoa empty when the file gives no LSOA (no location)
 */
public record StreetCrime(
        Optional<String> crimeId,
        YearMonth month,
        String reportedBy,
        String fallsWithin,
        Optional<MapPoint> point,
        Optional<Lsoa> lsoa,
        CrimeCategory category,
        String lastOutcome) {

    /** Area name for rows with no LSOA. */
    public static final String NO_LOCATION = "(no location)";

    public StreetCrime {
        Objects.requireNonNull(crimeId, "crimeId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(reportedBy, "reportedBy");
        Objects.requireNonNull(fallsWithin, "fallsWithin");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(lsoa, "lsoa");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(lastOutcome, "lastOutcome");
    }

    /** The force whose weights apply: the reporting force, else the force area. */
    public String force() {
        return reportedBy.isBlank() ? fallsWithin : reportedBy;
    }

    /** The local authority of the LSOA, or {@link #NO_LOCATION}. */
    public String area() {
        return lsoa.map(Lsoa::localAuthority).orElse(NO_LOCATION);
    }

    /** A WGS84 point, range-checked. */
    public record MapPoint(double longitude, double latitude) {
        public MapPoint {
            if (!(longitude >= -180 && longitude <= 180) || !(latitude >= -90 && latitude <= 90)) {
                throw new IllegalArgumentException("not a WGS84 point: longitude " + longitude + ", latitude " + latitude);
            }
        }
    }
}
