package org.vigil.harm.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.vigil.harm.policeuk.PoliceUkReader;
import org.vigil.harm.weights.CategoryWeights;

/**
 * The harm-versus-volume report as one call, for {@code vigil harm-report CSV... [--chart FILE]
 * [--by category|area]}: read the files, weigh with the bundled category weights, print the table,
 * draw the chart.
 */
public final class HarmReport {
    /** Areas under this share of both volume and harm are folded into one row for printing and charts. */
    public static final double AREA_FOLD_SHARE = 0.005;

    private HarmReport() {}

    /**
     * Prints the table (and its notes) to {@code out}, writes the chart if {@code chartOrNull} is given
     * (.png; .svg only with JFreeSVG on the classpath) and returns the report as printed.
     * Malformed rows are counted in the printed notes and in {@code provenance().malformedRows()}, not
     * thrown; a file that is missing or is not a police.uk street-level file throws.
     *
     * @throws java.io.UncheckedIOException if a file cannot be read
     * @throws org.vigil.harm.HarmDataException if a file is not a police.uk street-level file
     * @throws IllegalArgumentException if no files are given or the chart name has another extension
     * @throws IOException if the chart cannot be written
     */
    public static HarmVolumeReport run(List<Path> csvFiles, Grouping by, Path chartOrNull, PrintStream out)
            throws IOException {
        Objects.requireNonNull(out, "out");
        HarmVolumeReport report = build(csvFiles, by);
        if (by == Grouping.AREA) {
            report = report.foldedBelow(AREA_FOLD_SHARE);
        }
        out.print(HarmVolumeTable.text(report));
        if (chartOrNull != null) {
            HarmVolumeChart.write(report, chartOrNull);
            out.println("Chart written to " + chartOrNull);
        }
        return report;
    }

    /** The full report (nothing folded), with the bundled weights and the CHI rule's defaults. */
    public static HarmVolumeReport build(List<Path> csvFiles, Grouping by) {
        Objects.requireNonNull(by, "by");
        if (Objects.requireNonNull(csvFiles, "csvFiles").isEmpty()) {
            throw new IllegalArgumentException("no police.uk files given");
        }
        HarmVolumeReport.Tally tally =
                new HarmVolumeReport.Tally(CategoryWeights.bundled(), by, ProactiveOffences.EXCLUDED_FROM_HARM);
        PoliceUkReader.read(csvFiles, tally::add, tally::add);
        return tally.report(csvFiles);
    }
}
