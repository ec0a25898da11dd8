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
        Tally tally = new Tally(weights, by, proactive);
        data.crimes().forEach(tally::add);
        data.malformed().forEach(tally::add);
        return tally.report(data.files());
    }

    /**
     * A report built a row at a time, as {@link org.vigil.harm.policeuk.PoliceUkReader} reads: it keeps one
     * count and one harm total per group, the malformed rows' count and first {@link ReportProvenance#EXAMPLES},
     * and never the crimes themselves, so its memory does not grow with the files.
     */
    public static final class Tally {
        private final CategoryWeights weights;
        private final Grouping by;
        private final ProactiveOffences proactive;
        private final Map<String, long[]> counts = new HashMap<>();
        private final Map<String, double[]> harms = new HashMap<>();
        private final Map<String, CategoryWeight> weightCache = new HashMap<>();
        private final Map<String, Long> weightsUsed = new TreeMap<>();
        private final TreeSet<YearMonth> months = new TreeSet<>();
        private final TreeSet<String> forces = new TreeSet<>();
        private final List<String> malformedExamples = new ArrayList<>();
        private final Map<String, Long> unknownCrimeTypes = new TreeMap<>();
        private long asb;
        private long rowsRead;
        private long malformed;

        public Tally(CategoryWeights weights, Grouping by, ProactiveOffences proactive) {
            this.weights = Objects.requireNonNull(weights, "weights");
            this.by = Objects.requireNonNull(by, "by");
            this.proactive = Objects.requireNonNull(proactive, "proactive");
        }

        public void add(StreetCrime crime) {
            rowsRead++;
            months.add(crime.month());
            forces.add(crime.force());
            CrimeCategory category = crime.category();
            if (!category.isNotifiableCrime()) {
                asb++;
                return;
            }
            CategoryWeight weight = weightCache.computeIfAbsent(
                    crime.force() + "\u0000" + category, k -> weights.weightFor(category, crime.force()));
            weightsUsed.merge(weight.scope(), 1L, Long::sum);
            String key = by.keyOf(crime);
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            harms.computeIfAbsent(key, k -> new double[1])[0] += proactive.countsInHarm(category) ? weight.days() : 0;
        }

        public void add(MalformedRow row) {
            rowsRead++;
            malformed++;
            if (malformedExamples.size() < ReportProvenance.EXAMPLES) {
                malformedExamples.add(row.describe());
            }
            row.unknownCrimeType().ifPresent(t -> unknownCrimeTypes.merge(t, 1L, Long::sum));
        }

        /** The report on what was added, read from {@code files}. */
        public HarmVolumeReport report(List<Path> files) {
            long totalCrimes = counts.values().stream().mapToLong(c -> c[0]).sum();
            double totalHarm = harms.values().stream().mapToDouble(h -> h[0]).sum();
            List<HarmVolumeRow> rows = new ArrayList<>();
            for (Map.Entry<String, long[]> e : counts.entrySet()) {
                rows.add(HarmVolumeRow.of(e.getKey(), e.getValue()[0], harms.get(e.getKey())[0], totalCrimes,
                        totalHarm, note(by, e.getKey(), proactive)));
            }
            rows.sort(ORDER);
            ReportProvenance provenance = new ReportProvenance(
                    files.stream().map(Path::getFileName).map(Path::toString).toList(),
                    months.isEmpty() ? Optional.empty() : Optional.of(months.first()),
                    months.isEmpty() ? Optional.empty() : Optional.of(months.last()),
                    List.copyOf(forces),
                    weightsUsed,
                    rowsRead,
                    malformed,
                    malformedExamples,
                    unknownCrimeTypes);
            return new HarmVolumeReport(by, rows, totalCrimes, totalHarm, asb, proactive, provenance);
        }
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
