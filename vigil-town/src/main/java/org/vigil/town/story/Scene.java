package org.vigil.town.story;

/** What a concern is about; it decides the narrative and which details a report tends to give. */
public enum Scene {
    // Exploitation, as the agencies saw it.
    MISSING_EPISODE, ABSCONDED_FROM_CARE, DISCLOSURE, CLINIC_VISIT, SCHOOL_CONCERN, HOSPITAL_ATTENDANCE,
    PARENT_REPORT, SOCIAL_CARE_ASSESSMENT, CRIME_REPORT, INTELLIGENCE, TAXI_COMPLAINT, REFERRAL_COPY,
    HISTORIC_ALLEGATION, ARREST_REPORT,
    // Ordinary safeguarding work with no exploitation behind it.
    NEGLECT, DOMESTIC, BULLYING, ACCIDENT, ROUTINE_CLINIC, RUNAWAY, TEEN_DRINKING, ONLINE_WORRY, SHOPLIFTING,
    ATTENDANCE, FOSTER_MISSING, PLACEMENT_REVIEW, TRANSPORT_INCIDENT, CLUB_INCIDENT, YOUTH_CLUB_INCIDENT,
    WELFARE_VISIT, TEEN_RELATIONSHIP,
    // The volume crime that performance targets counted.
    BURGLARY, VEHICLE_CRIME, ROBBERY;

    /** True for the scenes that exploitation produced. */
    public boolean exploitation() {
        return ordinal() <= ARREST_REPORT.ordinal();
    }
}
