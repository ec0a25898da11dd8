package org.vigil.alerts.evidence;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The local authority designated officer (LADO), who manages allegations against adults who work with children
 * (Working Together to Safeguard Children 2018, ch. 2 §4; Keeping Children Safe in Education, part 4). A report sent
 * by the designated officer, or written by one, is an allegation against someone in a position of trust: rule 14 of
 * {@code alerts-benign-adults.md} reads it so.
 */
public final class DesignatedOfficer {
    private static final Pattern LADO = Pattern.compile("\\blado\\b");

    private DesignatedOfficer() {
    }

    /** Whether an agency or an author's role, as written, is the designated officer. */
    public static boolean is(String agencyOrRole) {
        String t = agencyOrRole.toLowerCase(Locale.ROOT);
        return t.contains("designated officer") || LADO.matcher(t).find();
    }
}
