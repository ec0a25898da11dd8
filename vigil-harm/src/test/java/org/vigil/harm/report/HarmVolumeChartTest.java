package org.vigil.harm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.harm.report.Crimes.crime;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.harm.weights.CategoryWeights;
import org.vigil.harm.weights.CrimeCategory;

class HarmVolumeChartTest {
    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final HarmVolumeReport report = HarmVolumeReport.of(Crimes.of(List.of(
            crime(CrimeCategory.BURGLARY, "Rotherham 012A"),
            crime(CrimeCategory.VEHICLE_CRIME, "Rotherham 012A"),
            crime(CrimeCategory.VEHICLE_CRIME, "Sheffield 001A"))), CategoryWeights.bundled(), Grouping.CATEGORY);

    @Test
    void writesAValidPngOfTheExpectedSize(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("chart.png");
        HarmVolumeChart.write(report, png);
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(HarmVolumeChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(HarmVolumeChart.height(report));
    }

    @Test
    void drawsOneVolumeAndOneHarmBarPerRowHorizontally() {
        JFreeChart chart = HarmVolumeChart.chart(report);
        assertThat(chart.getCategoryPlot().getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertThat(data.getRowKeys()).containsExactly(HarmVolumeChart.VOLUME_SERIES, HarmVolumeChart.HARM_SERIES);
        assertThat(data.getColumnKeys()).containsExactly("Burglary", "Vehicle crime");
        assertThat(data.getValue(HarmVolumeChart.VOLUME_SERIES, "Vehicle crime").doubleValue())
                .isEqualTo(report.row("Vehicle crime").orElseThrow().volumeShare());
        assertThat(data.getValue(HarmVolumeChart.HARM_SERIES, "Burglary").doubleValue())
                .isEqualTo(report.row("Burglary").orElseThrow().harmShare());
    }

    @Test
    void refusesSvgWithoutJFreeSvgAndOtherExtensions(@TempDir Path dir) {
        assertThatThrownBy(() -> HarmVolumeChart.write(report, dir.resolve("chart.svg")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JFreeSVG");
        assertThatThrownBy(() -> HarmVolumeChart.write(report, dir.resolve("chart.jpg")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chart.jpg");
        assertThat(dir.resolve("chart.svg")).doesNotExist();
    }
}
