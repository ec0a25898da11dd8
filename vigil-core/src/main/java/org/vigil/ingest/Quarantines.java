package org.vigil.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The quarantine file of each input of one run, named {@code <input file name>.rejected.tsv} in the quarantine
 * directory (with {@code -2}, {@code -3}… when two inputs share a name), so a re-run writes the same files.
 */
final class Quarantines implements AutoCloseable {
    private final List<Quarantine> bySource = new ArrayList<>();

    Quarantines(Path dir, List<Path> inputs) {
        Set<String> names = new LinkedHashSet<>();
        for (Path input : inputs) {
            String base = input.getFileName().toString();
            String name = base + ".rejected.tsv";
            for (int n = 2; !names.add(name); n++) {
                name = base + "-" + n + ".rejected.tsv";
            }
            bySource.add(new Quarantine(dir.resolve(name)));
        }
    }

    Quarantine of(int source) {
        return bySource.get(source);
    }

    void reject(Outcome o, String reason) throws IOException {
        bySource.get(o.source()).reject(o.line(), reason, o.raw());
    }

    @Override
    public void close() throws IOException {
        for (Quarantine q : bySource) {
            q.close();
        }
    }
}
