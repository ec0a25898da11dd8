package org.vigil.alerts.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON Lines in UTF-8 (the interchange records and the truth file): each non-blank line is parsed and handed
 * on with its number, counted from 1 over every line, blank ones included. A line that is not JSON fails with
 * Jackson's own {@link IOException}.
 */
final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to do with one parsed line. */
    @FunctionalInterface
    interface Line {
        void accept(JsonNode object, int number) throws IOException;
    }

    private JsonLines() {
    }

    static void forEach(InputStream in, Line line) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String text;
        int number = 0;
        while ((text = reader.readLine()) != null) {
            number++;
            if (!text.isBlank()) {
                line.accept(JSON.readTree(text), number);
            }
        }
    }
}
