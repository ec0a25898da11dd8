package org.vigil.town.story;

/**
 * The record systems that send concerns: the agency name as written, the prefix of their concern ids, the prefix of
 * their staff ids, and the mean delay, in days, before their records reach Vigil (police logs come quickly, a
 * clinic's in monthly batches). Parents and carers have no system of their own: their reports reach the police or
 * children's social care and name them as {@code reporter}.
 */
public enum Agency {
    POLICE_MISSING("Police", "MP", "pol", 1.5),
    POLICE_INTELLIGENCE("Police", "PI", "pol", 6),
    POLICE_CRIME("Police", "PC", "pol", 2),
    YOUTH_PROJECT("Youth Project", "YP", "yp", 9),
    SOCIAL_CARE("Children's Social Care", "CSC", "csc", 3),
    SEXUAL_HEALTH("Sexual Health Service", "SH", "sh", 20),
    EDUCATION("Education", "SCH", "edu", 12),
    RESIDENTIAL_CARE("Residential Care", "RC", "rc", 4),
    TAXI_LICENSING("Taxi Licensing", "TL", "tl", 15),
    EMERGENCY_DEPARTMENT("Emergency Department", "AE", "ae", 6);

    private final String written;
    private final String idPrefix;
    private final String staffPrefix;
    private final double meanLagDays;
    private final boolean police;

    Agency(String written, String idPrefix, String staffPrefix, double meanLagDays) {
        this.written = written;
        this.idPrefix = idPrefix;
        this.staffPrefix = staffPrefix;
        this.meanLagDays = meanLagDays;
        this.police = staffPrefix.equals("pol");
    }

    public String written() {
        return written;
    }

    public String idPrefix() {
        return idPrefix;
    }

    public String staffPrefix() {
        return staffPrefix;
    }

    public double meanLagDays() {
        return meanLagDays;
    }

    public boolean isPolice() {
        return police;
    }
}
