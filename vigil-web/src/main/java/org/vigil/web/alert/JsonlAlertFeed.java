package org.vigil.web.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Alerts from a JSON Lines file (spec §2.2), read again whenever the file changes, so an engine writing to it is seen
 * without a restart. A missing file means no alerts yet; a bad line is an error naming its line number.
 */
public final class JsonlAlertFeed implements AlertFeed {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private FileTime readAt;
    private List<Alert> alerts = List.of();

    public JsonlAlertFeed(Path file) {
        this.file = file;
    }

    @Override
    public synchronized List<Alert> alerts() {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(readAt)) {
                alerts = read(file);
                readAt = modified;
            }
            return alerts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read alerts from " + file, e);
        }
    }

    static List<Alert> read(Path file) throws IOException {
        List<Alert> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(Alert.fromJson(JSON.readTree(line)));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + n + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }
}
