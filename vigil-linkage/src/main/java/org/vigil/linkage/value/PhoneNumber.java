package org.vigil.linkage.value;

/**
 * A telephone number reduced to the digits that identify it.
 *
 * <p>UK numbers are held in national form: {@code 07700 900461}, {@code +44 7700 900461},
 * {@code 0044 7700 900461}, {@code +44 (0)7700 900461} and {@code (07700)900461} are all
 * {@code 07700900461}. Other international numbers keep their {@code +} and country code
 * ({@code +61 7 5965 9513} is {@code +61759659513}); national numbers from elsewhere keep their digits
 * ({@code 07 59659513} is {@code 0759659513}).
 *
 * <p>A number that forms require and nobody has is no number: past its first two characters one digit over and over
 * ({@code 07000 000000}, {@code 07777 777777}), or counting up ({@code 01234 567890}). Shared by everyone whose
 * number was not known, it would link them.
 */
public record PhoneNumber(String digits) {

    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("\\+?\\d{5,16}");

    public PhoneNumber {
        if (digits == null || !FORM.matcher(digits).matches()) {
            throw new IllegalArgumentException("not a normalised phone number: " + digits);
        }
    }

    /** The number in {@code text}, or {@code null} when it has fewer than 5 digits or is a form's filler. */
    public static PhoneNumber parse(String text) {
        String s = nationalForm(text);
        return s == null || isPlaceholder(s) ? null : new PhoneNumber(s);
    }

    /**
     * The digits that identify the number in {@code text}, in the form of the class comment, filler included; or
     * {@code null} when it has fewer than 5 digits or more than 16. For showing and searching a number as written;
     * {@link #parse} is for linking.
     */
    public static String nationalForm(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        boolean plus = t.startsWith("+");
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                d.append(c);
            }
        }
        String s = d.toString();
        if (!plus && s.startsWith("00")) {
            plus = true;
            s = s.substring(2);
        }
        // No UK number in national form starts with 44, so twelve digits from 44 are one written without its "+".
        if (plus || s.length() == 12 && s.startsWith("44")) {
            if (s.startsWith("44")) {
                s = s.substring(2);
                if (s.startsWith("0")) {
                    s = s.substring(1); // +44 (0)7700 ...
                }
                s = "0" + s;
            } else {
                s = "+" + s;
            }
        }
        if (s.replace("+", "").length() < 5 || s.length() > 17) {
            return null;
        }
        return s;
    }

    /** Whether normalised digits ({@link #nationalForm}) are a form's filler rather than a number: see the class comment. */
    public static boolean isPlaceholder(String digits) {
        String rest = digits.substring(2);
        return rest.chars().allMatch(c -> c == rest.charAt(0)) || digits.contains("123456789");
    }

    @Override
    public String toString() {
        return digits;
    }
}
