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
        checkReadable(files, "a JSON Lines file");
    }

    /** As {@link #checkReadable(List)}, for files of another kind: {@code what} names it ("a receipt"). */
    static void checkReadable(List<Path> files, String what) {
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                throw new IllegalArgumentException(file + " is a directory, not " + what);
            }
            if (!Files.exists(file)) {
                throw new IllegalArgumentException(file + ": no such file");
            }
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException(file + " cannot be read (permission denied)");
            }
        }
    }

    /**
     * Two outputs of one command must be two files: the second written would erase the first. {@code outputs} maps
     * each option to its path; those not given are null.
     */
    static void checkDistinct(java.util.Map<String, Path> outputs) {
        List<java.util.Map.Entry<String, Path>> given = outputs.entrySet().stream().filter(e -> e.getValue() != null)
                .toList();
        for (int i = 0; i < given.size(); i++) {
            for (int j = i + 1; j < given.size(); j++) {
                if (same(given.get(i).getValue(), given.get(j).getValue())) {
                    throw new IllegalArgumentException(given.get(i).getKey() + " and " + given.get(j).getKey()
                            + " both name " + given.get(j).getValue() + ": the second written would erase the first");
                }
            }
        }
    }

    /** Whether {@code a} and {@code b} name one file; one that cannot be looked at is not the other. */
    private static boolean same(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The output's directory must exist, the output must not be a directory, nor one of the inputs it would erase. */
    static void checkWritable(Path output, List<Path> inputs) {
        for (Path input : inputs) {
            if (same(output, input)) {
                throw new IllegalArgumentException("cannot write " + output + ": it is also an input, and writing"
                        + " would erase it");
            }
        }
        if (Files.isDirectory(output)) {
            throw new IllegalArgumentException("cannot write " + output + ": it is a directory");
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("cannot write " + output + ": no such directory " + parent);
        }
    }
}
