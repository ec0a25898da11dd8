package org.vigil.harm;

/**
 * A data file (a weight table or a police.uk file) that cannot be used as a whole. The message names
 * the file, the line and the offending value. Single bad rows of police.uk files are not exceptions:
 * they are counted and reported (see {@code policeuk.MalformedRow}).
 */
public class HarmDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HarmDataException(String message) {
        super(message);
    }

    public HarmDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
