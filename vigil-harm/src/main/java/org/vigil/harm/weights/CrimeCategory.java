package org.vigil.harm.weights;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 14 crime categories of data.police.uk street-level files (column {@code Crime type}), as
 * published since May 2013. Older labels such as "Violent crime" are not accepted: their rows are
 * reported as malformed rather than guessed into a category.
 */
public enum CrimeCategory {
    ANTI_SOCIAL_BEHAVIOUR("Anti-social behaviour"),
    BICYCLE_THEFT("Bicycle theft"),
    BURGLARY("Burglary"),
    CRIMINAL_DAMAGE_AND_ARSON("Criminal damage and arson"),
    DRUGS("Drugs"),
    OTHER_CRIME("Other crime"),
    OTHER_THEFT("Other theft"),
    POSSESSION_OF_WEAPONS("Possession of weapons"),
    PUBLIC_ORDER("Public order"),
    ROBBERY("Robbery"),
    SHOPLIFTING("Shoplifting"),
    THEFT_FROM_THE_PERSON("Theft from the person"),
    VEHICLE_CRIME("Vehicle crime"),
    VIOLENCE_AND_SEXUAL_OFFENCES("Violence and sexual offences");

    private final String label;

    CrimeCategory(String label) {
        this.label = label;
    }

    /** The label exactly as police.uk prints it. */
    public String label() {
        return label;
    }

    /** Anti-social behaviour incidents are not notifiable crimes; every other category is. */
    public boolean isNotifiableCrime() {
        return this != ANTI_SOCIAL_BEHAVIOUR;
    }

    /** The category with this police.uk label (exact, after trimming), if any. */
    public static Optional<CrimeCategory> fromLabel(String label) {
        String wanted = label == null ? "" : label.strip();
        return Arrays.stream(values()).filter(c -> c.label.equals(wanted)).findFirst();
    }

    public static CrimeCategory parse(String label) {
        return fromLabel(label)
                .orElseThrow(() -> new IllegalArgumentException("not a police.uk crime category: '" + label + "'"));
    }

    @Override
    public String toString() {
        return label;
    }
}
