package org.vigil.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The file where one input's rejected lines go: tab-separated, one rejected line per line —
 * {@code <line number> TAB <reason> TAB <the line exactly as received>} — after a header line, in the input's line
 * order. So {@code cut -f3-} gives back the rejected lines unchanged, ready to be corrected and sent again.
 * The file is written afresh on each run of the same input, so a re-run leaves it as it was.
 *
 * <p>Lines are rejected as they are found, which is not always in line order: {@code replay} finds a repeated id
 * with other content only when it commits in event time, after every invalid line. Each entry's place in the file
 * is remembered (24 bytes), and on {@link #close} the file is rewritten in line order if it is not already.
 */
final class Quarantine implements AutoCloseable {
    static final String HEADER = "line\treason\trecord as received\n";

    private final Path file;
    private OutputStream out;
    private long count;
    private long written;
    private boolean inOrder = true;
    private long[] lines = new long[16];
    private long[] offsets = new long[16];

    Quarantine(Path file) {
        this.file = file;
    }

    void reject(long lineNumber, String reason, byte[] raw) throws IOException {
        if (out == null) {
            Files.createDirectories(file.getParent());
            out = new BufferedOutputStream(Files.newOutputStream(file));
            write(HEADER.getBytes(StandardCharsets.UTF_8));
        }
        if (count == lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        inOrder &= count == 0 || lines[(int) count - 1] <= lineNumber;
        lines[(int) count] = lineNumber;
        offsets[(int) count] = written;
        String clean = reason.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        write((lineNumber + "\t" + clean + "\t").getBytes(StandardCharsets.UTF_8));
        write(raw);
        write(new byte[] {'\n'});
        count++;
    }

    private void write(byte[] bytes) throws IOException {
        out.write(bytes);
        written += bytes.length;
    }

    long count() {
        return count;
    }

    Path file() {
        return file;
    }

    /**
     * Closes the file, rewritten in line order if need be; if nothing was rejected this time, removes any file an
     * earlier run left.
     */
    @Override
    public void close() throws IOException {
        if (out == null) {
            Files.deleteIfExists(file);
            return;
        }
        out.close();
        if (!inOrder) {
            sortByLine();
        }
    }

    /** Copies the entries into a new file in line order (a stable sort: equal numbers keep their order). */
    private void sortByLine() throws IOException {
        int n = (int) count;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong(i -> lines[i]));
        Path sorted = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
             FileChannel to = FileChannel.open(sorted, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     StandardOpenOption.TRUNCATE_EXISTING)) {
            to.write(ByteBuffer.wrap(HEADER.getBytes(StandardCharsets.UTF_8)));
            for (int i : order) {
                long start = offsets[i];
                long end = i + 1 < n ? offsets[i + 1] : written;
                for (long at = start; at < end; ) {
                    at += in.transferTo(at, end - at, to);
                }
            }
        }
        Files.move(sorted, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
