package org.vigil.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The quarantine file of each input of one run, in the quarantine directory, named after the input and where it is:
 * {@code <input file name>.<8 hex digits>.rejected.tsv}, the digits from the SHA-256 of the input's absolute path. So
 * a re-run of the same input writes the same file, and {@code a/in.jsonl} and {@code b/in.jsonl}, in one run or in
 * two, never write over each other's. An input given twice in one run gets {@code -2}, {@code -3}… for the later.
 */
final class Quarantines implements AutoCloseable {
    private final List<Quarantine> bySource = new ArrayList<>();

    Quarantines(Path dir, List<Path> inputs) {
        Set<String> names = new LinkedHashSet<>();
        for (Path input : inputs) {
            String base = name(input);
            String name = base + ".rejected.tsv";
            for (int n = 2; !names.add(name); n++) {
                name = base + "-" + n + ".rejected.tsv";
            }
            bySource.add(new Quarantine(dir.resolve(name)));
        }
    }

    /** {@code in.jsonl.1a2b3c4d}: the file's name and a digest of its absolute path. */
    static String name(Path input) {
        byte[] where = input.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(where);
            return input.getFileName() + "." + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
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
