package org.vigil.harm.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vigil.harm.policeuk.MalformedRow;
import org.vigil.harm.policeuk.StreetCrime;
import org.vigil.harm.policeuk.StreetCrimes;
import org.vigil.harm.weights.CategoryWeight;
import org.vigil.harm.weights.CategoryWeights;
import org.vigil.harm.weights.CrimeCategory;

/**
 * Harm versus volume of police.uk crimes, by category or area.
 *
 * <p>Volume is the number of notifiable crimes; harm is Σ CCHI days, each crime weighted by its
 * category's weight for the force that recorded it (national if that force has none). Anti-social
 * behaviour is left out of both totals and reported as {@link #antiSocialBehaviour()}. Rows are ordered
 * by harm, largest first; their volume shares and harm shares each sum to 1.
 */
public record HarmVolumeReport(
        Grouping by,
        List<HarmVolumeRow> rows,
        long crimes,
        double harmDays,
        long antiSocialBehaviour,
        ProactiveOffences proactive,
        ReportProvenance provenance) {

    static final String EXCLUDED_NOTE = "not in harm: proactively detected (CHI rule)";

    public HarmVolumeReport {
        Objects.requireNonNull(by, "by");
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        Objects.requireNonNull(proactive, "proactive");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The report with the CHI rule's default treatment of Drugs and Shoplifting. */
    public static HarmVolumeReport of(StreetCrimes data, CategoryWeights weights, Grouping by) {
        return of(data, weights, by, ProactiveOffences.EXCLUDED_FROM_HARM);
    }

    public static HarmVolumeReport of(
            StreetCrimes data, CategoryWeights weights, Grouping by, ProactiveOffences proactive) {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, double[]> harms = new HashMap<>();
        Map<String, CategoryWeight> weightCache = new HashMap<>();
        Map<String, Long> weightsUsed = new TreeMap<>();
        TreeSet<YearMonth> months = new TreeSet<>();
        TreeSet<String> forces = new TreeSet<>();
        long asb = 0;
        for (StreetCrime crime : data.crimes()) {
            months.add(crime.month());
            forces.add(crime.force());
            CrimeCategory category = crime.category();
            if (!category.isNotifiableCrime()) {
                asb++;
                continue;
            }
            CategoryWeight weight = weightCache.computeIfAbsent(
                    crime.force() + "\u0000" + category, k -> weights.weightFor(category, crime.force()));
            weightsUsed.merge(weight.scope(), 1L, Long::sum);
            String key = by.keyOf(crime);
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            harms.computeIfAbsent(key, k -> new double[1])[0] += proactive.countsInHarm(category) ? weight.days() : 0;
        }
        long totalCrimes = counts.values().stream().mapToLong(c -> c[0]).sum();
        double totalHarm = harms.values().stream().mapToDouble(h -> h[0]).sum();
        List<HarmVolumeRow> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            rows.add(HarmVolumeRow.of(e.getKey(), e.getValue()[0], harms.get(e.getKey())[0], totalCrimes, totalHarm,
                    note(by, e.getKey(), proactive)));
        }
        rows.sort(ORDER);
        List<MalformedRow> malformed = data.malformed();
        ReportProvenance provenance = new ReportProvenance(
                data.files().stream().map(Path::getFileName).map(Path::toString).toList(),
                months.isEmpty() ? Optional.empty() : Optional.of(months.first()),
                months.isEmpty() ? Optional.empty() : Optional.of(months.last()),
                List.copyOf(forces),
                weightsUsed,
                data.rowsRead(),
                malformed.size(),
                malformed.stream().limit(ReportProvenance.EXAMPLES).map(MalformedRow::describe).toList(),
                unknownCrimeTypes(malformed));
        return new HarmVolumeReport(by, rows, totalCrimes, totalHarm, asb, proactive, provenance);
    }

    private static Map<String, Long> unknownCrimeTypes(List<MalformedRow> malformed) {
        Map<String, Long> types = new TreeMap<>();
        malformed.forEach(m -> m.unknownCrimeType().ifPresent(t -> types.merge(t, 1L, Long::sum)));
        return types;
    }

    /** The row for {@code group}, if there is one. */
    public Optional<HarmVolumeRow> row(String group) {
        return rows.stream().filter(r -> r.group().equals(group)).findFirst();
    }

    /**
     * This report with every row under {@code minShare} of both volume and harm merged into one row
     * at the end ("Other areas (40)"), for printing and charts: the stray LSOAs of neighbouring
     * authorities otherwise bury the four that matter. Totals are unchanged; nothing is folded unless at
     * least two rows qualify.
     */
    public HarmVolumeReport foldedBelow(double minShare) {
        List<HarmVolumeRow> kept = new ArrayList<>();
        List<HarmVolumeRow> small = new ArrayList<>();
        for (HarmVolumeRow r : rows) {
            (r.volumeShare() < minShare && r.harmShare() < minShare ? small : kept).add(r);
        }
        if (small.size() < 2) {
            return this;
        }
        long c = small.stream().mapToLong(HarmVolumeRow::crimes).sum();
        double h = small.stream().mapToDouble(HarmVolumeRow::harmDays).sum();
        String label = (by == Grouping.AREA ? "Other areas (" : "Other crime types (") + small.size() + ")";
        kept.add(HarmVolumeRow.of(label, c, h, crimes, harmDays,
                String.format(java.util.Locale.UK, "each under %.1f%% of volume and of harm", minShare * 100)));
        return new HarmVolumeReport(by, kept, crimes, harmDays, antiSocialBehaviour, proactive, provenance);
    }

    private static final Comparator<HarmVolumeRow> ORDER = Comparator
            .comparingDouble(HarmVolumeRow::harmDays).reversed()
            .thenComparing(Comparator.comparingLong(HarmVolumeRow::crimes).reversed())
            .thenComparing(HarmVolumeRow::group);

    private static String note(Grouping by, String group, ProactiveOffences proactive) {
        if (by != Grouping.CATEGORY || proactive == ProactiveOffences.WEIGHTED) {
            return "";
        }
        return CrimeCategory.fromLabel(group).filter(ProactiveOffences.CATEGORIES::contains).isPresent()
                ? EXCLUDED_NOTE
                : "";
    }
}
