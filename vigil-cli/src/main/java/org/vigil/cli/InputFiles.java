package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks the files a command was given before it opens the store, so that a mistyped name, a directory or an
 * output in a directory that does not exist is reported plainly (exit 2) and nothing is stored or written.
 */
final class InputFiles {
    private InputFiles() {
    }

    /** Every input must be a readable file (or a pipe, such as /dev/stdin), not a directory. */
    static void checkReadable(List<Path> files) {
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                throw new IllegalArgumentException(file + " is a directory, not a JSON Lines file");
            }
            if (!Files.exists(file)) {
                throw new IllegalArgumentException(file + ": no such file");
            }
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException(file + " cannot be read (permission denied)");
            }
        }
    }

    /** The output's directory must exist, and the output must not be a directory. */
    static void checkWritable(Path output) {
        if (Files.isDirectory(output)) {
            throw new IllegalArgumentException("cannot write " + output + ": it is a directory");
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("cannot write " + output + ": no such directory " + parent);
        }
    }
}
