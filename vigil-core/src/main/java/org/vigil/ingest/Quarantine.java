package org.vigil.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file where one input's rejected lines go: tab-separated, one rejected line per line —
 * {@code <line number> TAB <reason> TAB <the line exactly as received>} — after a header line. So
 * {@code cut -f3-} gives back the rejected lines unchanged, ready to be corrected and sent again.
 * The file is written afresh on each run of the same input, so a re-run leaves it as it was.
 */
final class Quarantine implements AutoCloseable {
    static final String HEADER = "line\treason\trecord as received\n";

    private final Path file;
    private OutputStream out;
    private long count;

    Quarantine(Path file) {
        this.file = file;
    }

    void reject(long lineNumber, String reason, byte[] raw) throws IOException {
        if (out == null) {
            Files.createDirectories(file.getParent());
            out = new BufferedOutputStream(Files.newOutputStream(file));
            out.write(HEADER.getBytes(StandardCharsets.UTF_8));
        }
        String clean = reason.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        out.write((lineNumber + "\t" + clean + "\t").getBytes(StandardCharsets.UTF_8));
        out.write(raw);
        out.write('\n');
        count++;
    }

    long count() {
        return count;
    }

    Path file() {
        return file;
    }

    /** Closes the file; if nothing was rejected this time, removes any file an earlier run left. */
    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        } else {
            Files.deleteIfExists(file);
        }
    }
}
