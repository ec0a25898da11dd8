package org.vigil.harm.weights;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.vigil.harm.HarmDataException;

/**
 * CCHI weights per police.uk crime category, nationally and per force.
 *
 * <p>Each weight is the count-weighted average of the CCHI 2026 medians of the offence subgroups that
 * make up the category, using either the national or one force's own 2024/25 subgroup mix. Use the
 * force's weights for that force's data ({@link #weightFor}); other forces fall back to national.
 *
 * <p>A table is a CSV with columns {@code crime_type, cchi_days} and optionally {@code force} (blank or
 * absent: national) and {@code source} (absent: the file name). Every notifiable category must have a
 * national weight. Anti-social behaviour has no CHI value; if the tables give none, it gets the
 * 1-day floor, marked {@link CategoryWeight#convention()}.
 */
public final class CategoryWeights {
    public static final String BUNDLED_NATIONAL = "/org/vigil/harm/cchi_weights_by_category.csv";
    public static final String BUNDLED_BY_FORCE = "/org/vigil/harm/cchi_weights_by_force_category.csv";

    /** Anti-social behaviour: not a CHI value (README caveat 4). */
    public static final double ANTI_SOCIAL_BEHAVIOUR_DAYS = 1.0;

    private static final String NATIONAL_SOURCE = "isthisben/cbl-realcrime data/cchi_weights_by_category.csv:"
            + " national count-weighted average of CCHI 2026 subgroup medians by police.uk category"
            + " (2024/25 Home Office PRC volumes)";
    private static final String FORCE_SOURCE = "isthisben/cbl-realcrime data/cchi_weights_by_force_category.csv:"
            + " count-weighted average of CCHI 2026 subgroup medians using this force's own 2024/25 subgroup mix";
    private static final String ASB_SOURCE = "NOT a CHI value: ASB incidents are not notifiable crimes and have"
            + " no CCHI score; floor of 1 day (= CCHI shoplifting) used by isthisben/cbl-realcrime"
            + " data/raw/CCHI_SOURCES.md ('Anti-social behaviour: the floor')";
    private static final List<String> COLUMNS = List.of("crime_type", "cchi_days");
    private static volatile CategoryWeights bundled;

    private final Map<CrimeCategory, CategoryWeight> national;
    /** Keyed by {@link #forceKey}. */
    private final Map<String, Map<CrimeCategory, CategoryWeight>> byForce;

    private CategoryWeights(
            Map<CrimeCategory, CategoryWeight> national, Map<String, Map<CrimeCategory, CategoryWeight>> byForce) {
        this.national = Collections.unmodifiableMap(national);
        this.byForce = Collections.unmodifiableMap(byForce);
    }

    /** The national and per-force tables shipped in this module. Loaded once. */
    public static CategoryWeights bundled() {
        CategoryWeights weights = bundled;
        if (weights == null) {
            synchronized (CategoryWeights.class) {
                if (bundled == null) {
                    List<CategoryWeight> rows = new ArrayList<>();
                    rows.addAll(WeightsCsv.readResource(BUNDLED_NATIONAL, COLUMNS, row(r -> NATIONAL_SOURCE)));
                    rows.addAll(WeightsCsv.readResource(BUNDLED_BY_FORCE, COLUMNS, row(r -> FORCE_SOURCE)));
                    bundled = of(rows, BUNDLED_NATIONAL + " + " + BUNDLED_BY_FORCE);
                }
                weights = bundled;
            }
        }
        return weights;
    }

    /** Tables from files in the format above, merged; fails with file, line and value on any bad row. */
    public static CategoryWeights load(List<Path> csvFiles) {
        List<CategoryWeight> rows = new ArrayList<>();
        for (Path file : csvFiles) {
            rows.addAll(WeightsCsv.read(file, COLUMNS, row(r -> file.getFileName().toString())));
        }
        return of(rows, csvFiles.toString());
    }

    /** The national weight of {@code category}. */
    public CategoryWeight national(CrimeCategory category) {
        return national.get(Objects.requireNonNull(category, "category"));
    }

    /**
     * The weight to use for a crime of {@code category} recorded by {@code force} (as police.uk names it,
     * e.g. "South Yorkshire Police"): the force's own weight if the tables have one, else national.
     */
    public CategoryWeight weightFor(CrimeCategory category, String force) {
        Map<CrimeCategory, CategoryWeight> forForce = force == null ? null : byForce.get(forceKey(force));
        CategoryWeight own = forForce == null ? null : forForce.get(category);
        return own != null ? own : national(category);
    }

    /** Whether the tables hold weights of their own for {@code force}. */
    public boolean hasForce(String force) {
        return force != null && byForce.containsKey(forceKey(force));
    }

    /** The forces with weights of their own, as the tables spell them. */
    public Set<String> forces() {
        Set<String> names = new TreeSet<>();
        byForce.values().forEach(m -> m.values().forEach(w -> names.add(w.force().orElseThrow())));
        return names;
    }

    /**
     * Matches police.uk's force names ("South Yorkshire Police", "Avon and Somerset Constabulary",
     * "Metropolitan Police Service", "Devon &amp; Cornwall Police") to the weight tables' ("South
     * Yorkshire", "Metropolitan Police"): case, "&amp;"/"and" and the words police, constabulary and
     * service are ignored.
     */
    static String forceKey(String force) {
        String key = force.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("\\s+", " ").strip();
        key = key.replaceFirst("^police service of ", "");
        key = key.replaceFirst(" (police service|police|constabulary|service)$", "");
        key = key.replaceFirst(" police$", "");
        return key.strip();
    }

    private static Function<WeightsCsv.Row, CategoryWeight> row(Function<WeightsCsv.Row, String> defaultSource) {
        return r -> {
            CrimeCategory category = CrimeCategory.parse(r.text("crime_type"));
            Optional<String> force = r.optional("force");
            String source = r.optional("source").orElseGet(() -> defaultSource.apply(r));
            return new CategoryWeight(category, force, r.days("cchi_days"), source,
                    category == CrimeCategory.ANTI_SOCIAL_BEHAVIOUR);
        };
    }

    private static CategoryWeights of(List<CategoryWeight> rows, String origin) {
        Map<CrimeCategory, CategoryWeight> national = new EnumMap<>(CrimeCategory.class);
        Map<String, Map<CrimeCategory, CategoryWeight>> byForce = new TreeMap<>();
        for (CategoryWeight w : rows) {
            Map<CrimeCategory, CategoryWeight> table = w.force().isEmpty()
                    ? national
                    : byForce.computeIfAbsent(forceKey(w.force().get()), k -> new EnumMap<>(CrimeCategory.class));
            if (table.putIfAbsent(w.category(), w) != null) {
                throw new HarmDataException(origin + ": two " + w.scope() + " weights for " + w.category());
            }
        }
        national.putIfAbsent(CrimeCategory.ANTI_SOCIAL_BEHAVIOUR, new CategoryWeight(
                CrimeCategory.ANTI_SOCIAL_BEHAVIOUR, Optional.empty(), ANTI_SOCIAL_BEHAVIOUR_DAYS, ASB_SOURCE, true));
        Set<CrimeCategory> missing = EnumSet.allOf(CrimeCategory.class);
        missing.removeAll(national.keySet());
        if (!missing.isEmpty()) {
            throw new HarmDataException(origin + ": no national weight for " + missing);
        }
        return new CategoryWeights(national, byForce);
    }
}
