package org.vigil.harm.report;

import java.util.Objects;

/**
 * One row of the report: flat, plain-valued, ready for CSV or JSON.
 *
 * @param group the category label or area name
 * @param crimes notifiable crimes in the group
 * @param volumeShare crimes / all crimes, 0–1
 * @param harmDays Σ CCHI days of the group's crimes
 * @param harmShare harmDays / all harm, 0–1
 * @param ratio harmShare / volumeShare: above 1, the group does more harm than its count suggests
 * @param harmPerCrime harmDays / crimes, the effective weight
 * @param note why a number is not what it seems (e.g. excluded from harm), or empty
 */
public record HarmVolumeRow(
        String group,
        long crimes,
        double volumeShare,
        double harmDays,
        double harmShare,
        double ratio,
        double harmPerCrime,
        String note) {

    public HarmVolumeRow {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(note, "note");
        if (crimes < 0 || !(harmDays >= 0)) {
            throw new IllegalArgumentException("row '" + group + "' has a negative count or harm: " + crimes + ", " + harmDays);
        }
        if (!(volumeShare >= 0 && volumeShare <= 1) || !(harmShare >= 0 && harmShare <= 1)) {
            throw new IllegalArgumentException(
                    "row '" + group + "' has a share outside 0-1: volume " + volumeShare + ", harm " + harmShare);
        }
    }

    static HarmVolumeRow of(String group, long crimes, double harmDays, long totalCrimes, double totalHarm, String note) {
        double volumeShare = totalCrimes == 0 ? 0 : (double) crimes / totalCrimes;
        double harmShare = totalHarm == 0 ? 0 : Math.min(1.0, harmDays / totalHarm);
        double ratio = volumeShare == 0 ? 0 : harmShare / volumeShare;
        double perCrime = crimes == 0 ? 0 : harmDays / crimes;
        return new HarmVolumeRow(group, crimes, volumeShare, harmDays, harmShare, ratio, perCrime, note);
    }
}
