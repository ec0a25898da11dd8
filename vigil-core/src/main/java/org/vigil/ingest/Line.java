package org.vigil.ingest;

/**
 * One line of an input file, without its line ending, and its 1-based number. A line longer than the reader's
 * limit keeps only its first bytes: then {@code length} (the whole line's) exceeds {@code bytes.length}.
 */
record Line(long number, byte[] bytes, long length) {
    boolean oversized() {
        return length > bytes.length;
    }
}
