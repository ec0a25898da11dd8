package org.vigil.ingest;

import java.nio.file.Path;

/** Told after each batch is committed: how far into the file, and what was committed so far. */
@FunctionalInterface
public interface IngestListener {
    IngestListener NONE = (file, bytesRead, fileBytes, lastLine, accepted, rejected) -> { };

    /**
     * Every valid record up to {@code lastLine} of {@code file} is now durably stored and logged (or was already);
     * {@code bytesRead} of {@code fileBytes} are read.
     */
    void committed(Path file, long bytesRead, long fileBytes, long lastLine, long accepted, long rejected);

    /**
     * A replay, which commits its files' valid records in event-time order rather than line by line, has durably
     * stored and logged the first {@code records} of the {@code total} it read, {@code accepted} of them new.
     */
    default void committedInEventOrder(long records, long total, long accepted) {
    }
}
