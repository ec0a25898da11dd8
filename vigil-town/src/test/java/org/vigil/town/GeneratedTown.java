package org.vigil.town;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A town generated into memory and read back, with the truth indexed for tests. */
final class GeneratedTown {
    private static final ObjectMapper JSON = new ObjectMapper();

    final TownSummary summary;
    final byte[] recordBytes;
    final byte[] truthBytes;
    final List<JsonNode> concerns = new ArrayList<>();
    final List<JsonNode> decisions = new ArrayList<>();
    /** Mention key to its truth line. */
    final Map<String, JsonNode> mentions = new LinkedHashMap<>();
    final Map<String, JsonNode> persons = new LinkedHashMap<>();
    final List<JsonNode> networks = new ArrayList<>();
    /** Person id to the (concern, subject) pairs that mention them. */
    final Map<String, List<JsonNode[]>> mentionsOf = new HashMap<>();
    final List<String> truthMentionKeys = new ArrayList<>();

    GeneratedTown(TownOptions options) {
        ByteArrayOutputStream records = new ByteArrayOutputStream();
        ByteArrayOutputStream truth = new ByteArrayOutputStream();
        try {
            summary = new TownGenerator(options).writeTo(records, truth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recordBytes = records.toByteArray();
        truthBytes = truth.toByteArray();
        for (String line : lines(recordBytes)) {
            JsonNode node = read(line);
            (node.get("type").asText().equals("concern") ? concerns : decisions).add(node);
        }
        for (String line : lines(truthBytes)) {
            JsonNode node = read(line);
            switch (node.get("type").asText()) {
                case "mention" -> {
                    mentions.put(node.get("mention").asText(), node);
                    truthMentionKeys.add(node.get("mention").asText());
                }
                case "person" -> persons.put(node.get("person").asText(), node);
                case "network" -> networks.add(node);
                default -> {
                }
            }
        }
        for (JsonNode concern : concerns) {
            for (JsonNode subject : concern.get("subjects")) {
                JsonNode mention = mentions.get(key(concern, subject));
                if (mention != null) {
                    mentionsOf.computeIfAbsent(mention.get("person").asText(), p -> new ArrayList<>())
                            .add(new JsonNode[] {concern, subject});
                }
            }
        }
    }

    static String key(JsonNode concern, JsonNode subject) {
        return concern.get("id").asText() + "/" + subject.get("ref").asText();
    }

    JsonNode personOf(JsonNode concern, JsonNode subject) {
        return persons.get(mentions.get(key(concern, subject)).get("person").asText());
    }

    String kind(String personId) {
        return persons.get(personId).get("kind").asText();
    }

    static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
