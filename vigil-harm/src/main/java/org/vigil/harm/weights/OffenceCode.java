package org.vigil.harm.weights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Home Office offence classification code as used in the Home Office Counting Rules and in
 * interchange §1.1 {@code offences}: a number of up to three digits with no leading zero, optionally followed by
 * letters ({@code 22B}, {@code 8L}) and by a dot and a sub-number ({@code 37.2}, {@code 4.10}). It takes every code
 * that ingest accepts, so a stored record can always be scored: a code the weights do not know is scored as unknown
 * and flagged, never refused. Parsing upper-cases letters, reads a slash as the dot ({@code 37/2}) and drops leading
 * zeros ({@code 022B}), so {@code parse(c.toText())} equals {@code c}.
 */
public record OffenceCode(String text) implements Comparable<OffenceCode> {
    private static final Pattern FORM = Pattern.compile("(?:0|[1-9][0-9]{0,2})[A-Z]{0,2}(?:\\.[0-9]{1,2}[A-Z]?)?");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=[0-9])");

    public OffenceCode {
        Objects.requireNonNull(text, "text");
        if (!FORM.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    "not a Home Office offence code: '" + text + "' (expected e.g. 19E, 22B, 37.2, 106)");
        }
    }

    /** Parses a code as written by a partner agency: surrounding spaces ignored, letters upper-cased. */
    public static OffenceCode parse(String text) {
        Objects.requireNonNull(text, "offence code");
        String code = text.strip().toUpperCase(Locale.ROOT).replace('/', '.');
        return new OffenceCode(LEADING_ZEROS.matcher(code).replaceFirst(""));
    }

    /** Parses every code, failing on the first bad one with its position. */
    public static List<OffenceCode> parseAll(List<String> texts) {
        List<OffenceCode> codes = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            try {
                codes.add(parse(texts.get(i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("offences[" + i + "]: " + e.getMessage(), e);
            }
        }
        return List.copyOf(codes);
    }

    public String toText() {
        return text;
    }

    /** Orders by number, then no suffix, letters, sub-numbers: 4 &lt; 4.2 &lt; 4.10 &lt; 8L &lt; 19C &lt; 22B &lt; 37.2 &lt; 106. */
    @Override
    public int compareTo(OffenceCode other) {
        int byNumber = Integer.compare(number(), other.number());
        if (byNumber != 0) {
            return byNumber;
        }
        String mine = suffix();
        String theirs = other.suffix();
        int byKind = Integer.compare(kind(mine), kind(theirs));
        if (byKind != 0 || mine.isEmpty()) {
            return byKind;
        }
        if (kind(mine) == 2) {
            int bySub = Integer.compare(leadingNumber(mine.substring(1)), leadingNumber(theirs.substring(1)));
            if (bySub != 0) {
                return bySub;
            }
        }
        return mine.compareTo(theirs);
    }

    private int number() {
        return leadingNumber(text);
    }

    /** The number the text begins with: "37" of "37.2", "2" of "2A". */
    private static int leadingNumber(String text) {
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return Integer.parseInt(text.substring(0, end));
    }

    private String suffix() {
        return text.substring(String.valueOf(number()).length());
    }

    /** 0 no suffix, 1 a letter, 2 a dot and sub-number. */
    private static int kind(String suffix) {
        return suffix.isEmpty() ? 0 : suffix.startsWith(".") ? 2 : 1;
    }

    @Override
    public String toString() {
        return text;
    }
}
