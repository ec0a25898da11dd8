package org.vigil.alerts.evidence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalInt;

/**
 * A mention's age at its concern: the stated age if given, else from a partial date of birth with an unknown month
 * taken as July and an unknown day as the 1st (the middle of what is possible), else unknown.
 */
public final class AgeAt {
    /** Under this age a person is a child (Children Act 1989 s.105). */
    public static final int ADULT = 18;

    private AgeAt() {
    }

    public static OptionalInt estimate(OptionalInt stated, String born, long receivedEpochSecond) {
        if (stated.isPresent()) {
            return stated;
        }
        if (born == null) {
            return OptionalInt.empty();
        }
        int year = Integer.parseInt(born.substring(0, 4));
        int month = born.length() >= 7 ? Integer.parseInt(born.substring(5, 7)) : 7;
        int day = born.length() >= 10 ? Integer.parseInt(born.substring(8, 10)) : 1;
        LocalDate birth = LocalDate.of(year, month, Math.min(day, 28));
        LocalDate at = LocalDate.ofInstant(java.time.Instant.ofEpochSecond(receivedEpochSecond), ZoneOffset.UTC);
        int years = at.getYear() - birth.getYear() - (at.getDayOfYear() < birth.getDayOfYear() ? 1 : 0);
        return years < 0 ? OptionalInt.empty() : OptionalInt.of(years);
    }
}
