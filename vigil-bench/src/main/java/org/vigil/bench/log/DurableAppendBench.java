package org.vigil.bench.log;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigil.log.Checkpoint;
import org.vigil.log.LogAppender;
import org.vigil.log.NoteSigner;
import org.vigil.log.Rfc6962;
import org.vigil.store.SqliteConcernStore;
import org.vigil.store.StoreBatch;

/**
 * Durable log appends through the embedded store, as the ledger makes them: each batch of entries is hashed into the
 * tree, its changed tiles and a signed checkpoint are taken, and all of it is committed in one SQLite transaction
 * with {@code synchronous=FULL} (fsync on commit). Prints entries per second and where the time went.
 *
 * <pre>java -cp vigil-bench/target/benchmarks.jar org.vigil.bench.log.DurableAppendBench 2000000 10000</pre>
 */
public final class DurableAppendBench {
    private DurableAppendBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args.length > 0 ? args[0] : "2000000");
        int batch = Integer.parseInt(args.length > 1 ? args[1] : "10000");
        Path dir = Files.createTempDirectory("vigil-append-bench");
        NoteSigner signer = NoteSigner.generate("vigil.bench/log");
        long hashing = 0;
        long storing = 0;
        long start = System.nanoTime();
        try (SqliteConcernStore store = SqliteConcernStore.open(dir)) {
            LogAppender tree = LogAppender.resume(store.logSize(), store);
            for (int from = 0; from < n; from += batch) {
                long t0 = System.nanoTime();
                List<byte[]> entries = new ArrayList<>(batch);
                for (int i = from; i < Math.min(n, from + batch); i++) {
                    byte[] entry = entry(i);
                    entries.add(entry);
                    tree.append(Rfc6962.leafHash(entry));
                }
                String checkpoint = signer.sign(new Checkpoint(signer.name(), tree.size(), tree.root(), List.of()).toText());
                StoreBatch b = new StoreBatch(from, entries, List.of(), List.of(), List.of(), List.of(), List.of(), tree.dirtyTiles(), tree.size(), checkpoint);
                long t1 = System.nanoTime();
                store.append(b);
                tree.markClean();
                long t2 = System.nanoTime();
                hashing += t1 - t0;
                storing += t2 - t1;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%,d durable appends in batches of %,d: %.2f s, %,.0f entries/s%n", n, batch, seconds, n / seconds);
        System.out.printf("time: building entries, hashing and signing %.2f s; SQLite insert and fsync %.2f s%n",
                hashing / 1e9, storing / 1e9);
    }

    /** An entry the size of a real one (about 200 bytes). */
    private static byte[] entry(int i) {
        return ("vigil/entry/v1 record\ntype concern\nid BENCH-" + i + "\nby w-" + (i % 400)
                + "\nat 2004-02-02T11:00:00Z\nlogged 2026-11-29T10:00:00Z\nsha256 "
                + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n").getBytes(StandardCharsets.UTF_8);
    }
}
