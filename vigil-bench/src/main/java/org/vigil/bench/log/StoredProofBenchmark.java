package org.vigil.bench.log;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.vigil.log.Checkpoint;
import org.vigil.log.Hash;
import org.vigil.log.LogAppender;
import org.vigil.log.LogReader;
import org.vigil.log.NoteSigner;
import org.vigil.log.Rfc6962;
import org.vigil.store.SqliteConcernStore;
import org.vigil.store.StoreBatch;

/**
 * Proofs as {@code vigil receipt} and {@code vigil consistency} build them: from the tiles in the embedded SQLite
 * store of a 10,000,000-entry log, with a fresh {@link LogReader} per call (nothing cached between calls), so every
 * tile a proof needs is read from the database; and with one shared reader, as a server would hold. The log is
 * built once per fork (about a minute).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class StoredProofBenchmark {
    static final long SIZE = 10_000_000L;

    @State(Scope.Benchmark)
    public static class Log {
        Path dir;
        SqliteConcernStore store;
        LogReader shared;
        final SplittableRandom random = new SplittableRandom(7);

        @Setup(Level.Trial)
        public void build() throws Exception {
            dir = Files.createTempDirectory("vigil-proof-bench");
            store = SqliteConcernStore.open(dir);
            NoteSigner signer = NoteSigner.generate("vigil.bench/proofs");
            LogAppender tree = LogAppender.empty();
            int batch = 100_000;
            for (long from = 0; from < SIZE; from += batch) {
                List<byte[]> entries = new ArrayList<>(batch);
                for (long i = from; i < from + batch; i++) {
                    byte[] entry = ByteBuffer.allocate(8).putLong(i).array();
                    entries.add(entry);
                    tree.append(Rfc6962.leafHash(entry));
                }
                String checkpoint = signer.sign(new Checkpoint(signer.name(), tree.size(), tree.root(), List.of()).toText());
                store.append(new StoreBatch(from, entries, List.of(), List.of(), List.of(), List.of(), List.of(), tree.dirtyTiles(), tree.size(), checkpoint));
                tree.markClean();
            }
            shared = new LogReader(store, SIZE);
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            store.close();
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Benchmark
    public List<Hash> inclusionProofOfARandomLeaf(Log log) {
        return new LogReader(log.store, SIZE).inclusionProof(log.random.nextLong(SIZE), SIZE);
    }

    /** As a long-running server would: one reader whose tile cache outlives the call. */
    @Benchmark
    public List<Hash> inclusionProofOfARandomLeafWithASharedReader(Log log) {
        return log.shared.inclusionProof(log.random.nextLong(SIZE), SIZE);
    }

    @Benchmark
    public List<Hash> consistencyProofFromARandomSize(Log log) {
        return new LogReader(log.store, SIZE).consistencyProof(1 + log.random.nextLong(SIZE - 1), SIZE);
    }
}
