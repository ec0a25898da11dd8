package org.vigil.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every transparency-dev/merkle inclusion and consistency probe file: the proof checks exactly when
 * {@code wantErr} is false. (The subtree probes are for Merkle Tree Certificates, which vigil-log does not
 * implement.)
 */
class ProbeFilesTest {

    private static final Path TESTDATA = Vectors.resource("transparency-dev-merkle/testdata");

    @TestFactory
    Stream<DynamicTest> inclusionProbesCheckExactlyWhenWantErrIsFalse() throws IOException {
        return probes("inclusion").stream().map(file -> dynamicTest(name(file), () -> {
            JsonNode p = Vectors.readJson(file);
            boolean failed = fails(() -> Proofs.checkInclusion(leafHash(p.path("leafHash")), u64(p.path("leafIdx")),
                    u64(p.path("treeSize")), hashes(p.path("proof")), root(p.path("root"))));
            assertThat(failed).as(p.path("desc").asText()).isEqualTo(p.path("wantErr").asBoolean());
        }));
    }

    @TestFactory
    Stream<DynamicTest> consistencyProbesCheckExactlyWhenWantErrIsFalse() throws IOException {
        return probes("consistency").stream().map(file -> dynamicTest(name(file), () -> {
            JsonNode p = Vectors.readJson(file);
            boolean failed = fails(() -> Proofs.checkConsistency(u64(p.path("size1")), u64(p.path("size2")),
                    root(p.path("root1")), root(p.path("root2")), hashes(p.path("proof"))));
            assertThat(failed).as(p.path("desc").asText()).isEqualTo(p.path("wantErr").asBoolean());
        }));
    }

    @Test
    void findsAllNinetyEightProbesOfEachKind() throws IOException {
        assertThat(probes("inclusion")).hasSize(98);
        assertThat(probes("consistency")).hasSize(98);
    }

    @Test
    void hashRefusesEveryPlaceholderOfTheWrongLength() throws IOException {
        List<Path> files = new ArrayList<>(probes("inclusion"));
        files.addAll(probes("consistency"));
        int placeholders = 0;
        for (Path file : files) {
            JsonNode p = Vectors.readJson(file);
            for (String field : List.of("leafHash", "root", "root1", "root2")) {
                if (p.has(field)) {
                    byte[] bytes = Base64.getDecoder().decode(p.path(field).asText());
                    if (bytes.length != Hash.SIZE) {
                        placeholders++;
                        assertThatThrownBy(() -> Hash.of(bytes)).isInstanceOf(IllegalArgumentException.class)
                                .hasMessageContaining(String.valueOf(bytes.length));
                    }
                }
            }
        }
        assertThat(placeholders).isGreaterThan(20);
    }

    /** Whether the check throws the exceptions a failed or malformed check throws. */
    private static boolean fails(Runnable check) {
        try {
            check.run();
            return false;
        } catch (VerificationException | IllegalArgumentException e) {
            return true;
        }
    }

    private static List<Path> probes(String kind) throws IOException {
        try (Stream<Path> files = Files.walk(TESTDATA.resolve(kind))) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(".json")).sorted().toList());
        }
    }

    private static String name(Path file) {
        return TESTDATA.relativize(file).toString();
    }

    /** The probes hold uint64 values; a Java long takes their two's-complement bits. */
    private static long u64(JsonNode node) {
        return node.bigIntegerValue().longValue();
    }

    /**
     * A leaf hash or proof hash. Upstream rejects one that is not 32 bytes; here {@link Hash} refuses it,
     * which the check counts as a failure like any other bad input.
     */
    private static Hash leafHash(JsonNode node) {
        return Hash.of(Base64.getDecoder().decode(node.asText()));
    }

    /**
     * A root. Some probes put placeholders of other lengths ("don't care", "WrongRoot", empty) where a root
     * goes, which upstream only compares; {@link Hash} cannot hold them (see
     * {@link #hashRefusesEveryPlaceholderOfTheWrongLength}), so each stands in as its own SHA-256, which
     * keeps equal placeholders equal and matches no real root.
     */
    private static Hash root(JsonNode node) {
        byte[] bytes = Base64.getDecoder().decode(node.asText());
        return bytes.length == Hash.SIZE ? Hash.of(bytes) : standIn(bytes);
    }

    private static Hash standIn(byte[] placeholder) {
        try {
            return Hash.of(MessageDigest.getInstance("SHA-256").digest(placeholder));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Hash> hashes(JsonNode array) {
        List<Hash> out = new ArrayList<>();
        if (!array.isNull()) {
            array.forEach(node -> out.add(leafHash(node)));
        }
        return out;
    }
}
