package org.vigil.web.search;

/**
 * UK telephone numbers as written ("07700 900461", "+44 (0)7700-900461", "0044 7700 900461") brought to one
 * national form, "07700900461", so that the same phone matches however it was typed. Numbers from other countries
 * keep their digits with a leading "+".
 */
public final class Phones {
    private Phones() {
    }

    /** The national form, or null when the text holds fewer than 6 digits. */
    public static String normalise(String written) {
        if (written == null) {
            return null;
        }
        String text = written.strip().replace("(0)", "");
        boolean plus = text.startsWith("+");
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        String d = digits.toString();
        if (d.length() < 6) {
            return null;
        }
        if (!plus && d.startsWith("00")) {
            plus = true;
            d = d.substring(2);
        }
        if (plus || d.startsWith("44") && d.length() == 12) {
            if (!d.startsWith("44")) {
                return "+" + d;
            }
            d = d.substring(2);
            return d.startsWith("0") ? d : "0" + d;
        }
        return d;
    }

    /** Whether a search text is a phone number: only digits and phone punctuation, with at least 6 digits. */
    public static boolean looksLikePhone(String text) {
        if (text == null || !text.strip().matches("\\+?[0-9 ()\\-.]+")) {
            return false;
        }
        return text.chars().filter(Character::isDigit).count() >= 6;
    }
}
