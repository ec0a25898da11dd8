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
}
