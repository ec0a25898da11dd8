package org.vigil.bench.log;

import java.nio.ByteBuffer;
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
import org.openjdk.jmh.annotations.Warmup;
import org.vigil.log.Hash;
import org.vigil.log.InMemoryTiles;
import org.vigil.log.LogAppender;
import org.vigil.log.LogReader;
import org.vigil.log.Proofs;
import org.vigil.log.Rfc6962;

/**
 * Making and checking proofs in a log of 10,000,000 entries held as tiles in memory (built once per
 * fork). Sample-time mode, so the output gives p50, p99 and p99.9 per call.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ProofBenchmark {

    static final long SIZE = 10_000_000L;
    static final int POOL = 1024;

    /** The 10M-entry log, shared by all benchmark threads. */
    @State(Scope.Benchmark)
    public static class Log {
        InMemoryTiles tiles;
        Hash root;
        LogReader reader;
        long[] indices = new long[POOL];
        Hash[] leaves = new Hash[POOL];
        List<Hash>[] inclusionProofs;
        long[] oldSizes = new long[POOL];
        Hash[] oldRoots = new Hash[POOL];
        List<Hash>[] consistencyProofs;

        @Setup(Level.Trial)
        @SuppressWarnings("unchecked")
        public void build() {
            tiles = new InMemoryTiles();
            LogAppender appender = LogAppender.empty();
            ByteBuffer entry = ByteBuffer.allocate(8);
            for (long i = 0; i < SIZE; i++) {
                appender.append(Rfc6962.leafHash(entry.clear().putLong(i).array()));
                if ((i + 1) % 100_000 == 0) {
                    tiles.putAll(appender.dirtyTiles());
                    appender.markClean();
                }
            }
            tiles.putAll(appender.dirtyTiles());
            root = appender.root();
            reader = new LogReader(tiles, SIZE);
            if (!reader.treeHash(SIZE).equals(root)) {
                throw new IllegalStateException("the reader's root differs from the appender's");
            }
            SplittableRandom random = new SplittableRandom(7);
            inclusionProofs = new List[POOL];
            consistencyProofs = new List[POOL];
            for (int i = 0; i < POOL; i++) {
                indices[i] = random.nextLong(SIZE);
                leaves[i] = reader.leafHash(indices[i]);
                inclusionProofs[i] = reader.inclusionProof(indices[i], SIZE);
                oldSizes[i] = 1 + random.nextLong(SIZE - 1);
                oldRoots[i] = reader.treeHash(oldSizes[i]);
                consistencyProofs[i] = reader.consistencyProof(oldSizes[i], SIZE);
            }
        }
    }

    /** Each thread's own random choices. */
    @State(Scope.Thread)
    public static class Picks {
        final SplittableRandom random = new SplittableRandom(11);
        int next;

        int nextInPool() {
            next = (next + 1) & (POOL - 1);
            return next;
        }
    }

    /** A random leaf: its level-0 tile is almost never cached, so 255 node hashes rebuild it. */
    @Benchmark
    public List<Hash> inclusionProofOfARandomLeaf(Log log, Picks picks) {
        return log.reader.inclusionProof(picks.random.nextLong(SIZE), SIZE);
    }

    /** A leaf among the last 10,000, as for a receipt issued just after its entry was logged. */
    @Benchmark
    public List<Hash> inclusionProofOfARecentLeaf(Log log, Picks picks) {
        return log.reader.inclusionProof(SIZE - 1 - picks.random.nextLong(10_000), SIZE);
    }

    /** From a random older size to the whole log. */
    @Benchmark
    public List<Hash> consistencyProofFromARandomSize(Log log, Picks picks) {
        return log.reader.consistencyProof(1 + picks.random.nextLong(SIZE - 1), SIZE);
    }

    /** The root of a random older tree (what a witness or auditor asks for with a consistency proof). */
    @Benchmark
    public Hash treeHashOfARandomSize(Log log, Picks picks) {
        return log.reader.treeHash(1 + picks.random.nextLong(SIZE - 1));
    }

    /** RFC 9162 §2.1.3.2 over a proof made in setup: about 24 node hashes. */
    @Benchmark
    public Hash checkInclusion(Log log, Picks picks) {
        int i = picks.nextInPool();
        Proofs.checkInclusion(log.leaves[i], log.indices[i], SIZE, log.inclusionProofs[i], log.root);
        return log.root;
    }

    /** RFC 9162 §2.1.4.2 over a proof made in setup. */
    @Benchmark
    public Hash checkConsistency(Log log, Picks picks) {
        int i = picks.nextInPool();
        Proofs.checkConsistency(log.oldSizes[i], SIZE, log.oldRoots[i], log.root, log.consistencyProofs[i]);
        return log.root;
    }
}
