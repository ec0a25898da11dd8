package org.vigil.town;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Opens an output file, gzip-compressed (at the fastest level) when its name ends in ".gz". */
final class Outputs {
    private static final int BUFFER = 1 << 20;

    private Outputs() {
    }

    static OutputStream open(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        OutputStream file = Files.newOutputStream(path);
        if (path.getFileName().toString().endsWith(".gz")) {
            return new BufferedOutputStream(new GZIPOutputStream(file, BUFFER) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            }, BUFFER);
        }
        return new BufferedOutputStream(file, BUFFER);
    }
}
