package org.vigil.harm.weights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Home Office offence classification code as used in the Home Office Counting Rules and in
 * interchange §1.1 {@code offences}: a number from 1 to 999 with no leading zero, optionally followed by
 * one letter ({@code 22B}, {@code 8L}) or by a dot and a sub-number ({@code 37.2}, {@code 4.10}).
 * Letters are upper-cased on parsing, so {@code parse(c.toText())} equals {@code c}.
 */
public record OffenceCode(String text) implements Comparable<OffenceCode> {
    private static final Pattern FORM = Pattern.compile("[1-9][0-9]{0,2}(?:[A-Z]|\\.[0-9]{1,2})?");

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
        return new OffenceCode(text.strip().toUpperCase(Locale.ROOT));
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
        return kind(mine) == 2
                ? Integer.compare(Integer.parseInt(mine.substring(1)), Integer.parseInt(theirs.substring(1)))
                : mine.compareTo(theirs);
    }

    private int number() {
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
