package org.vigil.spark;

import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.broadcast.Broadcast;

/**
 * The {@link BlockingEngine} of each broadcast job, per JVM: the first task of a job on an executor builds it (the
 * others wait for it) and later tasks reuse it, since a {@link org.vigil.linkage.scoring.Scorer} and its table are
 * not serialisable and are costly to build.
 */
final class ExecutorState {
    private static final ConcurrentHashMap<Long, BlockingEngine> ENGINES = new ConcurrentHashMap<>();

    private ExecutorState() {
    }

    static BlockingEngine engine(Broadcast<byte[]> job) {
        return ENGINES.computeIfAbsent(job.id(), id -> new BlockingEngine(ScoringJob.fromBytes(job.value())));
    }

    /**
     * Drops the engine of broadcast {@code id} from this JVM. The driver calls it when a job ends, which frees it
     * in local mode (where the executor is the driver's JVM); a cluster's executors keep theirs until they exit.
     */
    static void forget(long id) {
        ENGINES.remove(id);
    }
}
