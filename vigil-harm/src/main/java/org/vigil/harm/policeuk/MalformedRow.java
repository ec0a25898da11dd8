package org.vigil.harm.policeuk;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A line of a police.uk file that could not be used, with why. {@code text} is the line as read,
 * cut to 200 characters.
 *
 * @param unknownCrimeType the row's crime type, when it was left out because police.uk's 14 categories do not
 *     include it (an older label such as "Violent crime")
 */
public record MalformedRow(Path file, long line, String reason, String text, Optional<String> unknownCrimeType) {
    static final int MAX_TEXT = 200;

    public MalformedRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unknownCrimeType, "unknownCrimeType");
        text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    }

    public MalformedRow(Path file, long line, String reason, String text) {
        this(file, line, reason, text, Optional.empty());
    }

    /** A row left out for its crime type alone. */
    public static MalformedRow ofUnknownCrimeType(Path file, long line, String type, String text) {
        return new MalformedRow(file, line, "unknown crime type '" + type + "'", text, Optional.of(type));
    }

    /** "2018-10-south-yorkshire-street.csv line 17: unknown crime type 'Violent crime'". */
    public String describe() {
        return file.getFileName() + " line " + line + ": " + reason;
    }
}
