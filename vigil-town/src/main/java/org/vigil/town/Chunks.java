package org.vigil.town;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory output stream held as a list of small chunks, so that buffering a whole district never needs one
 * large array (which a small heap handles badly) and never copies what it holds.
 */
final class Chunks extends OutputStream {
    private static final int CHUNK = 128 * 1024;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] current = new byte[CHUNK];
    private int used;

    @Override
    public void write(int b) {
        if (used == CHUNK) {
            next();
        }
        current[used++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            if (used == CHUNK) {
                next();
            }
            int n = Math.min(length, CHUNK - used);
            System.arraycopy(bytes, offset, current, used, n);
            used += n;
            offset += n;
            length -= n;
        }
    }

    /** Writes everything held to {@code out}, in order. */
    void writeTo(OutputStream out) throws IOException {
        for (byte[] chunk : full) {
            out.write(chunk);
        }
        out.write(current, 0, used);
    }

    private void next() {
        full.add(current);
        current = new byte[CHUNK];
        used = 0;
    }
}
