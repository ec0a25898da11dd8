package org.vigil.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.SqliteConcernStore;

/**
 * Two commands started at once on a new data directory: each makes the store and the log key if they are not there.
 * Both must come up with one schema and one key, however their steps interleave.
 */
class FirstUseTest {
    @TempDir
    Path parent;

    @RepeatedTest(10)
    void commandsStartedAtOnceOnANewDataDirectoryShareOneStoreAndOneKey() throws Exception {
        Path data = parent.resolve("data");
        int n = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<String>> keys = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<String> firstUse = () -> {
                    start.await();
                    try (SqliteConcernStore store = SqliteConcernStore.open(data)) {
                        assertThat(store.logSize()).isZero();
                    }
                    return LogKeys.loadOrCreate(data).vkey();
                };
                keys.add(pool.submit(firstUse));
            }
            start.countDown();
            List<String> seen = new ArrayList<>();
            for (Future<String> k : keys) {
                seen.add(k.get());
            }
            assertThat(seen).hasSize(n).containsOnly(seen.get(0));
            assertThat(parent.resolve("data").toFile().list()).noneMatch(f -> f.endsWith(".new"));
        } finally {
            pool.shutdownNow();
        }
    }
}
