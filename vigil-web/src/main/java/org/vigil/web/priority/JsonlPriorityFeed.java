package org.vigil.web.priority;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/** The work list from a JSON Lines file (spec §2.3), read again when the file changes; no file means no list yet. */
public final class JsonlPriorityFeed implements PriorityFeed {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private FileTime readAt;
    private List<Priority> priorities = List.of();

    public JsonlPriorityFeed(Path file) {
        this.file = file;
    }

    @Override
    public synchronized List<Priority> priorities() {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(readAt)) {
                List<Priority> out = new ArrayList<>();
                int n = 0;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    n++;
                    if (!line.isBlank()) {
                        try {
                            out.add(Priority.fromJson(JSON.readTree(line)));
                        } catch (IOException | IllegalArgumentException e) {
                            throw new IllegalArgumentException(file + " line " + n + ": " + e.getMessage(), e);
                        }
                    }
                }
                priorities = List.copyOf(out);
                readAt = modified;
            }
            return priorities;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read priorities from " + file, e);
        }
    }
}
