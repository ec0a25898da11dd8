package org.vigil.harm.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Prints a {@link HarmVolumeReport}: as an aligned plain-text table, as a Markdown table, or as CSV.
 * Text and Markdown end with the notes that say how the numbers were made; CSV holds the rows only.
 */
public final class HarmVolumeTable {
    /** CSV header; the columns are the components of {@link HarmVolumeRow}. */
    public static final List<String> CSV_COLUMNS = List.of(
            "group", "crimes", "volume_share", "harm_days", "harm_share", "ratio", "harm_per_crime", "note");

    private static final String[] HEADINGS =
            {"", "Crimes", "% volume", "Days/crime", "Harm (CCHI days)", "% harm", "Harm ÷ volume", "Note"};
    private static final boolean[] RIGHT = {false, true, true, true, true, true, true, false};

    private HarmVolumeTable() {}

    public static String text(HarmVolumeReport report) {
        List<String[]> cells = cells(report);
        int[] widths = new int[HEADINGS.length];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        String rule = "-".repeat(Arrays.stream(widths).sum() + 2 * (widths.length - 1)) + "\n";
        StringBuilder out = new StringBuilder(title(report)).append("\n\n");
        for (int r = 0; r < cells.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = cells.get(r)[i];
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(RIGHT[i] ? pad + cell : cell + pad);
            }
            if (r == cells.size() - 1) {
                out.append(rule);
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                out.append(rule);
            }
        }
        out.append('\n');
        notes(report).forEach(n -> out.append("* ").append(n).append('\n'));
        return out.toString();
    }

    public static String markdown(HarmVolumeReport report) {
        List<String[]> cells = cells(report);
        StringBuilder out = new StringBuilder("### ").append(title(report)).append("\n\n");
        for (int r = 0; r < cells.size(); r++) {
            String[] row = cells.get(r);
            if (r == cells.size() - 1) {
                row = row.clone();
                row[0] = "**" + row[0] + "**";
            }
            out.append("| ").append(String.join(" | ", escape(row))).append(" |\n");
            if (r == 0) {
                StringBuilder rule = new StringBuilder("|");
                for (boolean right : RIGHT) {
                    rule.append(right ? "---:|" : "---|");
                }
                out.append(rule).append('\n');
            }
        }
        out.append('\n');
        notes(report).forEach(n -> out.append("- ").append(n).append('\n'));
        return out.toString();
    }

    /** One line per row, columns {@link #CSV_COLUMNS}, shares as fractions; totals are not a row. */
    public static String csv(HarmVolumeReport report) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(CSV_COLUMNS.toArray(String[]::new)).setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (HarmVolumeRow r : report.rows()) {
                printer.printRecord(r.group(), r.crimes(), fraction(r.volumeShare()), days(r.harmDays()),
                        fraction(r.harmShare()), fraction(r.ratio()), days(r.harmPerCrime()), r.note());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** "Harm versus volume by crime type: South Yorkshire Police, 2018-10 to 2019-02". */
    public static String title(HarmVolumeReport report) {
        String what = report.by() == Grouping.CATEGORY ? "crime type" : "area (local authority)";
        String forces = report.provenance().forces().isEmpty() ? "no data" : String.join(", ", report.provenance().forces());
        return "Harm versus volume by " + what + ": " + forces + ", " + report.provenance().period();
    }

    /** How the numbers were made, in sentences; printed under every table. */
    public static List<String> notes(HarmVolumeReport report) {
        ReportProvenance p = report.provenance();
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.UK);
        List<String> notes = new ArrayList<>();
        notes.add("Volume: " + n.format(report.crimes()) + " notifiable crimes. Harm: each crime weighted by the"
                + " CCHI days of its police.uk category (count-weighted CCHI 2026 subgroup medians), using the"
                + " recording force's own weights where published, else national; weights used: "
                + p.weightsUsed().entrySet().stream().map(e -> e.getKey() + " " + n.format(e.getValue()))
                        .collect(Collectors.joining(", "))
                + ".");
        notes.add("Anti-social behaviour (" + n.format(report.antiSocialBehaviour()) + " incidents) is not a"
                + " notifiable crime and has no CHI value: left out of both totals.");
        notes.add(report.proactive() == ProactiveOffences.EXCLUDED_FROM_HARM
                ? "Drugs and Shoplifting count in volume but not in harm: the CHI rule leaves proactively detected"
                        + " offences (drug possession, store-detective shoplifting) out of harm totals, and police.uk"
                        + " cannot separate them."
                : "Drugs and Shoplifting are weighted like other categories (the CHI rule would leave their"
                        + " proactively detected share out of harm).");
        notes.add("Category weights cannot see inside a category: \"Violence and sexual offences\" merges rape"
                + " with common assault, and child sexual exploitation is not visible in police.uk data at all.");
        String malformed = p.malformedRows() == 0
                ? "none malformed"
                : n.format(p.malformedRows()) + " malformed and left out (" + String.join("; ", p.malformedExamples())
                        + (p.malformedRows() > p.malformedExamples().size() ? "; …" : "") + ")";
        if (!p.unknownCrimeTypes().isEmpty()) {
            notes.add("Crime types that are not one of police.uk's 14 categories, left out of both totals (older"
                    + " files use other labels): " + new TreeMap<>(p.unknownCrimeTypes()).entrySet().stream()
                            .map(e -> "'" + e.getKey() + "' " + n.format(e.getValue()))
                            .collect(Collectors.joining(", "))
                    + ".");
        }
        notes.add("Source: " + p.files().size() + " data.police.uk street-level file(s) (Open Government Licence"
                + " v3.0), " + n.format(p.rowsRead()) + " rows read, " + malformed + ".");
        return notes;
    }

    private static List<String[]> cells(HarmVolumeReport report) {
        NumberFormat count = NumberFormat.getIntegerInstance(Locale.UK);
        List<String[]> cells = new ArrayList<>();
        String[] head = HEADINGS.clone();
        head[0] = report.by().heading();
        cells.add(head);
        for (HarmVolumeRow r : report.rows()) {
            cells.add(new String[] {r.group(), count.format(r.crimes()), percent(r.volumeShare()),
                    String.format(Locale.UK, "%.2f", r.harmPerCrime()), count.format(Math.round(r.harmDays())),
                    percent(r.harmShare()), String.format(Locale.UK, "%.2f", r.ratio()), r.note()});
        }
        boolean any = report.crimes() > 0;
        cells.add(new String[] {"Total", count.format(report.crimes()), any ? percent(1) : "",
                any ? String.format(Locale.UK, "%.2f", report.harmDays() / report.crimes()) : "",
                count.format(Math.round(report.harmDays())), report.harmDays() > 0 ? percent(1) : "", "", ""});
        return cells;
    }

    private static String percent(double share) {
        return String.format(Locale.UK, "%.1f%%", share * 100);
    }

    private static String fraction(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static String days(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String[] escape(String[] row) {
        String[] out = new String[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = row[i].replace("|", "\\|");
        }
        return out;
    }
}
