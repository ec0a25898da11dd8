package org.vigil.town.wire;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import org.vigil.town.world.Calendar;

/**
 * Writes instants as spec §1 allows: UTC ("2003-07-14T16:20:00Z") or UK local time with its offset
 * ("2003-07-14T17:20:00+01:00"), and dates of birth in full or in part.
 */
public final class Times {
    private static final ZoneRules LONDON = ZoneId.of("Europe/London").getRules();

    private Times() {
    }

    public static String utc(long epochSecond) {
        StringBuilder out = new StringBuilder(20);
        dateTime(out, epochSecond);
        return out.append('Z').toString();
    }

    /** The instant as UK local time with its offset; in winter the offset is written "+00:00", not "Z". */
    public static String local(long epochSecond) {
        int offset = LONDON.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        StringBuilder out = new StringBuilder(25);
        dateTime(out, epochSecond + offset);
        out.append(offset < 0 ? '-' : '+');
        int minutes = Math.abs(offset) / 60;
        two(out, minutes / 60);
        out.append(':');
        two(out, minutes % 60);
        return out.toString();
    }

    public static String date(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }

    private static void dateTime(StringBuilder out, long epochSecond) {
        long day = Math.floorDiv(epochSecond, 86_400);
        int second = (int) Math.floorMod(epochSecond, 86_400);
        Calendar.appendDate(out, (int) day);
        out.append('T');
        two(out, second / 3600);
        out.append(':');
        two(out, second / 60 % 60);
        out.append(':');
        two(out, second % 60);
    }

    private static void two(StringBuilder out, int n) {
        if (n < 10) {
            out.append('0');
        }
        out.append(n);
    }
}
