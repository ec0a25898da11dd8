package org.vigil.harm.policeuk;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A line of a police.uk file that could not be used, with why. {@code text} is the line as read,
 * cut to 200 characters.
 */
public record MalformedRow(Path file, long line, String reason, String text) {
    static final int MAX_TEXT = 200;
    static final String UNKNOWN_CRIME_TYPE = "unknown crime type '";

    public MalformedRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(text, "text");
        text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    }

    /** "2018-10-south-yorkshire-street.csv line 17: unknown crime type 'Violent crime'". */
    public String describe() {
        return file.getFileName() + " line " + line + ": " + reason;
    }

    /** The crime type, if this row was left out because police.uk's 14 categories do not include it. */
    public Optional<String> unknownCrimeType() {
        return reason.startsWith(UNKNOWN_CRIME_TYPE) && reason.endsWith("'")
                ? Optional.of(reason.substring(UNKNOWN_CRIME_TYPE.length(), reason.length() - 1))
                : Optional.empty();
    }
}
