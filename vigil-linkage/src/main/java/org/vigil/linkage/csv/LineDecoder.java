package org.vigil.linkage.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a file's bytes a line at a time, each line as UTF-8 when it is valid UTF-8 and otherwise as {@code fallback}
 * (windows-1252, as spreadsheet programs on Windows save CSV files), and counts the lines read the second way. A file
 * with one stray byte keeps its other lines, ids and accented names included, as they were written, where decoding
 * the whole file one way would change every accented value in it.
 */
final class LineDecoder extends Reader {
    private final InputStream in;
    private final Charset fallback;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private boolean eof;
    private byte[] line = new byte[1 << 12];
    private String current = "";
    private int pos;
    private long lineNumber;
    private int nonAsciiLines;
    private int fallbackLines;
    private final List<Long> fallbackLineNumbers = new ArrayList<>();

    LineDecoder(InputStream in, Charset fallback) {
        this.in = in;
        this.fallback = fallback;
    }

    /** Lines with a byte outside ASCII. */
    int nonAsciiLines() {
        return nonAsciiLines;
    }

    /** Lines that were not valid UTF-8, read as the fallback. */
    int fallbackLines() {
        return fallbackLines;
    }

    /** The first {@link CsvPersons.Columns#LINES_KEPT} of them, by line number from 1. */
    List<Long> fallbackLineNumbers() {
        return List.copyOf(fallbackLineNumbers);
    }

    /**
     * Fills {@code into} with as many characters as it asks for, across lines, short only at the end of the file: a
     * reader above that marks its place (the delimiter's guess does) and is handed a line at a time copies what it
     * keeps once for each line, which made reading a file three times slower.
     */
    @Override
    public int read(char[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int filled = 0;
        while (filled < length) {
            if (pos == current.length() && !nextLine()) {
                return filled == 0 ? -1 : filled;
            }
            int n = Math.min(length - filled, current.length() - pos);
            current.getChars(pos, pos + n, into, offset + filled);
            pos += n;
            filled += n;
        }
        return filled;
    }

    /** Reads the next line, its line ending included, into {@link #current}; false at the end of the file. */
    private boolean nextLine() throws IOException {
        int length = 0;
        boolean ascii = true;
        while (true) {
            if (start == end) {
                if (eof || !fill()) {
                    break;
                }
            }
            int i = start;
            while (i < end && buffer[i] != '\n') {
                ascii &= buffer[i] >= 0;
                i++;
            }
            boolean ended = i < end;
            int take = (ended ? i + 1 : i) - start;
            if (length + take > line.length) {
                line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + take));
            }
            System.arraycopy(buffer, start, line, length, take);
            length += take;
            start += take;
            if (ended) {
                break;
            }
        }
        if (length == 0) {
            return false;
        }
        lineNumber++;
        pos = 0;
        if (ascii) {
            current = new String(line, 0, length, StandardCharsets.ISO_8859_1);
            return true;
        }
        nonAsciiLines++;
        try {
            current = utf8.decode(ByteBuffer.wrap(line, 0, length)).toString();
        } catch (CharacterCodingException e) {
            // Bytes the fallback leaves undefined become U+FFFD rather than failing the file.
            current = new String(line, 0, length, fallback);
            if (fallbackLines++ < CsvPersons.Columns.LINES_KEPT) {
                fallbackLineNumbers.add(lineNumber);
            }
        }
        return true;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            eof = true;
            start = end = 0;
            return false;
        }
        start = 0;
        end = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
