package org.vigil.harm.weights;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.vigil.harm.HarmDataException;

/**
 * CCHI weights by Home Office offence code.
 *
 * <p>A table is a CSV with the columns {@code ho_code, offence, category, weight_days, basis, source}
 * (others, such as {@code ons_subgroup}, are kept for readers and ignored here). {@code category} is a
 * police.uk category label; {@code basis} is {@code offence-level} or {@code subgroup-fallback}. A row
 * whose source says {@code SUBGROUP FALLBACK} must have basis {@code subgroup-fallback}, so the flag
 * and the text can never disagree.
 *
 * <p>The bundled table ({@code org/vigil/harm/offence_weights.csv}) joins the 123 codes of
 * {@code ho_offence_codes.csv} to the CCHI 2026 subgroup medians, and uses offence-level values
 * where {@code weights.csv} has them; see the README beside it.
 */
public final class HarmWeights {
    /** Classpath location of the bundled code table. */
    public static final String BUNDLED = "/org/vigil/harm/offence_weights.csv";

    /**
     * Days given to a code the table does not know, flagged {@link WeightBasis#UNKNOWN_CODE}. 10 days is
     * the CCHI 2026 median of both catch-all subgroups ("Violence without injury", "Miscellaneous crimes
     * against society"): an unrecognised allegation counts as a low but real harm, never as zero, and the
     * placeholder flag tells the reader the code was not recognised.
     */
    public static final double UNKNOWN_CODE_DAYS = 10.0;

    /**
     * Sexual offence codes of the Home Office classification before the Sexual Offences Act 2003 came into force (1 May
     * 2004), which records of the years before carry, each with the code that took its place: indecent assault on a
     * male (17) and on a female (20), rape of a female (19A) and of a male (19B), and unlawful sexual intercourse with
     * a girl under 16 (22). A table with no row for one of these weighs it as its successor, and says so in the
     * source; rape without the victim's age is weighed as the least of the rape rows.
     */
    public static final Map<OffenceCode, OffenceCode> SUPERSEDED = Map.of(
            OffenceCode.parse("17"), OffenceCode.parse("17A"),
            OffenceCode.parse("19A"), OffenceCode.parse("19C"),
            OffenceCode.parse("19B"), OffenceCode.parse("19F"),
            OffenceCode.parse("20"), OffenceCode.parse("20A"),
            OffenceCode.parse("22"), OffenceCode.parse("22B"));

    /**
     * Burglary codes of the Home Office classification before April 2017, when burglary in a dwelling became
     * residential burglary and burglary in other buildings business and community burglary, each with the code that
     * took its place: burglary in a dwelling (28A) and its attempt (28B), distraction burglary (28C) and its attempt
     * (28D), aggravated burglary in a dwelling (29), burglary in another building (30A) and its attempt (30B), and
     * aggravated burglary in another building (31). Records of the years before carry them.
     */
    public static final Map<OffenceCode, OffenceCode> SUPERSEDED_2017 = Map.of(
            OffenceCode.parse("28A"), OffenceCode.parse("28E"),
            OffenceCode.parse("28B"), OffenceCode.parse("28F"),
            OffenceCode.parse("28C"), OffenceCode.parse("28G"),
            OffenceCode.parse("28D"), OffenceCode.parse("28H"),
            OffenceCode.parse("29"), OffenceCode.parse("29A"),
            OffenceCode.parse("30A"), OffenceCode.parse("30C"),
            OffenceCode.parse("30B"), OffenceCode.parse("30D"),
            OffenceCode.parse("31"), OffenceCode.parse("31A"));

    private static final List<String> COLUMNS =
            List.of("ho_code", "offence", "category", "weight_days", "basis", "source");
    private static volatile HarmWeights bundled;

    private final Map<OffenceCode, OffenceWeight> byCode;
    private final String origin;

    private HarmWeights(Map<OffenceCode, OffenceWeight> byCode, String origin) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.origin = origin;
    }

    /** The table shipped in this module. Loaded once. */
    public static HarmWeights bundled() {
        HarmWeights weights = bundled;
        if (weights == null) {
            synchronized (HarmWeights.class) {
                if (bundled == null) {
                    bundled = of(WeightsCsv.readResource(BUNDLED, COLUMNS, HarmWeights::row), BUNDLED);
                }
                weights = bundled;
            }
        }
        return weights;
    }

    /** A table from a file in the format above; fails with file, line and value on any bad row. */
    public static HarmWeights load(Path csv) {
        return of(WeightsCsv.read(csv, COLUMNS, HarmWeights::row), csv.toString());
    }

    /**
     * The weight of {@code code}; for a {@link #SUPERSEDED superseded} code not in the table, its successor's; for any
     * other code not in the table, the documented placeholder.
     */
    public OffenceWeight weightOf(OffenceCode code) {
        Objects.requireNonNull(code, "code");
        return find(code).or(() -> successorOf(code)).orElseGet(() -> unknown(code));
    }

    private Optional<OffenceWeight> successorOf(OffenceCode code) {
        if (SUPERSEDED.containsKey(code)) {
            return weighedAs(code, SUPERSEDED.get(code), "May 2004");
        }
        if (SUPERSEDED_2017.containsKey(code)) {
            return weighedAs(code, SUPERSEDED_2017.get(code), "April 2017");
        }
        return Optional.empty();
    }

    /** Superseded {@code code}, used until {@code until}, with the weight of the {@code successor} the table has. */
    private Optional<OffenceWeight> weighedAs(OffenceCode code, OffenceCode successor, String until) {
        return find(successor).map(w -> new OffenceWeight(code, w.offence() + " (HO " + code + " before " + until + ")",
                w.category(), w.days(), w.basis(), "SUPERSEDED CODE - HO " + code + " weighed as its successor "
                        + successor + ": " + w.source()));
    }

    /** The weight of {@code code} if the table has a row for it. */
    public Optional<OffenceWeight> find(OffenceCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every row, ordered by code. */
    public List<OffenceWeight> all() {
        return List.copyOf(byCode.values());
    }

    /** Where the table was read from. */
    public String origin() {
        return origin;
    }

    private OffenceWeight unknown(OffenceCode code) {
        return new OffenceWeight(code, "unknown offence code", Optional.empty(), UNKNOWN_CODE_DAYS,
                WeightBasis.UNKNOWN_CODE,
                "UNKNOWN CODE - HO " + code + " is not in " + origin + "; placeholder of " + UNKNOWN_CODE_DAYS
                        + " days, the CCHI 2026 median of the catch-all subgroups (see HarmWeights.UNKNOWN_CODE_DAYS)");
    }

    private static HarmWeights of(List<OffenceWeight> rows, String origin) {
        Map<OffenceCode, OffenceWeight> byCode = new TreeMap<>();
        for (OffenceWeight row : rows) {
            if (byCode.putIfAbsent(row.code(), row) != null) {
                throw new HarmDataException(origin + ": HO code " + row.code() + " appears more than once");
            }
        }
        if (byCode.isEmpty()) {
            throw new HarmDataException(origin + ": no weights");
        }
        return new HarmWeights(byCode, origin);
    }

    private static OffenceWeight row(WeightsCsv.Row row) {
        OffenceCode code = OffenceCode.parse(row.text("ho_code"));
        WeightBasis basis = WeightBasis.parse(row.text("basis"));
        if (basis == WeightBasis.UNKNOWN_CODE) {
            throw new IllegalArgumentException("basis unknown-code is reserved for codes missing from the table: " + code);
        }
        String source = row.text("source");
        boolean saysFallback = source.startsWith("SUBGROUP FALLBACK");
        if (saysFallback != (basis == WeightBasis.SUBGROUP_FALLBACK)) {
            throw new IllegalArgumentException("HO " + code + ": basis '" + basis.token()
                    + "' disagrees with its source, which " + (saysFallback ? "says" : "does not say") + " SUBGROUP FALLBACK");
        }
        return new OffenceWeight(code, row.text("offence"), Optional.of(CrimeCategory.parse(row.text("category"))),
                row.days("weight_days"), basis, source);
    }
}
