package org.vigil.web.intake;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A form's draft number: twelve random digits given with the form, from which the record it sends takes its id, so that
 * the same form sent twice (a double click, a refresh) names one record twice rather than two records once. Twelve, as
 * two of an agency's forms in one year drawing the same number would have the second refused as in use: with six
 * digits that was an even chance by about 1,200 forms, with twelve it is one in 20,000 at 10,000 forms.
 */
public final class Drafts {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Drafts() {
    }

    /** A new draft number. */
    public static String next() {
        return String.format(Locale.ROOT, "%012d", RANDOM.nextLong(1_000_000_000_000L));
    }

    /** Whether {@code text} is a draft number a form could have been given (six digits on forms an earlier version showed). */
    static boolean is(String text) {
        return text != null && text.matches("[0-9]{6}|[0-9]{12}");
    }
}
