package org.vigil.linkage.comparison;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.linkage.table.BirthColumn;
import org.vigil.linkage.table.CodeColumn;
import org.vigil.linkage.table.Field;
import org.vigil.linkage.table.RecordTable;
import org.vigil.linkage.value.PartialDate;

/**
 * Date of birth, possibly partial, and stated or estimated age. Dates are compared when both records
 * have one; otherwise an age stated at the record's date is checked against the other's date of birth
 * or age. One comparison holds both so that the same evidence is never counted twice.
 *
 * <table>
 *   <caption>Levels</caption>
 *   <tr><th>level</th><th>a pair is here when</th></tr>
 *   <tr><td>null</td><td>neither a date of birth on both sides nor an age usable against the other</td></tr>
 *   <tr><td>exact</td><td>the same full date; term-frequency adjusted</td></tr>
 *   <tr><td>partial_agree</td><td>all components known on both sides agree, the month is known on both,
 *       and at least one side lacks the day ({@code 1987-05} and {@code 1987-05-02})</td></tr>
 *   <tr><td>day_month_swapped</td><td>full dates, same year, day and month transposed</td></tr>
 *   <tr><td>one_digit</td><td>full dates whose 8 digits differ in one place or by one adjacent
 *       transposition</td></tr>
 *   <tr><td>year_agree</td><td>same year, at least one side known only to the year</td></tr>
 *   <tr><td>within_2_years</td><td>other dates of birth whose years are at most 2 apart (a recording error
 *       or a different person)</td></tr>
 *   <tr><td>age_consistent</td><td>the birth-date ranges implied by an age at its reference date and by the
 *       other's date or age overlap, or miss by at most a year</td></tr>
 *   <tr><td>age_close</td><td>those ranges miss by at most {@code close_years} (default 4)</td></tr>
 *   <tr><td>else</td><td>dates of birth more than two years apart, or ages that contradict each other:
 *       the level the clustering guard treats as a hard contradiction; with {@code distinct_full_dates}, also
 *       two full dates that are not one date written wrongly (not equal, swapped or one digit apart)</td></tr>
 * </table>
 */
public final class BirthLevels extends FieldLevels {
    static final String KIND = "birth";
    static final int NULL = 0;
    static final int EXACT = 1;
    static final int PARTIAL_AGREE = 2;
    static final int DAY_MONTH_SWAPPED = 3;
    static final int ONE_DIGIT = 4;
    static final int YEAR_AGREE = 5;
    static final int WITHIN_2_YEARS = 6;
    static final int AGE_CONSISTENT = 7;
    static final int AGE_CLOSE = 8;
    static final int ELSE = 9;

    private static final List<ComparisonLevel> LEVELS = List.of(
            ComparisonLevel.nullLevel("date of birth and usable age"),
            ComparisonLevel.tfLevel("exact", "same full date of birth", 0.85, 0.0001),
            ComparisonLevel.level("partial_agree", "agree on year and month, a day missing", 0.03, 0.0015),
            ComparisonLevel.level("day_month_swapped", "day and month transposed", 0.01, 0.00001),
            ComparisonLevel.level("one_digit", "one digit different or two adjacent transposed", 0.04, 0.0008),
            ComparisonLevel.level("year_agree", "same year, one known only to the year", 0.01, 0.015),
            ComparisonLevel.level("within_2_years", "different dates no more than two years apart", 0.02, 0.06),
            ComparisonLevel.level("age_consistent", "age consistent with the other's birth or age", 0.06, 0.004),
            ComparisonLevel.level("age_close", "age within a few years of consistent", 0.02, 0.01),
            ComparisonLevel.level("else", "contradicting", 0.03, 0.83));

    private static final double YEAR = 365.2425;
    private final double closeYears;
    private final double estimateShare;
    private final boolean distinctFullDates;

    BirthLevels(double closeYears) {
        this(closeYears, 0);
    }

    BirthLevels(double closeYears, double estimateShare) {
        this(closeYears, estimateShare, false);
    }

    /**
     * {@code estimateShare}: a stated age is an estimate good to that share of itself, so two records whose
     * ages (or an age and a date of birth) miss by more than {@code closeYears} but by no more than that share
     * of the older stated age are {@code age_close}, not a contradiction. Witnesses guess an adult's age to
     * within years, more so the older he is ("about 30" and "in his forties" may be one man); a child's age is
     * usually known. 0: ages are as exact as dates.
     */
    /**
     * As {@link #BirthLevels(double, double)}; {@code distinctFullDates}: two full dates of birth that are neither
     * equal, nor day and month swapped, nor one digit apart are two people's ({@code else}), however close their
     * years. A date written wrongly is a slip of one digit or a swap; "1992-08-14" and "1994-04-18" are not one
     * date. False: such dates up to two years apart are {@code within_2_years}, a weak level short of contradiction.
     */
    BirthLevels(double closeYears, double estimateShare, boolean distinctFullDates) {
        super(KIND, Field.BIRTH, LEVELS);
        if (!(closeYears >= 1)) {
            throw new IllegalArgumentException("close_years must be at least 1: " + closeYears);
        }
        if (!(estimateShare >= 0 && estimateShare < 1)) {
            throw new IllegalArgumentException("estimate_share must be in [0, 1): " + estimateShare);
        }
        this.closeYears = closeYears;
        this.estimateShare = estimateShare;
        this.distinctFullDates = distinctFullDates;
    }

    @Override
    Map<String, String> settings() {
        Map<String, String> settings = new TreeMap<>();
        settings.put("close_years", Double.toString(closeYears));
        if (estimateShare != 0) {
            settings.put("estimate_share", Double.toString(estimateShare));
        }
        if (distinctFullDates) {
            settings.put("distinct_full_dates", "true");
        }
        return settings;
    }

    @Override
    public BoundComparison bind(RecordTable table) {
        BirthColumn col = table.birth();
        CodeColumn codes = col.dateCodes();
        return new BoundComparison() {
            @Override
            public int level(int a, int b) {
                int da = col.date(a);
                int db = col.date(b);
                if (da > 0 && db > 0) {
                    int level = dates(da, db);
                    return level == WITHIN_2_YEARS && distinctFullDates && full(da) && full(db) ? ELSE : level;
                }
                return ages(col, a, b);
            }

            @Override
            public int population() {
                return codes.present();
            }

            @Override
            public double termFrequencyFloor(int record) {
                // Only the exact level is adjusted, and there both records hold the same value.
                return codes.termFrequencyOf(record);
            }

            @Override
            public double termFrequency(int a, int b, int level) {
                return codes.termFrequency(codes.code(a));
            }
        };
    }

    /** The level of two dates of birth (packed {@code yyyymmdd}, unknown parts 0), both present. */
    static int dates(int da, int db) {
        int ya = da / 10000;
        int yb = db / 10000;
        int ma = da / 100 % 100;
        int mb = db / 100 % 100;
        int xa = da % 100;
        int xb = db % 100;
        boolean full = ma != 0 && xa != 0 && mb != 0 && xb != 0;
        if (ya == yb && (ma == 0 || mb == 0 || ma == mb) && (xa == 0 || xb == 0 || xa == xb)) {
            if (full) {
                return EXACT;
            }
            return ma != 0 && mb != 0 ? PARTIAL_AGREE : YEAR_AGREE;
        }
        if (full) {
            if (ya == yb && xa == mb && ma == xb) {
                return DAY_MONTH_SWAPPED;
            }
            if (oneDigitApart(da, db)) {
                return ONE_DIGIT;
            }
        }
        return Math.abs(ya - yb) <= 2 ? WITHIN_2_YEARS : ELSE;
    }

    /** Whether a packed date ({@code yyyymmdd}, unknown parts 0) has its day and month. */
    static boolean full(int packed) {
        return packed / 100 % 100 != 0 && packed % 100 != 0;
    }

    /** Whether two 8-digit numbers differ in exactly one digit or by one adjacent transposition. */
    static boolean oneDigitApart(int a, int b) {
        int diffs = 0;
        int first = -1;
        int x = a;
        int y = b;
        for (int i = 0; i < 8; i++) {
            if (x % 10 != y % 10) {
                diffs++;
                if (diffs > 2) {
                    return false;
                }
                first = i; // position from the right; the last difference seen is the leftmost
            }
            x /= 10;
            y /= 10;
        }
        if (diffs == 1) {
            return true;
        }
        if (diffs != 2 || first == 0) {
            return false;
        }
        // The two differences must be adjacent (positions first and first-1 from the right) and swapped.
        int p = pow10(first);
        int q = p / 10;
        int a1 = a / p % 10;
        int a0 = a / q % 10;
        int b1 = b / p % 10;
        int b0 = b / q % 10;
        return a1 != b1 && a0 != b0 && a1 == b0 && a0 == b1;
    }

    private static int pow10(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    private int ages(BirthColumn col, int a, int b) {
        int agea = col.age(a);
        int ageb = col.age(b);
        if (agea == BirthColumn.ADULT || ageb == BirthColumn.ADULT) {
            return agea == BirthColumn.ADULT ? adult(col, a, b) : adult(col, b, a);
        }
        if (agea < 0 && ageb < 0) {
            return NULL; // without an age there is nothing to compare a lone date of birth with
        }
        double earliestA = earliest(col, a);
        double earliestB = earliest(col, b);
        double gapYears;
        if (!Double.isNaN(earliestA) && !Double.isNaN(earliestB)) {
            gapYears = Math.max(0, Math.max(earliestA, earliestB) - Math.min(latest(col, a), latest(col, b))) / YEAR;
        } else if (agea >= 0 && ageb >= 0 && col.referenceDay(a) == BirthColumn.NO_DAY
                && col.referenceDay(b) == BirthColumn.NO_DAY) {
            gapYears = Math.max(0, Math.abs(agea - ageb) - 1);
        } else {
            return NULL;
        }
        if (gapYears <= 1) {
            return AGE_CONSISTENT;
        }
        double tolerance = Math.max(closeYears, estimateShare * Math.max(agea, ageb));
        return gapYears <= tolerance ? AGE_CLOSE : ELSE;
    }

    /**
     * {@code adult} is known only to be 18 or over on its reference day: {@code else} when the other's date of birth or
     * age makes it a child then, by more than a year or the estimate's share (a girl of 4 is not "Mrs Hill"), and
     * {@code null} otherwise: being an adult is no evidence for a match with another adult.
     */
    private int adult(BirthColumn col, int adult, int other) {
        int ref = col.referenceDay(adult);
        double earliestOther = col.age(other) == BirthColumn.ADULT ? Double.NaN : earliest(col, other);
        if (ref == BirthColumn.NO_DAY || Double.isNaN(earliestOther)) {
            return NULL;
        }
        double latestBirth = ref - BirthColumn.ADULT_AGE * YEAR;
        double gapYears = (earliestOther - latestBirth) / YEAR;
        double tolerance = Math.max(1, estimateShare * Math.max(0, col.age(other)));
        return gapYears > tolerance ? ELSE : NULL;
    }

    /**
     * The first epoch day a record's birth could fall on, from its date of birth or else its age on its reference day;
     * NaN if unknown. Two doubles rather than an array: it is asked for on every pair with an age.
     */
    private static double earliest(BirthColumn col, int r) {
        int packed = col.date(r);
        if (packed > 0) {
            return PartialDate.isValidPacked(packed) ? PartialDate.earliestEpochDayPacked(packed) : Double.NaN;
        }
        int age = col.age(r);
        int ref = col.referenceDay(r);
        // Aged `age` on day `ref`: born after ref - (age + 1) years and on or before ref - age years.
        return age < 0 || ref == BirthColumn.NO_DAY ? Double.NaN : ref - (age + 1) * YEAR + 1;
    }

    /** The last epoch day a record's birth could fall on; only where {@link #earliest} is known. */
    private static double latest(BirthColumn col, int r) {
        int packed = col.date(r);
        return packed > 0 ? PartialDate.latestEpochDayPacked(packed) : col.referenceDay(r) - col.age(r) * YEAR;
    }
}
