package org.vigil.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A JSON Lines file of values (the alerts of spec §2.2, the work list of §2.3), read whole and read again whenever
 * its modification time changes, so a process writing it is seen without a restart. A missing file means no values
 * yet; a blank line is skipped; a bad line is an error naming the file and its line number.
 */
public final class JsonLinesFile<T> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String what;
    private final Function<JsonNode, T> parse;
    private FileTime readAt;
    private List<T> values = List.of();

    /** {@code what} names the values in an error ("alerts"); {@code parse} throws IllegalArgumentException. */
    public JsonLinesFile(Path file, String what, Function<JsonNode, T> parse) {
        this.file = file;
        this.what = what;
        this.parse = parse;
    }

    /** Every line's value in file order: the same list until the file changes. */
    public synchronized List<T> values() {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(readAt)) {
                values = read();
                readAt = modified;
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " from " + file, e);
        }
    }

    private List<T> read() throws IOException {
        List<T> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(parse.apply(JSON.readTree(line)));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + n + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }
}
