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
 * <p>What spreadsheets do to a number is undone: a column of numbers drops the leading 0, so ten digits that start
 * with 1, 2 or 7 are a UK number without it ({@code 7700900461} is {@code 07700900461}), and may write it in
 * scientific notation ({@code 7.7009E+09}). An extension ({@code ext 2}, {@code x2}) is not part of the number.
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
        String t = withoutExtension(text.trim());
        if (t.length() > 4 && t.length() < 24 && (t.indexOf('E') > 0 || t.indexOf('e') > 0) && SCIENTIFIC.matcher(t).matches()) {
            java.math.BigDecimal written = new java.math.BigDecimal(t);
            String whole = written.toBigInteger().toString();
            if (written.precision() < whole.length() || written.scale() > 0) {
                return null; // 7.76E+09: digits the notation lost, and no number can be known from it
            }
            t = whole;
        }
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
        if (!plus && s.length() == 10 && (s.charAt(0) == '7' || s.charAt(0) == '1' || s.charAt(0) == '2')) {
            s = "0" + s; // a UK number a spreadsheet kept as a number, without its 0
        }
        if (s.replace("+", "").length() < 5 || s.length() > 17) {
            return null;
        }
        return s;
    }

    /** A number as a spreadsheet writes a large one: {@code 7.7009E+09}. */
    private static final java.util.regex.Pattern SCIENTIFIC = java.util.regex.Pattern.compile("\\d(\\.\\d+)?[eE]\\+?\\d{1,2}");

    /** The words an extension follows, longest first. */
    private static final String[] EXTENSION_MARKS = {"extension", "extn", "ext", "x"};

    /**
     * {@code t} without a trailing extension: {@code ext 2}, {@code ext. 204}, {@code extn 2}, {@code x204}, preceded
     * by a space or by the number's last digit.
     */
    static String withoutExtension(String t) {
        int i = t.length();
        while (i > 0 && Character.isDigit(t.charAt(i - 1))) {
            i--;
        }
        if (i == t.length() || i == 0) {
            return t;
        }
        int j = i;
        while (j > 0 && (t.charAt(j - 1) == ' ' || t.charAt(j - 1) == '.' || t.charAt(j - 1) == ':')) {
            j--;
        }
        if (j == 0 || !Character.isLetter(t.charAt(j - 1))) {
            return t; // every mark ends in a letter: a number written as numbers are is left without a copy
        }
        String lower = t.substring(0, j).toLowerCase(java.util.Locale.ROOT);
        for (String mark : EXTENSION_MARKS) {
            if (lower.endsWith(mark)) {
                int k = lower.length() - mark.length();
                String number = t.substring(0, Math.max(k, 0)).trim();
                if (k > 0 && (Character.isDigit(lower.charAt(k - 1)) || lower.charAt(k - 1) == ' ')
                        && number.chars().filter(Character::isDigit).count() >= 5) {
                    return number;
                }
            }
        }
        return t;
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
