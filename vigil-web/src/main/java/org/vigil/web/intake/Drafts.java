package org.vigil.web.intake;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A form's draft number: six random digits given with the form, from which the record it sends takes its id, so that
 * the same form sent twice (a double click, a refresh) names one record twice rather than two records once.
 */
public final class Drafts {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Drafts() {
    }

    /** A new draft number. */
    public static String next() {
        return String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
    }

    /** Whether {@code text} is a draft number a form could have been given. */
    static boolean is(String text) {
        return text != null && text.matches("[0-9]{6}");
    }
}
