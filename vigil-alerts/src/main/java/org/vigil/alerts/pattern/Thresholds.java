package org.vigil.alerts.pattern;

/**
 * How much evidence each pattern needs. The defaults and the reasons for them are in
 * {@code docs/decisions/alerts-patterns.md}; none of them counts heads alone.
 *
 * @param repeatChildren distinct children a suspect must be named about ({@code repeat_suspect})
 * @param repeatReports distinct reports he must be named in
 * @param repeatReportsAlone reports from at least two agencies enough for {@code repeat_suspect} about one child: the
 *     same man named again and again, by different agencies, about the same girl
 * @param networkReports reports a network must rest on
 * @param networkChildren children a network must be named about, unless it rests on {@code networkReportsAlone}
 * @param networkReportsAlone reports enough for a network with fewer children (intelligence naming men together)
 * @param dismissedReports reports about the same subject closed with no further action ({@code dismissed})
 * @param missingEpisodes missing episodes of a child ({@code missing_pattern})
 * @param missingAround episodes with an adult suspect, a vehicle, or a transport indicator around them
 * @param vehicleChildren distinct children across reports naming the same vehicle with suspects
 * @param placeChildren distinct children across reports naming the same place in exploitation evidence
 * @param professionalStrength the strength a concern needs to count against a person named as reporter or witness
 *     at least as often as as a suspect
 */
public record Thresholds(int repeatChildren, int repeatReports, int repeatReportsAlone, int networkReports, int networkChildren,
        int networkReportsAlone, int dismissedReports, int missingEpisodes, int missingAround, int vehicleChildren,
        int placeChildren, double professionalStrength) {

    public Thresholds {
        if (repeatChildren < 2 || repeatReports < 1 || repeatReportsAlone < repeatReports || networkReports < 1 || networkChildren < 0
                || networkReportsAlone < networkReports || dismissedReports < 2 || missingEpisodes < 2 || missingAround < 0
                || vehicleChildren < 2 || placeChildren < 2 || professionalStrength < 1) {
            throw new IllegalArgumentException("thresholds out of range: repeat " + repeatChildren + "/" + repeatReports
                    + "/" + repeatReportsAlone + ", network " + networkReports + "/" + networkChildren + "/"
                    + networkReportsAlone + ", dismissed " + dismissedReports + ", missing " + missingEpisodes + "/"
                    + missingAround + ", vehicle " + vehicleChildren + ", place " + placeChildren + ", professional "
                    + professionalStrength);
        }
    }

    public static Thresholds defaults() {
        return new Thresholds(2, 2, 3, 2, 1, 3, 3, 3, 2, 2, 2, 2.0);
    }
}
