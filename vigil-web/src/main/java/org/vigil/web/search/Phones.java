package org.vigil.web.search;

import org.vigil.linkage.value.PhoneNumber;

/**
 * Telephone numbers as written ("07700 900461", "+44 (0)7700-900461", "0044 7700 900461") brought to the one national
 * form that linkage uses, "07700900461" ({@link PhoneNumber}), so that a number the app shows or searches for is the
 * number linkage matched on.
 */
public final class Phones {
    private Phones() {
    }

    /** The national form, filler such as "07000 000000" included; null when the text holds fewer than 5 digits. */
    public static String normalise(String written) {
        return PhoneNumber.nationalForm(written);
    }

    /** Whether a number in national form ties the mentions that name it: a form's filler ties nobody. */
    public static boolean identifies(String national) {
        return !PhoneNumber.isPlaceholder(national);
    }

    /** Whether a search text is a phone number: only digits and phone punctuation, with at least 6 digits. */
    public static boolean looksLikePhone(String text) {
        if (text == null || !text.strip().matches("\\+?[0-9 ()\\-.]+")) {
            return false;
        }
        return text.chars().filter(Character::isDigit).count() >= 6;
    }
}
