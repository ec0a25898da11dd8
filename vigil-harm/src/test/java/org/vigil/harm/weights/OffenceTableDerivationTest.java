package org.vigil.harm.weights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled code table must be exactly what its sources give. To regenerate after changing a source:
 * {@code mvn -pl vigil-harm test -Dtest=OffenceTableDerivationTest -Dvigil.harm.regenerate=src/main/resources/org/vigil/harm/offence_weights.csv}.
 */
class OffenceTableDerivationTest {

    @Test
    void bundledCodeTableIsDerivedFromItsSources() throws IOException {
        String derived = OffenceTableDerivation.derive();
        String target = System.getProperty("vigil.harm.regenerate");
        if (target != null) {
            Files.writeString(Path.of(target), derived, StandardCharsets.UTF_8);
        }
        String bundled;
        try (InputStream in = getClass().getResourceAsStream(HarmWeights.BUNDLED)) {
            assertThat(in).as("bundled table %s", HarmWeights.BUNDLED).isNotNull();
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(bundled).isEqualTo(derived);
    }
}
