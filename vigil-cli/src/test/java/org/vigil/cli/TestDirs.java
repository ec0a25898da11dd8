package org.vigil.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Temporary directories for tests that JUnit's {@code @TempDir} cannot reach (jqwik tries, a directory per round). */
final class TestDirs {
    private TestDirs() {
    }

    /** Deletes {@code path} and everything under it; a path that does not exist is nothing to delete. */
    static void deleteTree(Path path) throws IOException {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
