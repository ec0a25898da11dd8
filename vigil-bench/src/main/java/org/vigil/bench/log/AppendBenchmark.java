package org.vigil.bench.log;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vigil.log.Hash;
import org.vigil.log.InMemoryTiles;
import org.vigil.log.LogAppender;
import org.vigil.log.Rfc6962;
import org.vigil.log.Tile;

/**
 * Appending batches of 10,000 leaves, then taking the tiles the batch changed, as the core does once per
 * database transaction. Scores are leaves per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(AppendBenchmark.BATCH)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AppendBenchmark {

    static final int BATCH = 10_000;

    private final Hash[] leafHashes = new Hash[BATCH];
    private final byte[][] entries = new byte[BATCH][];
    private LogAppender appender;
    private InMemoryTiles tiles;

    @Setup(Level.Trial)
    public void makeLeaves() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < BATCH; i++) {
            // An entry about the size Vigil logs: what happened, by whom, and the SHA-256 of the record.
            String entry = "record.accepted agency=A" + random.nextInt(100) + " by=user" + random.nextInt(10_000)
                    + " sha256=" + Rfc6962.leafHash(ByteBuffer.allocate(4).putInt(i).array()).hex();
            entries[i] = entry.getBytes(StandardCharsets.UTF_8);
            leafHashes[i] = Rfc6962.leafHash(entries[i]);
        }
    }

    @Setup(Level.Iteration)
    public void startEmpty() {
        appender = LogAppender.empty();
        tiles = new InMemoryTiles();
    }

    /** The appender alone: leaf hashes are given; node hashing and tile bookkeeping are measured. */
    @Benchmark
    public Map<Tile, byte[]> appendBatchAndTakeDirtyTiles() {
        for (Hash leafHash : leafHashes) {
            appender.append(leafHash);
        }
        Map<Tile, byte[]> dirty = appender.dirtyTiles();
        appender.markClean();
        return dirty;
    }

    /** As above, and storing the tiles in memory, as the core's verify does when it rebuilds a tree. */
    @Benchmark
    public int appendBatchIntoInMemoryTiles() {
        for (Hash leafHash : leafHashes) {
            appender.append(leafHash);
        }
        tiles.putAll(appender.dirtyTiles());
        appender.markClean();
        return tiles.tileCount();
    }

    /** Hashing each entry (about 120 bytes) to its leaf hash too, then appending. */
    @Benchmark
    public Hash hashEntriesAndAppendBatch() {
        for (byte[] entry : entries) {
            appender.append(Rfc6962.leafHash(entry));
        }
        appender.dirtyTiles();
        appender.markClean();
        return appender.root();
    }
}
