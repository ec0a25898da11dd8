package org.vigil.ingest;

import java.nio.file.Path;

/**
 * What ingesting one file did: lines read (not counting blank ones), records accepted, records already stored
 * with the same content (no-ops), lines rejected, and the quarantine file holding them (null if none).
 */
public record FileSummary(Path file, long lines, long accepted, long unchanged, long rejected, Path quarantine) {
    @Override
    public String toString() {
        return file + ": " + lines + (lines == 1 ? " record read, " : " records read, ") + accepted + " accepted, "
                + unchanged + " already stored, " + rejected + " rejected"
                + (quarantine == null ? "" : " (see " + quarantine + ")");
    }
}
