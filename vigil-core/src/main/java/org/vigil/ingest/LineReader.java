package org.vigil.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a JSON Lines file one line at a time, as bytes: gzip is recognised by its magic bytes, whatever the file's
 * name; a UTF-8 byte order mark at the start is dropped; {@code \n} and {@code \r\n} both end a line; blank lines are
 * skipped; a line longer than the limit keeps only its first bytes, so a huge line is never held in memory whole. A
 * gzip file may hold several members one after another; one that ends early, or is followed by anything that is not a
 * member, is reported as {@link TruncatedInputException} after the last whole line.
 */
final class LineReader implements AutoCloseable {
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean eof;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
    private long lineNumber;
    private final Counting counted;

    LineReader(Path file, int maxLineBytes) throws IOException {
        this.maxLineBytes = maxLineBytes;
        this.counted = new Counting(Files.newInputStream(file));
        BufferedInputStream raw = new BufferedInputStream(counted, 1 << 16);
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        this.in = b1 == 0x1f && b2 == 0x8b ? new WholeGzip(raw) : raw;
    }

    /**
     * A gzip stream read to the end of its file. {@link GZIPInputStream} reads members written one after another
     * ({@code cat a.gz b.gz}, or a writer that starts a member per block) only while its input says more is
     * available, and takes whatever follows the last member that is not a whole member (a member damaged in its
     * header, or anything else) as the end of the input: records silently lost. Here the file says more is available
     * until it has ended ({@link Counting#available}), and bytes left over after the last member are reported as
     * damage, as a stream cut short is.
     */
    private static final class WholeGzip extends GZIPInputStream {
        /** The bytes that end a member after its compressed data: CRC-32 and size (RFC 1952 §2.3). */
        private static final int TRAILER = 8;
        private final InputStream file;

        WholeGzip(InputStream file) throws IOException {
            super(file, 1 << 16);
            this.file = file;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            // At the end, what the inflater holds beyond the last trailer, or the file beyond that, is no member.
            if (n < 0 && (inf.getRemaining() > TRAILER || file.read() >= 0)) {
                throw new ZipException("what follows the last whole gzip member is not one");
            }
            return n;
        }
    }

    /** The next non-blank line, or null at the end of the input. */
    Line next() throws IOException {
        while (true) {
            line.reset();
            long length = 0;
            boolean ended = false;
            while (!ended) {
                if (position == limit && !fill()) {
                    break;
                }
                int start = position;
                while (position < limit && chunk[position] != '\n') {
                    position++;
                }
                int n = position - start;
                int room = (int) Math.max(0, Math.min(n, maxLineBytes - length));
                line.write(chunk, start, room);
                length += n;
                if (position < limit) {
                    position++;
                    ended = true;
                }
            }
            if (!ended && length == 0) {
                return null;
            }
            lineNumber++;
            byte[] bytes = line.toByteArray();
            if (lineNumber == 1 && bytes.length >= 3
                    && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
                bytes = Arrays.copyOfRange(bytes, 3, bytes.length);
                length -= 3;
            }
            if (length <= maxLineBytes && bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
                bytes = Arrays.copyOf(bytes, bytes.length - 1);
                length--;
            }
            if (length > maxLineBytes || !isBlank(bytes)) {
                return new Line(lineNumber, bytes, length);
            }
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        try {
            int n = in.read(chunk, 0, chunk.length);
            if (n <= 0) {
                eof = true;
                return false;
            }
            position = 0;
            limit = n;
            return true;
        } catch (EOFException | ZipException e) {
            eof = true;
            throw new TruncatedInputException(lineNumber + 1, line.toByteArray(),
                    "the compressed input ends early or is damaged (" + e.getMessage() + ")");
        }
    }

    /**
     * Whether a line holds only white space: spaces, tabs, a carriage return, a form feed or vertical tab, and the
     * no-break spaces and byte order marks that files joined or saved by other programs leave on lines of their own.
     */
    private static boolean isBlank(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == 0x0B) {
                continue;
            }
            if (b == (byte) 0xC2 && i + 1 < bytes.length && bytes[i + 1] == (byte) 0xA0) {
                i += 1; // U+00A0, no-break space
            } else if (b == (byte) 0xEF && i + 2 < bytes.length && bytes[i + 1] == (byte) 0xBB
                    && bytes[i + 2] == (byte) 0xBF) {
                i += 2; // U+FEFF, a byte order mark
            } else {
                return false;
            }
        }
        return true;
    }

    /** How many bytes of the file (compressed, if it is) have been read so far: for progress. */
    long bytesRead() {
        return counted.count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static final class Counting extends java.io.FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        private boolean ended;

        /**
         * One until the input has ended, since how many are left is not known: a file channel's available() seeks,
         * which fails on a pipe such as standard input. Not zero, which {@link GZIPInputStream} took for the end of
         * the input after any member that ended within 26 bytes of the end of what it had read (64 KiB at a time), and
         * so dropped every member after it.
         */
        @Override
        public int available() {
            return ended ? 0 : 1;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            } else {
                ended = true;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            } else if (n < 0) {
                ended = true;
            }
            return n;
        }
    }
}
