package org.vigil.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteConcernStoreTest implements ConcernStoreContract {
    @TempDir
    Path dir;
    private int n;

    @Override
    public ConcernStore store() {
        return SqliteConcernStore.open(dir.resolve("store-" + n++));
    }

    @Override
    public ConcernStore again() {
        return SqliteConcernStore.open(dir.resolve("store-" + (n - 1)));
    }
}
