package org.vigil.alerts.evidence;

import java.util.Locale;

/**
 * The local authority designated officer (LADO), who manages allegations against adults who work with children
 * (Working Together to Safeguard Children 2018, ch. 2 §4; Keeping Children Safe in Education, part 4). A report sent
 * by the designated officer, or written by one, is an allegation against someone in a position of trust: rule 14 of
 * {@code alerts-benign-adults.md} reads it so.
 */
public final class DesignatedOfficer {
    private static final String INITIALS = "lado";

    private DesignatedOfficer() {
    }

    /** Whether an agency or an author's role, as written, is the designated officer. */
    public static boolean is(String agencyOrRole) {
        String t = agencyOrRole.toLowerCase(Locale.ROOT);
        return t.contains("designated officer") || hasWord(t, INITIALS);
    }

    /** Whether {@code word} stands in {@code text} as a word of its own (read once per concern: no regex). */
    private static boolean hasWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
