package org.vigil.alerts.pattern;

import java.util.Locale;

/** The patterns Vigil alerts on (interchange §2.2 {@code kind}), in the order they are assessed. */
public enum AlertKind {
    /** An adult named as a suspect in exploitation evidence about several children. */
    REPEAT_SUSPECT,
    /** Adults tied to each other through shared children, vehicles, phones or places. */
    NETWORK,
    /** Reports about the same person, vehicle or place closed again and again with no further action. */
    DISMISSED,
    /** A child who goes missing again and again, with adults or vehicles around the episodes. */
    MISSING_PATTERN,
    /** A vehicle named with suspects across reports about different children. */
    VEHICLE,
    /** A place named in exploitation evidence across reports about different children. */
    PLACE,
    /** A concern with no decision within its service level. */
    OVERDUE;

    /** The name written in alerts: {@code repeat_suspect}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
