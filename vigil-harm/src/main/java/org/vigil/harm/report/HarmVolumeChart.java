package org.vigil.harm.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ExportUtils;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a {@link HarmVolumeReport} as a horizontal grouped bar chart: for each row, its share of
 * crimes beside its share of harm, rows in the report's order (most harm first).
 *
 * <p>Drawing is off-screen. If {@code java.awt.headless} is not set when this class loads, it is set to
 * {@code true}, so the chart can be written on a server or in CI with no display.
 */
public final class HarmVolumeChart {
    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    public static final String VOLUME_SERIES = "Share of crimes (volume)";
    public static final String HARM_SERIES = "Share of harm (CCHI days)";
    static final int WIDTH = 1200;
    private static final Color VOLUME_COLOUR = new Color(0x9E9E9E);
    private static final Color HARM_COLOUR = new Color(0xB2182B);

    private HarmVolumeChart() {}

    /**
     * Writes the chart to {@code file}, as PNG when the name ends in {@code .png}, or as SVG when it ends
     * in {@code .svg} and JFreeSVG is on the classpath (it is not a dependency of this module).
     */
    public static void write(HarmVolumeReport report, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        JFreeChart chart = chart(report);
        int height = height(report);
        if (name.endsWith(".png")) {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, height);
        } else if (name.endsWith(".svg")) {
            if (!ExportUtils.isJFreeSVGAvailable()) {
                throw new IllegalArgumentException("cannot write " + file + ": SVG needs JFreeSVG (org.jfree:org.jfree.svg)"
                        + " on the classpath, which Vigil does not ship; write a .png instead");
            }
            ExportUtils.writeAsSVG(chart, WIDTH, height, file.toFile());
        } else {
            throw new IllegalArgumentException("chart file must end in .png (or .svg with JFreeSVG): " + file);
        }
    }

    /** The chart itself, for callers that render it elsewhere. */
    public static JFreeChart chart(HarmVolumeReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (HarmVolumeRow row : report.rows()) {
            data.addValue(row.volumeShare(), VOLUME_SERIES, row.group());
            data.addValue(row.harmShare(), HARM_SERIES, row.group());
        }
        String title = report.by() == Grouping.CATEGORY
                ? "Share of crimes vs share of harm, by crime type"
                : "Share of crimes vs share of harm, by area";
        JFreeChart chart = ChartFactory.createBarChart(
                title, null, "Share of all notifiable crimes / of all harm", data, PlotOrientation.HORIZONTAL,
                true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(subtitle(report), new Font(Font.SANS_SERIF, Font.PLAIN, 13)));

        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);

        NumberFormat percent = NumberFormat.getPercentInstance(Locale.UK);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.UK));
        range.setUpperMargin(0.12);

        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.05);
        bars.setSeriesPaint(0, VOLUME_COLOUR);
        bars.setSeriesPaint(1, HARM_COLOUR);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", percent));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        bars.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        return chart;
    }

    static int height(HarmVolumeReport report) {
        return 170 + 44 * Math.max(1, report.rows().size());
    }

    private static String subtitle(HarmVolumeReport report) {
        ReportProvenance p = report.provenance();
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.UK);
        String proactive = report.proactive() == ProactiveOffences.EXCLUDED_FROM_HARM
                ? "; Drugs and Shoplifting not in harm (CHI rule)"
                : "";
        return String.join(", ", p.forces()) + ", " + p.period() + ": " + n.format(report.crimes())
                + " crimes (data.police.uk, OGL v3.0). Harm = CCHI days by category, force weights where published;"
                + " anti-social behaviour excluded" + proactive + ".";
    }
}
