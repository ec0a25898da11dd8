package org.vigil.alerts.evidence;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.OptionalInt;

/**
 * A mention's age at its concern: the stated age if given, else from a partial date of birth with an unknown month
 * taken as July and an unknown day as the 1st (the middle of what is possible), else unknown; or, where a person's age
 * is in doubt and being a child protects them ({@link #youngest}), at the latest day the partial date allows.
 */
public final class AgeAt {
    /** Under this age a person is a child (Children Act 1989 s.105). */
    public static final int ADULT = 18;
    /** Under this age a child cannot consent to sexual activity (Sexual Offences Act 2003, ss. 9–13). */
    public static final int AGE_OF_CONSENT = 16;

    private AgeAt() {
    }

    /**
     * A child on record is a child: when a report gives a person no age, or an age of 18 or more, but a date of birth
     * on record for her (from any report, {@code born}) makes her under 18 at this one, she is taken as under 18. Ages
     * are typed into reports and are often wrong; a date of birth is checked, and safeguarding gives a person whose age
     * is in doubt the benefit of it. Only ever lowers an age to under 18, and is never used for a suspect (see
     * {@link #suspectOnRecord}); a date of birth never turns a child into an adult.
     */
    public static OptionalInt childOnRecord(OptionalInt age, String born, long receivedEpochSecond) {
        if (born == null || age.isPresent() && age.getAsInt() < ADULT) {
            return age;
        }
        OptionalInt recorded = youngest(OptionalInt.empty(), born, receivedEpochSecond);
        return recorded.isPresent() && recorded.getAsInt() < ADULT ? recorded : age;
    }

    /**
     * A suspect's age when the report gives him none: the age a date of birth on record for him ({@code born}) gives
     * him, unless a report has given him an adult's age ({@code adultOnRecord}). A boy of 16, named as the victim of a
     * county line in twenty reports that give his date of birth, and as a suspect in the twenty-first, which gives no
     * age, is a child suspect, not an adult one. An age or a date of birth the report gives ({@code stated}, as
     * {@link #estimate} read it) stands as given, as it does for any suspect.
     */
    public static OptionalInt suspectOnRecord(OptionalInt stated, String born, boolean adultOnRecord,
            long receivedEpochSecond) {
        return stated.isPresent() || adultOnRecord ? stated : estimate(stated, born, receivedEpochSecond);
    }

    /**
     * As {@link #estimate}, but a partial date of birth is taken at its latest day, the youngest the person can be:
     * a girl "born 1985" named in July 2003 may be 17, and safeguarding gives a person whose age is in doubt the benefit
     * of it. For the persons a report names as children or beside them; never for a suspect.
     */
    public static OptionalInt youngest(OptionalInt stated, String born, long receivedEpochSecond) {
        if (stated.isPresent() || born == null || born.length() >= 10) {
            return estimate(stated, born, receivedEpochSecond);
        }
        int year = Integer.parseInt(born.substring(0, 4));
        int month = born.length() >= 7 ? Integer.parseInt(born.substring(5, 7)) : 12;
        return estimate(stated, YearMonth.of(year, month).atEndOfMonth().toString(), receivedEpochSecond);
    }

    /** Of two dates of birth (either may be null), the later: the one that makes the person youngest. */
    public static String youngest(String a, String b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        int byYear = a.substring(0, 4).compareTo(b.substring(0, 4));
        return byYear > 0 || byYear == 0 && a.length() >= b.length() ? a : b;
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
        // The day as given (a date the parser checked exists), not clipped: an age turns on the birthday itself, and
        // comparing days of the year was a day out after a 29 February.
        LocalDate birth = YearMonth.of(year, month).atDay(Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
        LocalDate at = LocalDate.ofInstant(java.time.Instant.ofEpochSecond(receivedEpochSecond), ZoneOffset.UTC);
        return at.isBefore(birth) ? OptionalInt.empty() : OptionalInt.of(Period.between(birth, at).getYears());
    }
}
