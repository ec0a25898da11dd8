package org.vigil.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The golden vectors under src/test/resources (see its README for their origin). */
final class Vectors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode vectors;

    private Vectors() {
    }

    /** A group of vectors.json, such as {@code reference_tree_8}. */
    static synchronized JsonNode group(String name) {
        if (vectors == null) {
            vectors = readJson(resource("vectors.json"));
        }
        JsonNode group = vectors.path("groups").path(name);
        if (group.isMissingNode()) {
            throw new IllegalArgumentException("vectors.json has no group " + name);
        }
        return group;
    }

    static Path resource(String path) {
        URL url = Vectors.class.getResource("/" + path);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + path);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    static Hash hash(JsonNode hexNode) {
        return Hash.fromHex(hexNode.asText());
    }

    static List<Hash> hashes(JsonNode hexArray) {
        List<Hash> out = new ArrayList<>();
        hexArray.forEach(node -> out.add(Hash.fromHex(node.asText())));
        return out;
    }

    /** The eight leaf entries of reference_tree_8. */
    static List<byte[]> referenceLeaves() {
        List<byte[]> leaves = new ArrayList<>();
        group("reference_tree_8").path("leaves").forEach(node -> leaves.add(hex(node.asText())));
        return leaves;
    }

    /** Tiles holding the leaves, as a log that appended them stores them. */
    static InMemoryTiles tilesOf(List<byte[]> entries) {
        LogAppender appender = LogAppender.empty();
        entries.forEach(entry -> appender.append(Rfc6962.leafHash(entry)));
        InMemoryTiles tiles = new InMemoryTiles();
        tiles.putAll(appender.dirtyTiles());
        return tiles;
    }
}
